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
    if (word.endsWith('.')) {
      const lw = word.toLowerCase();
      if (!(lw in HONORIFICS) && !TITLE_WORDS.has(lw) && !KEEP_DOT.test(word)) word = word.slice(0, -1);
    }
    const end = Math.min(m.index + word.length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

const CAPITALISED = /^(?:[\p{Lu}]|(?:al|el|ad|ar|as|ash|at|az|an)-[\p{Lu}])/u;
/**
 * A capital, or the Arabic article joined to one ("al-Amr", "el-Sayed"), which starts a name the same way.
 * Asked of nearly every word several times over, so the common answers come from the first character's code
 * (A-Z yes; a digit, a mark or a lower-case letter with no hyphen after two or three letters no); only other
 * scripts and "al-"-like words reach the regular expression.
 */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return c >= 97 && c <= 122 && (w.charCodeAt(2) === 45 || w.charCodeAt(3) === 45) && CAPITALISED.test(w);
  return CAPITALISED.test(w);
}
/** Lower case without a final dot ("Corp." and "corp" are one word); no regular expression, it runs per word. */
export function lower(w: string): string {
  const l = w.toLowerCase();
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
}
const isApostrophe = (c: string) => c === "'" || c === '’';
export const isPossessive = (w: string) =>
  w.length > 2 && ((w[w.length - 1] === 's' && isApostrophe(w[w.length - 2])) || (isApostrophe(w[w.length - 1]) && w[w.length - 2] === 's'));
export const stripPossessive = (w: string) =>
  !isPossessive(w) ? w : w[w.length - 1] === 's' ? w.slice(0, -2) : w.slice(0, -1);
