/**
 * Speaker phrases: what stands where a speaker can be, read as a pronoun, a name (with a role or title in
 * front), a role standing for a person named elsewhere ("the mayor"), a body described in lower case ("the
 * ministry") or an unnamed source ("an aide", "officials from the host country"). The registry then decides
 * who it is.
 */
import { NAME_PARTICLES, ORG_NOUNS, PERSON_NOUNS, ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import { type Token, isCapitalised, isPossessive, lower, stripPossessive, tokenize } from './tokens';
import { type NamePhrase, PREPOSITION_START, ROLE_SUFFIX, readName } from './names';
import { CUE_VERBS } from './cues';
import { roleAffiliationName } from './role-affiliation';
import { documentIssuer, documentOwner, outletNamed } from './document-source';

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
const NOT_PERSON_SUFFIXED = new Set('former latter number power cover other after under never later offer water timer river tower flower numbers letter letters paper papers report reports order orders matter matters water weather member quarter quarters border borders factor factors sector sectors error errors corridor summer winter center centre chapter character computer register register program plan'.split(' '));
const PLURAL_PERSON_SUFFIX = /(?:ers|ors|ists|ians|ants|ents|ials|ees|ics)$/;

/** "analysts", "people", "police" are many; "boss" and "witness" end in s and are one. */
function isPluralHead(head: string): boolean {
  return /[^s]s$/.test(head) || head === 'people' || head === 'police';
}


/**
 * Reads the speaker phrase that starts at `from` (leading spaces skipped). `to` bounds the search.
 * Returns the phrase and where its core ends; trailing appositive material is the caller's business.
 */
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
  const issuer = documentIssuer(text, tokens);
  if (issuer > from) return readSpeakerPhrase(text, issuer, to);
  const owner = documentOwner(text, tokens);
  if (owner) return owner;
  if (tokens.length === 0) return null;
  const affiliated = tokens.length >= 5 ? roleAffiliationName(text, tokens) : null;
  if (affiliated) return { type: 'name', phrase: affiliated.phrase, start: affiliated.start, end: affiliated.phrase.end };
  const t0 = tokens[0];
  const l0 = lower(t0.text);
  if (PRONOUNS.has(l0) && (tokens.length === 1 || !isCapitalised(tokens[1]?.text ?? ''))) {
    return { type: 'pronoun', pronoun: l0, start: t0.start, end: t0.end };
  }
  // "the 24-year-old added": a person described only by age points back like a pronoun (to the player just
  // mentioned), not to a new source called "24-year-old". ("the man", "the woman" are left to the unnamed
  // sources: a story may open on one with no name at all.)
  if (l0 === 'the' && tokens.length >= 2 && /^\d{1,3}-year-old$/.test(lower(tokens[1].text)) && (tokens.length === 2 || !NP_END.has(lower(tokens[2].text)))) {
    return { type: 'pronoun', pronoun: 'person', start: t0.start, end: tokens[1].end };
  }
  // Capitalised run (optionally after "the"): a name or an organisation.
  let k = 0;
  if (l0 === 'the' && tokens.length > 1) k = 1;
  // Lower-case role words in front of a name: "county commissioner Joan Petty", "retired judge Patricia Holloway".
  // "Senior forecaster Anika Brandt": an adjective in sentence case is one of those words too.
  const leadFrom = k + (k < tokens.length - 1 && COMMON_ADJECTIVES.has(lower(tokens[k].text)) && isCapitalised(tokens[k].text) ? 1 : 0);
  let lead = leadFrom;
  while (lead < tokens.length && lead < leadFrom + 4 && !isCapitalised(tokens[lead].text) && /^[\p{Ll}-]+$/u.test(tokens[lead].text)) lead++;
  if (lead > leadFrom && lead < tokens.length) {
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
    let at = named.next;
    // "American academic and professor Marc Hill": two role words joined by "and"; the last one leads to the name.
    if (at + 3 < tokens.length && lower(tokens[at + 1].text) === 'and' && /^[\p{Ll}-]+$/u.test(tokens[at + 2].text) &&
        (ROLE_NOUNS.has(lower(tokens[at + 2].text)) || TITLE_WORDS.has(lower(tokens[at + 2].text)) || PERSON_NOUNS.has(lower(tokens[at + 2].text))) &&
        text.slice(tokens[at].end, tokens[at + 3].start).trim() === `and ${tokens[at + 2].text}`) at += 2;
    // "Progressive Alliance campaign director Fenella Guthrie-Obi": a lower-case noun before the role word.
    if (at + 2 < tokens.length && /^[\p{Ll}-]+$/u.test(tokens[at].text) && /^[\p{Ll}-]+$/u.test(tokens[at + 1].text) && !PREPOSITION_START.test(lower(tokens[at].text)) &&
        (ROLE_NOUNS.has(lower(tokens[at + 1].text)) || TITLE_WORDS.has(lower(tokens[at + 1].text))) && isCapitalised(tokens[at + 2].text) &&
        text.slice(tokens[at].end, tokens[at + 1].start) === ' ') at += 1;
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
    // "Technology news site ByteWire", "Regional daily the Courier": a capitalised word describing an
    // outlet or a body, its lower-case noun, then the body's own name.
    const own = outletNamed(text, tokens, named.next);
    if (own) return own;
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

/** Past a run of three to six capitalised words whose last is possessive, from the phrase's start; else 0. */
function longOwner(text: string, tokens: Token[]): number {
  for (let q = 0; q < Math.min(tokens.length - 1, 6); q++) {
    if (!isCapitalised(tokens[q].text) || (q > 0 && text.slice(tokens[q - 1].end, tokens[q].start) !== ' ')) return 0;
    if (isPossessive(tokens[q].text)) return q >= 2 ? q + 1 : 0;
  }
  return 0;
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
  /** Where a place that owns the head starts ("Saudi Arabia's"): kept in a body's name, which is vague without it. */
  let placeOwner = -1;
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
    } else if (i === 0 && longOwner(text, tokens) > 2) {
      // "Glynmawr University Health Board's medical director": a body's whole name owns the head.
      definite = true;
      possessor = true;
      placeOwner = i;
      i = longOwner(text, tokens);
    } else if (i + 1 < tokens.length && isCapitalised(tokens[i].text) && isCapitalised(tokens[i + 1].text) && isPossessive(tokens[i + 1].text) &&
        text.slice(tokens[i].end, tokens[i + 1].start) === ' ') {
      // "New Zealand's prime minister", "Saudi Arabia's Civil Defense Authority": a two-word place owns the head.
      definite = true;
      possessor = true;
      placeOwner = i;
      i += 2;
    } else break;
  }
  const coreStart = i;
  // Without a determiner a speaker phrase is short and made of nouns and adjectives ("law enforcement
  // sources", "Tunisian Islamists"), never a verb phrase ("seeking the right officer").
  const maxHead = hadDeterminer ? i + 5 : i + 3;
  for (let j = i; j < Math.min(tokens.length, maxHead); j++) {
    // ... but "Shipping analysts", "Mining companies": a noun in -ing in sentence case before a word for people.
    const nounInIng = j === coreStart + 1 && isCapitalised(tokens[j - 1].text) && /ing$/.test(tokens[j - 1].text) &&
      (PERSON_NOUNS.has(lower(tokens[j].text)) || ORG_NOUNS.has(lower(tokens[j].text)));
    if (!hadDeterminer && j > coreStart && /(?:ing|ed|ly)$/i.test(tokens[j - 1].text) && !nounInIng) return null;
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
      // Not a cue in -ing: "with the drivers' union saying ..." is the union and what it says.
      if (h + 1 < tokens.length && /ing$/.test(tokens[h + 1].text) && !CUE_VERBS.has(lower(tokens[h + 1].text)) && text.slice(tokens[h].end, tokens[h + 1].start) === ' ') {
        let q = h + 1;
        while (q + 1 < tokens.length && q < h + 5 && text.slice(tokens[q].end, tokens[q + 1].start) === ' ' && !CUE_LIKE.test(tokens[q + 1].text)) q++;
        end = tokens[q].end;
      }
      const name = text.slice(tokens[placeOwner >= 0 ? placeOwner : coreStart].start, end);
      return { type: 'orgNoun', name, head, definite: definite && placeOwner < 0 && end === tokens[h].end, start: tokens[0].start, end };
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
