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

/** Answers of `keepsDot` by word: a sentence's last word ("said.", "year.") comes back again and again. */
const keepsDotMemo = new Map<string, boolean>();

/** A word's trailing dot is kept only on known abbreviations and titles ("Corp.", "U.S.", "Dr."). */
function keepsDot(word: string): boolean {
  let keeps = keepsDotMemo.get(word);
  if (keeps === undefined) {
    const lw = word.toLowerCase();
    keeps = lw in HONORIFICS || TITLE_WORDS.has(lw) || KEEP_DOT.test(word);
    if (keepsDotMemo.size > 5000) keepsDotMemo.clear();
    keepsDotMemo.set(word, keeps);
  }
  return keeps;
}

/**
 * Words with their offsets; a trailing "." is kept only on known abbreviations. The same words as `WORD_RE`
 * finds (letters, marks and digits, joined by a hyphen, an apostrophe or a dot, and a final dot), read
 * character by character: every sentence is tokenised once or more, and the pattern's match objects and
 * Unicode classes made this the costliest single step of attribution. `WORD_RE` itself still reads from an
 * offset inside a surrogate pair, which no caller should pass but which must give the same words.
 */
export function tokenize(text: string, from = 0, to = text.length, limit = Infinity): Token[] {
  const n = text.length;
  let i = from > 0 ? from : 0;
  if (i > 0 && i < n && isTrailSurrogate(text.charCodeAt(i)) && isLeadSurrogate(text.charCodeAt(i - 1))) return tokenizeByPattern(text, from, to, limit);
  const out: Token[] = [];
  while (out.length < limit) {
    let start = -1;
    while (i < n) {
      const cp = text.codePointAt(i)!;
      if (isWordCode(cp)) {
        start = i;
        break;
      }
      i += cp > 0xffff ? 2 : 1;
    }
    if (start < 0 || start >= to) break;
    i = runEnd(text, start, n);
    // Runs joined by one hyphen, apostrophe or dot ("well-known", "O'Neill", "U.S"), then a final dot.
    for (let c = text.charCodeAt(i); (c === 45 || c === 39 || c === 0x2019 || c === 46) && i + 1 < n && isWordCode(text.codePointAt(i + 1)!); c = text.charCodeAt(i)) {
      i = runEnd(text, i + 1, n);
    }
    if (text.charCodeAt(i) === 46) i++;
    const wordEnd = text.charCodeAt(i - 1) === 46 && !keepsDot(text.slice(start, i)) ? i - 1 : i;
    const end = Math.min(wordEnd, to);
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** The original pattern-driven reading, for an offset inside a surrogate pair. */
function tokenizeByPattern(text: string, from: number, to: number, limit: number): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(text); m && m.index < to && out.length < limit; m = WORD_RE.exec(text)) {
    let word = m[0];
    if (word.endsWith('.') && !keepsDot(word)) word = word.slice(0, -1);
    const end = Math.min(m.index + word.length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

const isLeadSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrailSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Where a run of word characters starting at `i` ends. */
function runEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if (!isWordCode(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Whether each character of the Basic Multilingual Plane is a word character: 0 not yet asked, 1 yes, 2 no. */
const BMP_WORD = new Uint8Array(0x10000);

/** A letter, mark or digit (`[\p{L}\p{M}\p{N}]`), ASCII answered directly, the rest asked once per character. */
function isWordCode(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp < 0x10000) {
    let known = BMP_WORD[cp];
    if (known === 0) {
      known = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
      BMP_WORD[cp] = known;
    }
    return known === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
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
