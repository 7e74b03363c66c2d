/**
 * A role with its place or body, then the holder's name, with no comma: "acting deputy commissioner of the
 * Regional Emergency Service Marcus Delaney", "senior coroner for Glynmawr and the Eastern Valleys Angharad
 * Pryce-Lowe", "head of operations for Harbour Point Tom Ray". The capitals after "of"/"for" run on into
 * the person's name, so a plain name reader gives "Regional Emergency Service Marcus Delaney" (a body) or
 * "Eastern Valleys Angharad Pryce-Lowe". Here the person is the end of that run: from the first given name
 * we know, else its last two words, and everything before is the role.
 *
 * Wins over: the plain name and common-noun readings of speaker-phrase.ts (tried before them), since a
 * lower-case role word followed by "of"/"for" marks the capitals after it as an affiliation.
 * Must read: "acting deputy commissioner of the Regional Emergency Service Marcus Delaney" → Marcus Delaney;
 * "senior coroner for Glynmawr and the Eastern Valleys Angharad Pryce-Lowe" → Angharad Pryce-Lowe.
 * Must not read: "head of the Food and Drug Administration" (ends in a body), "director of Public Health
 * Wales" (three capitals, no given name: the body's own name), "chief executive of Harlow Foods Ltd".
 */
import { GIVEN_NAME_GENDER, NOT_NAME, ORG_HEADS, ORG_NOUNS, PERSON_NOUNS, PLACE_HEADS, ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import type { NamePhrase } from './names';
import { type Token, isCapitalised, isPossessive, lower, stripPossessive } from './tokens';

const LINKS = new Set(['and', 'the', 'of', 'for']);
/** Words that show the phrase is a clause, not a role in front of a name. */
const VERBISH = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|said|says|told|who|which|that)$/;

function isCommonWord(w: string): boolean {
  return ORG_HEADS.has(w) || ORG_NOUNS.has(w) || PLACE_HEADS.has(w) || PERSON_NOUNS.has(w) || ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || NOT_NAME.has(w) ||
    /^(?:health|local|national|regional|state|public|general|central|northern|southern|eastern|western|new|royal|united|city|county|district|area|zone|valley|valleys|affairs|services|development|security|safety|education|transport|finance|justice|research|care)$/.test(w);
}

export function roleAffiliationName(text: string, tokens: Token[]): { phrase: NamePhrase; start: number } | null {
  // The last lower-case role word directly followed by "of" or "for".
  let r = -1;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const w = tokens[k].text;
    if (VERBISH.test(w)) return null;
    if (!isCapitalised(w) && (ROLE_NOUNS.has(w) || TITLE_WORDS.has(w)) && /^(?:of|for)$/.test(tokens[k + 1].text)) r = k;
  }
  if (r < 0) return null;
  // After it: capitals joined only by "and", "the", "of", "for", up to the end of the phrase.
  let end = r + 2;
  while (end < tokens.length && (isCapitalised(tokens[end].text) || LINKS.has(tokens[end].text)) &&
    !/[,;:()"“”\n]/.test(text.slice(tokens[end - 1].end, tokens[end].start))) end++;
  // The final run of capitals, after the last link word.
  let runStart = end;
  while (runStart > r + 2 && isCapitalised(tokens[runStart - 1].text)) runStart--;
  const run = tokens.slice(runStart, end);
  if (run.length < 3 || run.some((t, n) => n < run.length - 1 && isPossessive(t.text))) return null;
  const words = run.map((t) => t.text);
  const lastWord = stripPossessive(words[words.length - 1]);
  if (ORG_HEADS.has(lower(lastWord)) || ORG_HEADS.has(lower(words[words.length - 2]))) return null;
  let given = words.findIndex((w, n) => n > 0 && GIVEN_NAME_GENDER.has(lower(w)));
  // "... of Police A. Joseph Fernandez": initials before the given name are the person's.
  while (given > 1 && /^[\p{Lu}]\.?$/u.test(words[given - 1])) given--;
  // Without a given name we know, only a long run is split: "Public Health Wales" is a body's own name.
  const cut = given > 0 ? given : run.length >= 4 || runStart > r + 2 ? run.length - 2 : -1;
  if (cut <= 0 || run.length - cut > 3) return null;
  // "the Tablelands Local Health District": words of a body's or a place's name are no person's name.
  if (run.slice(cut).some((t) => isCommonWord(lower(stripPossessive(t.text))))) return null;
  const nameTokens = run.slice(cut);
  const possessive = isPossessive(nameTokens[nameTokens.length - 1].text);
  const nameWords = nameTokens.map((t, n) => (n === nameTokens.length - 1 ? stripPossessive(t.text) : t.text));
  // The role starts after the last comma before its role word ("Recording a conclusion, senior coroner ...").
  let first = r;
  while (first > 0 && !/[,;:()]/.test(text.slice(tokens[first - 1].end, tokens[first].start))) first--;
  const roleStart = lower(tokens[first].text) === 'the' && first + 1 < r ? tokens[first + 1].start : tokens[first].start;
  const phrase: NamePhrase = {
    name: nameWords.join(' '),
    tokens: nameWords,
    role: text.slice(roleStart, run[cut - 1].end),
    honorificGender: null,
    kind: 'person',
    titled: true,
    start: nameTokens[0].start,
    end: nameTokens[nameTokens.length - 1].end,
    possessive,
  };
  return { phrase, start: tokens[0].start };
}
