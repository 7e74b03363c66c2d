/**
 * Name, role and appositive parsing: turns the words in front of (or after) a cue into a speaker phrase.
 *
 * Works on plain strings with offsets, no tagger: a name is a run of capitalised words (particles such as
 * "of" or "van" allowed inside), titles and role words in front of it are split off as the role, and the
 * head word decides person versus organisation.
 */
import {
  GENDERED_ROLES, GIVEN_NAME_GENDER, HONORIFICS, NAME_PARTICLES, NAME_STOP, NOT_NAME, ORG_HEADS, ORG_NOUNS,
  PERSON_NOUNS, ROLE_NOUNS, TITLE_WORDS,
} from './lexicon';

export type Gender = 'm' | 'f' | null;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose dot belongs to the word ("Acme Corp.", "U.S.", "Martin Luther King Jr."). */
const KEEP_DOT = /^(?:corp|inc|ltd|co|jr|sr|st|bros|plc|llc|mt|ft)\.$|^(?:\p{L}\.){2,}$/iu;
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?/gu;

/** Words with their offsets; a trailing "." is kept only on known abbreviations. */
export function tokenize(text: string, from = 0, to = text.length, limit = Infinity): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(text); m && m.index < to && out.length < limit; m = WORD_RE.exec(text)) {
    let word = m[0];
    if (word.endsWith('.') && !(word.toLowerCase() in HONORIFICS) && !TITLE_WORDS.has(word.toLowerCase()) && !KEEP_DOT.test(word)) word = word.slice(0, -1);
    const end = Math.min(m.index + word.length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

export const isCapitalised = (w: string) => /^[\p{Lu}]/u.test(w);
const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');
const isApostrophe = (c: string) => c === "'" || c === '’';
const isPossessive = (w: string) =>
  w.length > 2 && ((w[w.length - 1] === 's' && isApostrophe(w[w.length - 2])) || (isApostrophe(w[w.length - 1]) && w[w.length - 2] === 's'));
export const stripPossessive = (w: string) =>
  !isPossessive(w) ? w : w[w.length - 1] === 's' ? w.slice(0, -2) : w.slice(0, -1);

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
    if (words.length > 0 && /[,;:()"“”«»]|\s[—–-]\s/.test(text.slice(words[words.length - 1].end, t.start))) break;
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
      if (words.length === 0 && /^[\p{Lu}][\p{Ll}]{4,}ly$/u.test(w) && !GIVEN_NAME_GENDER.has(lw)) return null;
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
    const orgSoFar = words.some((w) => ORG_HEADS.has(w.text.toLowerCase()));
    const particleOk = NAME_PARTICLES.has(lw) && (!CONNECTIVE_PARTICLES.has(lw) || orgSoFar || (lw === 'and' && orgAhead(words, tokens, j + 1, text)));
    if (words.length > 0 && nextCap && (particleOk || TITLE_WORDS.has(lw) || ROLE_NOUNS.has(lw))) {
      words.push(t);
      j++;
      continue;
    }
    // "City housing councillor Mehmet Aksoy": a lower-case modifier before a role word before the name.
    if (words.length === 1 && !isCapitalised(w) && /^[\p{Ll}-]+$/u.test(w) && !NAME_PARTICLES.has(lw) && !PREPOSITION_START.test(lw) && j + 2 < tokens.length) {
      const nw = lower(tokens[j + 1].text);
      if ((ROLE_NOUNS.has(nw) || TITLE_WORDS.has(nw)) && isCapitalised(tokens[j + 2].text) && !/[,;:]/.test(text.slice(t.end, tokens[j + 2].start))) {
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
    const phrase = splitTitle([...words, tail]);
    if (phrase) return { phrase: { ...phrase, kind: 'organization', role: null }, next: j + 1 };
  }
  const phrase = splitTitle(words);
  if (!phrase) return null;
  return { phrase, next: i + words.length };
}

const ROLE_SUFFIX = /^[\p{Lu}][\p{Ll}]+(?:ist|man|woman|person|er|or|ian)$/u;

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
  if (cut === 0 && texts.length >= 3 && (ROLE_SUFFIX.test(texts[0]) || PERSON_NOUNS.has(texts[0].toLowerCase())) && !GIVEN_NAME_GENDER.has(texts[0].toLowerCase()) &&
    texts.every((w) => isCapitalised(w) && !ORG_HEADS.has(w.toLowerCase()))) cut = 1;
  const first = lower(texts[0]);
  if (cut === 0 && texts.length === 1 && (first in HONORIFICS || TITLE_WORDS.has(first))) return null;
  // "Lisbon-based", "Texas-born": a description in front of the name, not part of it.
  while (cut < texts.length - 1 && /-(?:based|born|owned|run|led|backed|listed|registered|headquartered|funded|made|bred|raised)$/i.test(texts[cut])) cut++;
  let nameWords = texts.slice(cut);
  // "Ms Ruiz's", "Li's": the possessive belongs to the sentence, not the name.
  const last = nameWords[nameWords.length - 1];
  const possessive = isPossessive(last);
  nameWords = [...nameWords.slice(0, -1), stripPossessive(last)];
  // A name never starts with a particle ("of the Tamaru Islands" belongs elsewhere).
  while (nameWords.length > 1 && NAME_PARTICLES.has(nameWords[0].toLowerCase())) nameWords.shift();
  // "Dr", "Ms" say how to address someone, not what they do: an appositive makes a better role.
  const roleWords = texts.slice(0, cut).filter((w) => !(lower(w) in HONORIFICS) || /^prof/i.test(w));
  const role = roleWords.length ? roleWords.join(' ') : null;
  const kind = nameWords.some((w) => ORG_HEADS.has(w.toLowerCase())) ? 'organization' : 'person';
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

/** A speaker phrase as found in the text, before the registry decides who it is. */
export type SpeakerPhrase =
  | { type: 'pronoun'; pronoun: string; start: number; end: number }
  | { type: 'name'; phrase: NamePhrase; start: number; end: number }
  /** "the mayor", "the hospital's medical director": a role standing for a person named elsewhere. */
  | { type: 'role'; role: string; head: string; start: number; end: number }
  /** "the ministry", "a US online security company". */
  | { type: 'orgNoun'; name: string; head: string; definite: boolean; start: number; end: number }
  /** "an aide", "officials from the host country", "three people familiar with the discussions". */
  | { type: 'unnamed'; name: string; head: string; plural: boolean; definite?: boolean; start: number; end: number };

const NP_VERB = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|do|does|did|say|says|said|told|tells|added|argued|claimed|warned|suggested|insisted|noted)$/;
const PREPOSITION_START = /^(?:before|after|during|in|on|at|from|to|with|without|by|for|of|about|under|over|between|among|against|since|until|into|through|across|as|like|unlike)$/;
const QUANTITY = new Set('a an the number group handful majority minority couple lot few dozens hundreds thousands some many most one two three four five several none all each both half scores'.split(' '));
const ISSUED_DOCUMENT = new Set('statement report letter memo post release filing announcement note email'.split(' '));
/** Adjectives that start a sentence without being part of a proper name ("Senior officials said"). */
const COMMON_ADJECTIVES = new Set('senior junior local former top chief independent other some many most several few two three four five leading prominent outside foreign international national regional federal state private public young older elderly retired'.split(' '));
const CUE_LIKE = /^(?:said|says|told|added|warned|argued|claimed|insisted|urged|stressed|noted)$/;
const LEAD_ADVERBS = new Set('later earlier meanwhile however separately also then yesterday today previously afterwards instead still yet and but so now'.split(' '));
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many',
  'most', 'other', 'another', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'both', 'few',
  'numerous', 'dozens', 'hundreds', 'two', 'various', 'multiple', 'all']);
/** Where a noun phrase's own words stop: a relative clause or a participle. */
const NP_END = new Set(['who', 'which', 'that', 'whose', 'whom', 'speaking', 'said', 'says', 'told']);
const PERSON_SUFFIX = /(?:man|woman|men|women|[^e]er|ers|or|ors|ist|ists|ian|ians|ant|ants|ee|ees)$/;
const NOT_PERSON_SUFFIXED = new Set('number power cover other after under never later offer water timer river tower flower numbers letter letters paper papers report reports order orders matter matters water weather member quarter quarters border borders factor factors sector sectors error errors corridor summer winter center centre chapter character computer register register program plan'.split(' '));
const PLURAL_PERSON_SUFFIX = /(?:ers|ors|ists|ians|ants|ents|ials|ees|ics)$/;

/**
 * Reads the speaker phrase that starts at `from` (leading spaces skipped). `to` bounds the search.
 * Returns the phrase and where its core ends; trailing appositive material is the caller's business.
 */
/** "analysts", "people", "police" are many; "boss" and "witness" end in s and are one. */
function isPluralHead(head: string): boolean {
  return /[^s]s$/.test(head) || head === 'people' || head === 'police';
}

export function readSpeakerPhrase(text: string, from: number, to: number): SpeakerPhrase | null {
  // A speaker phrase is short; reading further only costs time.
  const tokens = tokenize(text, from, to, 16);
  // Sentence adverbs in front of the subject ("Later the ministry said") are not part of it.
  while (tokens.length > 1 && LEAD_ADVERBS.has(lower(tokens[0].text))) tokens.shift();
  // "A statement from the club said": the body that issued the document is the speaker.
  const doc = tokens.findIndex((t, k) => k <= 3 && ISSUED_DOCUMENT.has(lower(t.text)));
  if (doc >= 0 && doc + 2 < tokens.length && /^(?:from|by)$/i.test(tokens[doc + 1].text) && tokens.slice(0, doc).every((t) => /^(?:a|an|the|its|their|joint|written|brief|short|new)$/i.test(t.text))) {
    return readSpeakerPhrase(text, tokens[doc + 2].start, to);
  }
  if (tokens.length === 0) return null;
  const t0 = tokens[0];
  const l0 = lower(t0.text);
  if (PRONOUNS.has(l0) && (tokens.length === 1 || !isCapitalised(tokens[1]?.text ?? ''))) {
    return { type: 'pronoun', pronoun: l0, start: t0.start, end: t0.end };
  }
  // Capitalised run (optionally after "the"): a name or an organisation.
  let k = 0;
  if (l0 === 'the' && tokens.length > 1) k = 1;
  // Lower-case role words in front of a name: "county commissioner Joan Petty", "retired judge Patricia Holloway".
  let lead = k;
  while (lead < tokens.length && lead < k + 4 && !isCapitalised(tokens[lead].text) && /^[\p{Ll}-]+$/u.test(tokens[lead].text)) lead++;
  if (lead > k && lead < tokens.length) {
    const roleWord = lower(tokens[lead - 1].text);
    if (ROLE_NOUNS.has(roleWord) || TITLE_WORDS.has(roleWord) || PERSON_NOUNS.has(roleWord) || ROLE_SUFFIX.test(tokens[lead - 1].text.replace(/^./, (c) => c.toUpperCase()))) {
      const after = readName(text, tokens, lead);
      if (after && after.phrase.kind === 'person' && (after.phrase.tokens.length >= 2 || after.phrase.titled)) {
        const roleText = text.slice(tokens[k].start, tokens[lead - 1].end);
        const phrase = { ...after.phrase, role: after.phrase.role ? `${roleText} ${after.phrase.role}` : roleText, titled: true };
        return { type: 'name', phrase, start: tokens[0].start, end: phrase.end };
      }
    }
  }
  // "the elder Okafor", "the younger Kerr": "the" and a describing word in front of one name are
  // description; the name is the speaker.
  if (k === 1 && lead === 2 && lead < tokens.length && isCapitalised(tokens[lead].text) && !PERSON_NOUNS.has(lower(tokens[1].text)) &&
      !ROLE_NOUNS.has(lower(tokens[1].text)) && !ORG_NOUNS.has(lower(tokens[1].text)) && text.slice(tokens[1].end, tokens[2].start) === ' ') {
    const after = readName(text, tokens, lead);
    const word = after ? lower(after.phrase.tokens[0]) : '';
    // "the new Government": a capitalised common noun is the body it names, read below as one.
    if (after && after.phrase.kind === 'person' && after.phrase.tokens.length === 1 && !after.phrase.titled && !after.phrase.possessive &&
        !ORG_NOUNS.has(word) && !PERSON_NOUNS.has(word) && !ROLE_NOUNS.has(word)) {
      return { type: 'name', phrase: after.phrase, start: tokens[0].start, end: after.phrase.end };
    }
  }
  const named = readName(text, tokens, k);
  const common = named && named.phrase.tokens.length === 1 && !named.phrase.titled &&
    (PERSON_NOUNS.has(l0) || ORG_NOUNS.has(l0) || ROLE_NOUNS.has(l0));
  // "Tourism businesses ...", "Local officials ...": a capitalised first word modifying a common noun.
  if (named && !common && named.phrase.tokens.length === 1 && !named.phrase.titled && named.next < tokens.length &&
      /^[\p{Ll}]/u.test(tokens[named.next].text) && text.slice(named.phrase.end, tokens[named.next].start) === ' ') {
    // "Chinese mediator Wang Lihua": a proper adjective and a word for a person are the role of the full
    // name right after them, as "Rovers manager Ingrid Solberg" is.
    const at = named.next;
    const roleWord = lower(tokens[at].text);
    if (at + 1 < tokens.length && isCapitalised(tokens[at + 1].text) && text.slice(tokens[at].end, tokens[at + 1].start) === ' ' &&
        (ROLE_NOUNS.has(roleWord) || TITLE_WORDS.has(roleWord) || PERSON_NOUNS.has(roleWord) ||
          (roleWord.length >= 5 && PERSON_SUFFIX.test(roleWord) && !NOT_PERSON_SUFFIXED.has(roleWord)))) {
      const after = readName(text, tokens, at + 1);
      if (after && after.phrase.kind === 'person' && after.phrase.tokens.length >= 2) {
        const roleText = text.slice(tokens[0].start, tokens[at].end);
        const phrase = { ...after.phrase, role: after.phrase.role ? `${roleText} ${after.phrase.role}` : roleText, titled: true };
        return { type: 'name', phrase, start: tokens[0].start, end: phrase.end };
      }
    }
    const np = readCommonPhrase(text, tokens);
    if (np) return np;
  }
  // "Nadia Cruz's office said": the office of a named person or body speaks.
  if (named && named.phrase.possessive && named.next < tokens.length && ORG_NOUNS.has(lower(tokens[named.next].text))) {
    const end = tokens[named.next].end;
    return { type: 'orgNoun', name: text.slice(tokens[k].start, end), head: lower(tokens[named.next].text), definite: false, start: tokens[0].start, end };
  }
  if (named && !common && !(named.phrase.possessive && named.next < tokens.length)) {
    return { type: 'name', phrase: named.phrase, start: tokens[0].start, end: named.phrase.end };
  }
  return readCommonPhrase(text, tokens);
}

/** Determiner / possessive + modifiers + head noun: "the ministry", "an aide", "officials from the host country". */
function readCommonPhrase(text: string, allTokens: Token[]): SpeakerPhrase | null {
  if (allTokens.length === 0 || PREPOSITION_START.test(lower(allTokens[0].text))) return null;
  // A noun phrase does not run over a comma.
  let tokens = allTokens;
  for (let q = 1; q < allTokens.length; q++) {
    if (/[,;:()]/.test(text.slice(allTokens[q - 1].end, allTokens[q].start))) {
      tokens = allTokens.slice(0, q);
      break;
    }
  }
  // "a number of analysts", "dozens of residents": the people are after "of".
  const of = tokens.findIndex((t) => lower(t.text) === 'of');
  if (of > 0 && of <= 2 && tokens.slice(0, of).every((t) => QUANTITY.has(lower(t.text)))) tokens = tokens.slice(of + 1);
  if (tokens.length === 0) return null;
  let i = 0;
  let definite = false;
  let hadDeterminer = false;
  let possessor = false;
  while (i < tokens.length && i < 3) {
    const w = lower(tokens[i].text);
    if (DETERMINERS.has(w)) {
      definite ||= ['the', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those'].includes(w);
      hadDeterminer = true;
      i++;
    } else if (isPossessive(tokens[i].text)) {
      definite = true;
      possessor = true;
      i++;
    } else if (/^\d+$/.test(w)) {
      i++;
    } else break;
  }
  const coreStart = i;
  // Without a determiner a speaker phrase is short and made of nouns and adjectives ("law enforcement
  // sources", "Tunisian Islamists"), never a verb phrase ("seeking the right officer").
  const maxHead = hadDeterminer ? i + 5 : i + 3;
  for (let j = i; j < Math.min(tokens.length, maxHead); j++) {
    if (!hadDeterminer && j > coreStart && /(?:ing|ed|ly)$/i.test(tokens[j - 1].text)) return null;
    if (!hadDeterminer && /^(?:have|has|had|is|are|was|were|be|been|will|would|can|could|the|a|an|my|his|her|our|their|its)$/i.test(tokens[j].text) && j > coreStart) return null;
    const w = lower(tokens[j].text);
    if (NP_END.has(w)) break;
    // "the Rivers Authority's regional manager": the possessor only modifies the head that follows.
    if (isPossessive(tokens[j].text) && j + 1 < tokens.length) continue;
    const base = stripPossessive(w);
    const isPerson = PERSON_NOUNS.has(base) || (j === coreStart && !hadDeterminer && j === 0 && PLURAL_PERSON_SUFFIX.test(base) && isCapitalised(tokens[j].text) && tokens.length === 1) ||
      // "one fisherman", "a shopkeeper", "two cyclists": words for people are built the same way.
      (hadDeterminer && j <= coreStart + 2 && base.length >= 5 && PERSON_SUFFIX.test(base) && !NOT_PERSON_SUFFIXED.has(base));
    const isRole = ROLE_NOUNS.has(base);
    const isOrg = ORG_NOUNS.has(base);
    if (!isPerson && !isRole && !isOrg) continue;
    // The head is the last noun of the run: "senior backbencher", "state transportation department".
    let h = j;
    for (let q = j + 1; q < tokens.length && q < j + 4; q++) {
      if (/[,;:]/.test(text.slice(tokens[q - 1].end, tokens[q].start))) break;
      const nw = stripPossessive(lower(tokens[q].text));
      if (NP_END.has(nw) || NAME_PARTICLES.has(nw)) break;
      if (PERSON_NOUNS.has(nw) || ROLE_NOUNS.has(nw) || ORG_NOUNS.has(nw)) h = q;
    }
    const head = stripPossessive(lower(tokens[h].text));
    const coreText = text.slice(tokens[coreStart].start, tokens[h].end);
    if (isPossessive(tokens[h].text)) return null; // "the ministry's figures": not the speaker
    if (ORG_NOUNS.has(head) && !PERSON_NOUNS.has(head)) {
      // "the tenants' group Kernow Homes Action", "the charity Shelter": a description and the body's own name
      // side by side (no comma); the name is what the body is called.
      if (h + 1 < tokens.length && isCapitalised(tokens[h + 1].text) && text.slice(tokens[h].end, tokens[h + 1].start) === ' ') {
        const own = readName(text, tokens, h + 1);
        if (own && !own.phrase.titled && !own.phrase.possessive) {
          return { type: 'name', phrase: { ...own.phrase, kind: 'organization', role: null }, start: tokens[0].start, end: own.phrase.end };
        }
      }
      // "The association representing private landlords": the participle phrase is how the text names it.
      let end = tokens[h].end;
      if (h + 1 < tokens.length && /ing$/.test(tokens[h + 1].text) && text.slice(tokens[h].end, tokens[h + 1].start) === ' ') {
        let q = h + 1;
        while (q + 1 < tokens.length && q < h + 5 && text.slice(tokens[q].end, tokens[q + 1].start) === ' ' && !CUE_LIKE.test(tokens[q + 1].text)) q++;
        end = tokens[q].end;
      }
      const name = text.slice(tokens[coreStart].start, end);
      return { type: 'orgNoun', name, head, definite: definite && end === tokens[h].end, start: tokens[0].start, end };
    }
    if ((definite || possessor) && (ROLE_NOUNS.has(head) || TITLE_WORDS.has(head)) && !isPluralHead(head)) {
      // "The club's chairman Henrik Lund", "Her lawyer Ana Ruiz": the role and, with no comma, the person's name.
      if (h + 1 < tokens.length && isCapitalised(tokens[h + 1].text) && text.slice(tokens[h].end, tokens[h + 1].start) === ' ') {
        const named = readName(text, tokens, h + 1);
        if (named && named.phrase.kind === 'person' && named.phrase.tokens.length >= 2 && !named.phrase.possessive) {
          return { type: 'name', phrase: { ...named.phrase, role: named.phrase.role ?? coreText }, start: tokens[0].start, end: named.phrase.end };
        }
      }
      return { type: 'role', role: coreText, head, start: tokens[0].start, end: tokens[h].end };
    }
    // Keep the phrase that makes an anonymous source recognisable ("spokesman for the governor"),
    // but not a relative clause about them.
    let end = tokens[h].end;
    for (let q = h + 1; q < tokens.length; q++) {
      const w = lower(tokens[q].text);
      if (NP_END.has(w) || NP_VERB.test(w) || /[,;:]/.test(text.slice(tokens[q - 1].end, tokens[q].start))) break;
      if (q === h + 1 && !['for', 'from', 'familiar', 'close', 'at', 'in', 'of', 'with', 'inside', 'within', 'involved', 'briefed', 'on', 'along', 'near', 'across', 'around', 'outside', 'throughout', 'behind'].includes(w) && !/ing$/.test(w)) break;
      if (q > h + 8) break;
      end = tokens[q].end;
    }
    const raw = text.slice(tokens[coreStart].start, end);
    // Sentence case is not part of the name ("Officials from ..."), a proper adjective is ("Washington-based").
    const firstWord = lower(raw.split(/\s+/)[0] ?? '');
    const common = PERSON_NOUNS.has(firstWord) || ORG_NOUNS.has(firstWord) || ROLE_NOUNS.has(firstWord) || QUANTITY.has(firstWord) || COMMON_ADJECTIVES.has(firstWord);
    const name = common && /^[\p{Lu}][\p{Ll}]*(?:\s|$)/u.test(raw) ? raw.replace(/^./, (c) => c.toLowerCase()) : raw;
    return { type: 'unnamed', name, head, definite, plural: isPluralHead(head), start: tokens[0].start, end };
  }
  return null;
}
