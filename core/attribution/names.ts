/**
 * Names: a run of capitalised words read as a name, with titles and role words in front split off as its role,
 * and the genders a given name, an honorific or a role word shows.
 *
 * Works on plain strings with offsets, no tagger: a name is a run of capitalised words (particles such as
 * "of" or "van" allowed inside), titles and role words in front of it are split off as the role, and the
 * head word decides person versus organisation.
 */
import {
  GENDERED_ROLES, GIVEN_NAME_GENDER, HONORIFICS, NAME_PARTICLES, NAME_STOP, NOT_NAME, ORG_HEADS, ORG_NOUNS,
  PERSON_NOUNS, POST_NOMINALS, ROLE_NOUNS, TITLE_WORDS,
} from './lexicon';
import { type Token, isCapitalised, isPossessive, lower, stripPossessive } from './tokens';
import { initialsOf } from './name-index';

export type Gender = 'm' | 'f' | null;

/** Words that open a prepositional phrase: never the start of a name or a speaker phrase. */
export const PREPOSITION_START = /^(?:before|after|during|in|on|at|from|to|with|without|by|for|of|about|under|over|between|among|against|since|until|into|through|across|as|like|unlike)$/;

export interface NamePhrase {
  /** Canonical name, titles removed. */
  name: string;
  tokens: string[];
  role: string | null;
  honorificGender: Gender;
  kind: 'person' | 'organization';
  /** Whether a title or honorific stood in front: proof of a person even for one word. */
  titled: boolean;
  start: number;
  end: number;
  possessive: boolean;
  /** A body's common noun given beside its name ("news site ByteWire"): what "the site" refers back to. */
  head?: string;
}

/**
 * Reads a name run starting at token index `i` (capitalised words, lower-case titles and particles inside).
 * Returns null when the first word cannot start a name.
 */
