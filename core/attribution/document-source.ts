/**
 * Speakers that stand behind a document or an outlet, read inside a speaker phrase (speaker-phrase.ts):
 * the maker of a report or poll ("An analysis ... by PWS found", "The TVR exit poll suggests") and an
 * outlet's name after its noun ("news site ByteWire"). Kept apart from the general phrase reader because
 * they answer a narrower question (who speaks through this document) with word lists of their own.
 */
import { type Token, isCapitalised, lower } from './tokens';
import { readName } from './names';
import type { SpeakerPhrase } from './speaker-phrase';

/** Documents and findings that speak for whoever made them. */
const FINDING_DOCUMENTS = new Set('analysis review survey poll study audit investigation assessment inquiry report memo letter statement estimate estimates figures'.split(' '));

/**
 * "An analysis of statistics office data by PWS found", "An independent review by the consultancy Hartwell
 * Health Partners ... found", "An internal memo sent to staff on Wednesday by chief technology officer Rajan
 * Okoro-Hale ... said": a document opening the subject, and "by" (or "from") its maker a few words on, with
 * no comma between; the maker is the speaker. Where the maker's phrase starts, or -1.
 */
export function documentIssuer(text: string, tokens: Token[]): number {
  let doc = -1;
  for (let k = 0; k < Math.min(tokens.length, 4); k++) {
    const w = lower(tokens[k].text);
    if (FINDING_DOCUMENTS.has(w)) {
      doc = k;
      break;
    }
    if (!/^[\p{Ll}-]+$/u.test(tokens[k].text) && !/^(?:An?|The|Its|Their)$/.test(tokens[k].text)) return -1;
  }
  if (doc < 0) return -1;
  for (let k = doc + 1; k < Math.min(tokens.length - 1, doc + 9); k++) {
    if (/[,;:()]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return -1;
    const w = tokens[k].text;
    if (/^(?:was|were|is|are|has|have|had|said|says|found|finds|shows|showed|who|which|that)$/.test(w)) return -1;
    if (w === 'by' || w === 'from') return tokens[k + 1].start;
  }
  return -1;
}

/**
 * "The TVR exit poll suggests ...", "the Opinia survey found": a body's name in front of its document is
 * who speaks through it. Only the whole phrase: the name, at most two lower-case words, the document noun.
 */
export function documentOwner(text: string, tokens: Token[]): SpeakerPhrase | null {
  const k = tokens.length > 0 && /^the$/i.test(tokens[0].text) ? 1 : 0;
  if (k >= tokens.length || !isCapitalised(tokens[k].text)) return null;
  const named = readName(text, tokens, k);
  if (!named || named.phrase.titled || named.phrase.possessive) return null;
  let d = named.next;
  while (d < tokens.length && d < named.next + 2 && /^[\p{Ll}-]+$/u.test(tokens[d].text) && !FINDING_DOCUMENTS.has(tokens[d].text)) d++;
  if (d >= tokens.length || !FINDING_DOCUMENTS.has(tokens[d].text) || d + 1 !== tokens.length) return null;
  return { type: 'name', phrase: { ...named.phrase, kind: 'organization', role: null }, start: tokens[0].start, end: named.phrase.end };
}

/** Nouns for outlets and bodies that stand right before their own name. */
const OUTLET_NOUNS = new Set(['site', 'website', 'outlet', 'portal', 'daily', 'weekly', 'tabloid', 'channel', 'station', 'agency', 'broadcaster', 'newspaper', 'magazine', 'firm', 'company', 'group', 'consultancy', 'institute', 'charity', 'network']);

/** 'news site ByteWire' from `at`: up to three lower-case words ending on an outlet noun, then a name. */
export function outletNamed(text: string, tokens: Token[], at: number): SpeakerPhrase | null {
  let k = at;
  while (k < tokens.length && k < at + 3 && /^[\p{Ll}-]+$/u.test(tokens[k].text) && text.slice(tokens[k - 1].end, tokens[k].start) === ' ') k++;
  if (k === at || k >= tokens.length || !OUTLET_NOUNS.has(tokens[k - 1].text) || !isCapitalised(tokens[k].text) || text.slice(tokens[k - 1].end, tokens[k].start) !== ' ') return null;
  const own = readName(text, tokens, k);
  if (!own || own.phrase.titled || own.phrase.possessive) return null;
  return { type: 'name', phrase: { ...own.phrase, kind: 'organization', role: null, head: tokens[k - 1].text }, start: tokens[0].start, end: own.phrase.end };
}
