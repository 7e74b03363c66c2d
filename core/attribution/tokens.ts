/**
 * Words with their offsets, the way every attribution reader sees them: a trailing "." kept only on
 * abbreviations, possessives recognised in both apostrophe styles.
 */
import { HONORIFICS, TITLE_WORDS } from './lexicon';

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

/** A capital, or the Arabic article joined to one ("al-Amr", "el-Sayed"), which starts a name the same way. */
export const isCapitalised = (w: string) => /^(?:[\p{Lu}]|(?:al|el|ad|ar|as|ash|at|az|an)-[\p{Lu}])/u.test(w);
export const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');
const isApostrophe = (c: string) => c === "'" || c === '’';
export const isPossessive = (w: string) =>
  w.length > 2 && ((w[w.length - 1] === 's' && isApostrophe(w[w.length - 2])) || (isApostrophe(w[w.length - 1]) && w[w.length - 2] === 's'));
export const stripPossessive = (w: string) =>
  !isPossessive(w) ? w : w[w.length - 1] === 's' ? w.slice(0, -2) : w.slice(0, -1);