export function readName(text: string, tokens: Token[], i: number): { phrase: NamePhrase; next: number } | null {
  const words: Token[] = [];
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j];
    // A line break ends a name: a list, a transcript or a log puts one name per line.
    const gap = words.length > 0 ? text.slice(words[words.length - 1].end, t.start) : '';
    // "Engr. (Mrs.) Funmilayo Ogunleye-Bello": an honorific in brackets among the titles before a name.
    const bracketed = words.length > 0 && ((/^\.?\s*\($/.test(gap) && t.text.toLowerCase().replace(/\.$/, '') in HONORIFICS && words.every((w) => isTitleWord(w.text) || lower(w.text) in HONORIFICS)) ||
      (/^\.?\)\s+$/.test(gap) && lower(words[words.length - 1].text).replace(/\.$/, '') in HONORIFICS));
    if (!bracketed && words.length > 0 && /[,;:()"“”«»\n]|\s[—–-]\s/.test(gap)) break;
    const w = t.text;
    const lw = lower(w);
    // Particle chains ("van der Berg", "de la Cruz") look ahead to the capital that ends them.
    let ahead = j + 1;
    while (ahead < tokens.length && ahead < j + 3 && NAME_PARTICLES.has(tokens[ahead].text.toLowerCase()) && !CONNECTIVE_PARTICLES.has(tokens[ahead].text.toLowerCase())) ahead++;
    const nextCap = ahead < tokens.length && isCapitalised(tokens[ahead].text) && !/[,;:]/.test(text.slice(t.end, tokens[ahead].start));
    if (w === 'I' || w === 'I’m' || w === "I'm") break;
    if (isCapitalised(w) && !NAME_STOP.has(w) && !/['’](?:ve|ll|re|d|m|t)$/i.test(w)) {
      if (words.length === 0 && NOT_NAME.has(lw) && !(lw in HONORIFICS) && !TITLE_WORDS.has(lw)) return null;
      // "Accordingly", "Meanwhile"-like sentence adverbs; names such as Emily or Kelly are in the given-name list.
      // ("Farrelly", "Connolly", "Donnelly": surnames in -elly and -olly are no adverbs.)
      if (words.length === 0 && /^[\p{Lu}][\p{Ll}]{4,}ly$/u.test(w) && !/(?:ell|oll)y$/.test(lw) && !GIVEN_NAME_GENDER.has(lw)) return null;
      words.push(t);
      j++;
      // "Seafarers' Federation", "St Anne's Primary": a possessive inside a body's name, not after it.
      if (isPossessive(w) && !(j < tokens.length && isCapitalised(tokens[j].text) && ORG_HEADS.has(tokens[j].text.toLowerCase()) && text.slice(t.end, tokens[j].start) === ' ')) break;
      continue;
    }
    // Lower-case words may continue a run only as particles or role words followed by more capitals.
    // "CEO and president Craig Menear": titles joined by "and" in front of a name.
    if (words.length > 0 && lw === 'and' && j + 1 < tokens.length && isTitleWord(words[words.length - 1].text) && isTitleWord(tokens[j + 1].text)) {
      words.push(t);
      j++;
      continue;
    }
    // "Minister for Rural Affairs Kavita Ramaswamy", "Secretary of State Ana Ruiz": a portfolio after a title
    // is part of the role, so the run goes on through it to the name (splitTitle cuts it off again).
    if (words.length > 0 && (lw === 'for' || lw === 'of') && nextCap && capitalsAhead(text, tokens, j + 1) >= 3 && isTitleAt(words.map((w) => w.text), words.length - 1) && !ORG_HEADS.has(words[words.length - 1].text.toLowerCase())) {
      words.push(t);
      j++;
      continue;
    }
    // "Labour and Social Affairs Minister Vera Korinek": two portfolios joined by "and" before the title.
    if (words.length > 0 && lw === 'and' && words.every((w) => TITLE_WORDS.has(w.text.toLowerCase())) && nextCap &&
      tokens.slice(j + 1, j + 4).some((x, n) => isCapitalised(x.text) && n > 0 && TITLE_WORDS.has(x.text.toLowerCase()) && ROLE_NOUNS.has(x.text.toLowerCase()))) {
      words.push(t);
      j++;
      continue;
    }
    const orgSoFar = words.some((w) => ORG_HEADS.has(w.text.toLowerCase()));
    // "Office of the Information Commissioner", "Ministry of the Interior": "of the" inside a body's name,
    // right after its head word, when capitals follow.
    if (lw === 'of' && words.length > 0 && ORG_HEADS.has(words[words.length - 1].text.toLowerCase()) && j + 2 < tokens.length &&
      tokens[j + 1].text === 'the' && isCapitalised(tokens[j + 2].text) && !NAME_STOP.has(tokens[j + 2].text) &&
      /^\s+$/.test(text.slice(t.end, tokens[j + 1].start)) && /^\s+$/.test(text.slice(tokens[j + 1].end, tokens[j + 2].start))) {
      words.push(t, tokens[j + 1]);
      j += 2;
      continue;
    }
    const particleOk = NAME_PARTICLES.has(lw) && (!CONNECTIVE_PARTICLES.has(lw) || orgSoFar ||
      (lw === 'and' && (orgAhead(words, tokens, j + 1, text) || acronymAhead(words, tokens, j + 1, text))));
    if (words.length > 0 && nextCap && (particleOk || TITLE_WORDS.has(lw) || ROLE_NOUNS.has(lw))) {
      words.push(t);
      j++;
      continue;
    }
    // "City housing councillor Mehmet Aksoy": a lower-case modifier before a role word before the name.
    if (words.length >= 1 && words.length <= 3 && !isCapitalised(w) && /^[\p{Ll}-]+$/u.test(w) && !NAME_PARTICLES.has(lw) && !PREPOSITION_START.test(lw) && j + 2 < tokens.length) {
      const nw = lower(tokens[j + 1].text);
      // After a name of two words or more ("Progressive Alliance campaign director Fenella Guthrie-Obi") only a
      // lower-case role word may follow the modifier, and the modifier is no verb ("Noor Rahman met President ...").
      const afterName = words.length === 1 || (!isCapitalised(tokens[j + 1].text) && !/(?:ed|s)$/.test(lw) && !IRREGULAR_PAST.has(lw));
      if (afterName && (ROLE_NOUNS.has(nw) || TITLE_WORDS.has(nw)) && isCapitalised(tokens[j + 2].text) && !/[,;:]/.test(text.slice(t.end, tokens[j + 2].start))) {
        words.push(t);
        j++;
        continue;
      }
    }
    if (words.length === 0 && nextCap && (TITLE_WORDS.has(lw) || ROLE_NOUNS.has(lw))) {
      words.push(t);
      j++;
      continue;
    }
    break;
  }
  // Particles and role words cannot end a name.
  while (words.length > 0 && !isCapitalised(words[words.length - 1].text)) words.pop();
  if (words.length === 0) return null;
  // "the Conservative group", "the Labour party": a capitalised name with a lower-case body noun after it.
  const tail = j < tokens.length ? tokens[j] : null;
  if (tail && ORG_NOUNS.has(tail.text) && text.slice(words[words.length - 1].end, tail.start) === ' ' && !isPossessive(words[words.length - 1].text)) {
    const after = j + 1 < tokens.length && text.slice(tail.end, tokens[j + 1].start) === ' ' ? tokens[j + 1] : null;
    // "National broadcaster NTV", "Rail operator Coastlink": a description in front of the body's own name.
    if (after && isCapitalised(after.text) && !NAME_STOP.has(after.text)) {
      const own = readName(text, tokens, j + 1);
      if (own && !own.phrase.titled) return { phrase: { ...own.phrase, kind: 'organization', role: null }, next: own.next };
    }
    // "Local government finance experts say": the body noun only describes the people the phrase is about.
    for (let q = j + 1; q < Math.min(tokens.length, j + 3) && !isCapitalised(tokens[q].text); q++) {
      const lw = lower(tokens[q].text);
      if (PERSON_NOUNS.has(lw) || ROLE_NOUNS.has(lw)) return null;
    }
    const phrase = splitTitle([...words, tail]);
    // "the Carverton-based company", "the London-listed miner": a description and a common noun name no one.
    if (phrase && !isCapitalised(phrase.name)) return null;
    if (phrase) return { phrase: { ...phrase, kind: 'organization', role: null }, next: j + 1 };
  }
  const phrase = splitTitle(words);
  if (!phrase) return null;
  return { phrase, next: i + words.length };
}

/** How many capitalised words follow from `from` with no punctuation between them (a portfolio and a name need three). */
function capitalsAhead(text: string, tokens: Token[], from: number): number {
  let n = 0;
  for (let k = from; k < tokens.length && isCapitalised(tokens[k].text) && (k === from || !/[,;:()"“”\n]/.test(text.slice(tokens[k - 1].end, tokens[k].start))); k++) n++;
  return n;
}

export const ROLE_SUFFIX = /^[\p{Lu}][\p{Ll}]+(?:ist|man|woman|person|er|or|ian)$/u;

const isTitleWord = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase());

/**
 * "the Food and Allied Workers Union": an "and" inside a body's name, when "the" and a word or two that name
 * nobody come before it and capitalised words ending in a body's head word follow. "Tom Becker and Harbour Point Port
 * Authority" are two speakers: a given name before the "and" keeps them apart.
 */
function orgAhead(words: Token[], tokens: Token[], from: number, text: string): boolean {
  if (words.length === 0 || words.length > 2 || words.some((w) => GIVEN_NAME_GENDER.has(w.text.toLowerCase()) || w.text.toLowerCase() in HONORIFICS)) return false;
  // Only a name the text calls "the ...": "Mendes and Dunmore Athletic said" is a person and a club.
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, words[0].start - 5), words[0].start))) return false;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (!isCapitalised(tokens[k].text) || /[,;:]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (ORG_HEADS.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

/**
 * "Wessex and Midland Examinations (WME)": the run after "and" ends in a parenthesised acronym made of the
 * initials of the whole run, so the "and" is inside one body's name ("Tom Becker and Ana Ruiz (TBAR)" never
 * comes up).
 */
function acronymAhead(words: Token[], tokens: Token[], from: number, text: string): boolean {
  if (words.length === 0 || words.length > 4) return false;
  let k = from;
  while (k < tokens.length && k < from + 5 && isCapitalised(tokens[k].text) && !/[,;:()]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) k++;
  if (k === from) return false;
  const acronym = /^\s*\(([\p{Lu}]{2,8})\)/u.exec(text.slice(tokens[k - 1].end, tokens[k - 1].end + 12));
  return acronym !== null && initialsOf([...words.map((w) => w.text), ...tokens.slice(from, k).map((t) => t.text)]) === acronym[1];
}

/** Past forms that are no modifiers of a role ("met", "told"): a verb between a name and a title. */
const IRREGULAR_PAST = new Set('met told said beat led won sent made took gave saw hit left fought thought met brought bought held'.split(' '));

/** Particles that join words only inside organisation names ("Alliance of Coastal States"). */
const CONNECTIVE_PARTICLES = new Set(['of', 'for', 'and', 'the']);

/** Words that are a title only in front of another title ("Health Minister", "Vice Premier"). */
const TITLE_MODIFIERS = new Set(
  'vice deputy foreign finance health interior defence defense trade justice education home environment transport labour labor energy agriculture economy state opposition party union chief acting shadow interim former senior'.split(' '),
);

function isTitleAt(texts: string[], k: number): boolean {
  const lw = lower(texts[k]);
  if (lw in HONORIFICS) return true;
  // "Health Minister", "Vice Premier"; a modifier that is a title on its own ("Police Chief Ana Ruiz") is one here too.
  if (TITLE_MODIFIERS.has(lw)) return (k + 1 < texts.length - 1 && isTitleAt(texts, k + 1)) || ROLE_NOUNS.has(lw);
  return TITLE_WORDS.has(lw) || (ROLE_NOUNS.has(lw) && !isCapitalised(texts[k]));
}

function splitTitle(words: Token[]): NamePhrase | null {
  const texts = words.map((w) => w.text);
  let honorificGender: Gender = null;
  let cut = 0;
  // The role is everything up to the last title word that is followed by a capitalised word.
  for (let k = 0; k < texts.length - 1; k++) {
    const lw = lower(texts[k]);
    if (isTitleAt(texts, k)) {
      if (lw in HONORIFICS && HONORIFICS[lw]) honorificGender = HONORIFICS[lw];
      cut = k + 1;
    }
  }
  // Lower-case words inside the run are role words: everything up to the last of them is the role
  // ("Rovers manager Ian Caldwell", "Fire chief Ray Dominguez").
  for (let k = texts.length - 2; k >= 0; k--) {
    if (!isCapitalised(texts[k]) && !NAME_PARTICLES.has(texts[k].toLowerCase())) {
      if (k + 1 > cut) cut = k + 1;
      break;
    }
  }
  // A sentence-initial occupation word in front of a full name ("Orchardist Hemi Walker", "Student Ellie Marchetti").
  // ("Julian Fairweather KC": letters of rank after the name leave only a given name and a surname.)
  if (cut === 0 && texts.filter((w) => !(/^[\p{Lu}]{2,4}$/u.test(w) && POST_NOMINALS.has(w.toLowerCase()))).length >= 3 && (ROLE_SUFFIX.test(texts[0]) || PERSON_NOUNS.has(texts[0].toLowerCase())) && !GIVEN_NAME_GENDER.has(texts[0].toLowerCase()) &&
    texts.every((w) => isCapitalised(w) && !ORG_HEADS.has(w.toLowerCase()))) cut = 1;
  // The portfolio after "Minister for" / "Secretary of" belongs to the role: the name is what follows it,
  // from the first given name we know, else the last two words ("... for Rural Affairs Kavita Ramaswamy").
  if (cut > 0 && cut < texts.length - 2 && /^(?:for|of)$/.test(texts[cut])) {
    const rest = texts.slice(cut + 1);
    let given = rest.findIndex((w) => GIVEN_NAME_GENDER.has(w.toLowerCase()));
    // "Commissioner of Police A. Joseph Fernandez": initials before the given name are the person's.
    while (given > 1 && /^[\p{Lu}]\.?$/u.test(rest[given - 1])) given--;
    const keep = given > 0 ? rest.length - given : Math.min(2, rest.length - 1);
    if (keep >= 1 && rest.length - keep >= 1) cut = texts.length - keep;
  }
  // "Kelton General Hospital", "Attorney General Office": a title word inside a run of capitals that ends on a
  // body's head word is part of the body's name, not a person's title in front of it.
  if (cut > 0 && texts.length >= 2 && texts.every((w) => isCapitalised(w) || NAME_PARTICLES.has(w.toLowerCase())) &&
    ORG_HEADS.has(stripPossessive(lower(texts[texts.length - 1]))) && !texts.slice(0, cut).some((w) => lower(w) in HONORIFICS)) cut = 0;
  const first = lower(texts[0]);
  if (cut === 0 && texts.length === 1 && (first in HONORIFICS || TITLE_WORDS.has(first))) return null;
  // "Lisbon-based", "Texas-born": a description in front of the name, not part of it.
  while (cut < texts.length - 1 && /-(?:based|born|owned|run|led|backed|listed|registered|headquartered|funded|made|bred|raised)$/i.test(texts[cut])) cut++;
  let nameWords = texts.slice(cut);
  // "Rebecca Thornhill KC", "Ana Ruiz MP": capitals after a name of two words or more are letters of rank.
  const postNominal: string[] = [];
  while (nameWords.length > 2 && /^[\p{Lu}]{2,4}$/u.test(nameWords[nameWords.length - 1]) && POST_NOMINALS.has(nameWords[nameWords.length - 1].toLowerCase())) {
    postNominal.unshift(nameWords.pop()!);
  }
  // "Ms Ruiz's", "Li's": the possessive belongs to the sentence, not the name.
  const last = nameWords[nameWords.length - 1];
  const possessive = isPossessive(last);
  nameWords = [...nameWords.slice(0, -1), stripPossessive(last)];
  // A name never starts with a particle ("of the Tamaru Islands" belongs elsewhere).
  while (nameWords.length > 1 && NAME_PARTICLES.has(nameWords[0].toLowerCase())) nameWords.shift();
  // "Dr", "Ms" say how to address someone, not what they do: an appositive makes a better role.
  const roleWords = texts.slice(0, cut).filter((w) => !(lower(w) in HONORIFICS) || /^prof/i.test(w));
  const role = roleWords.length || postNominal.length ? [...roleWords, ...postNominal].join(' ') : null;
  // "Wessex and Midland Examinations": a name with "and" inside is a body's (people are named one by one).
  const kind = nameWords.some((w) => ORG_HEADS.has(w.toLowerCase()) || w === 'and') ? 'organization' : 'person';
  return {
    name: nameWords.join(' '),
    tokens: nameWords,
    role: kind === 'person' ? role : null,
    honorificGender,
    kind,
    titled: cut > 0,
    start: words[0].start,
    end: words[words.length - 1].end,
    possessive,
  };
}

export function givenNameGender(tokens: string[]): Gender {
  for (const t of tokens) {
    const g = GIVEN_NAME_GENDER.get(t.toLowerCase());
    if (g) return g;
  }
  // Given names ending in -a are mostly women's across European languages (Jana, Marta, Irena); a weak hint.
  const first = tokens[0] ?? '';
  if (/^[\p{Lu}][\p{Ll}]+a$/u.test(first) && !/(?:ua|ca|ka)$/.test(first.toLowerCase())) return 'f';
  return null;
}

export function roleGender(role: string | null): Gender {
  if (!role) return null;
  for (const w of role.toLowerCase().split(/[\s-]+/)) if (GENDERED_ROLES[w]) return GENDERED_ROLES[w];
  return null;
}
