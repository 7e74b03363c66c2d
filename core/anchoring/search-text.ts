/**
 * The text quotes are searched in: the body text with whitespace runs collapsed
 * to one space, invisible characters dropped, and the text of elements a reader
 * never sees (script, style, …) left out. Pages re-render with different
 * indentation, `&nbsp;` for spaces or soft hyphens between visits; matching in
 * this space makes those differences free instead of costing fuzzy-match
 * errors. Every search-text character keeps the body-text offset it came from,
 * so matches map back to the positions that are stored and painted.
 */
import { runToEnd, type Steps } from '../steps';

/** Characters that lay out as a space between words. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Characters with no width that pages sprinkle inside words (soft hyphen, ZWSP, joiners, BOM). */
export function isInvisibleCode(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2060 ||
    code === 0xfeff
  );
}

/**
 * Normalises a string the way the search text is built. Leading and trailing
 * whitespace collapses to one space but is kept, because whether a quote
 * starts at a word boundary is itself information.
 */
export function normalizeForSearch(s: string): string {
  let out = '';
  let pendingSpace = false;
  let runStart = -1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isSpaceCode(code) || isInvisibleCode(code)) {
      if (runStart >= 0) {
        out += s.slice(runStart, i);
        runStart = -1;
      }
      if (isSpaceCode(code)) pendingSpace = true;
      continue;
    }
    if (runStart < 0) {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      runStart = i;
    }
  }
  if (runStart >= 0) out += s.slice(runStart);
  if (pendingSpace) out += ' ';
  return out;
}

export interface SearchText {
  /** Normalised visible text. */
  readonly text: string;
  /**
   * Body-text offset of each search-text character; one extra entry at the end
   * holds the body-text length. Non-decreasing, so it can be binary-searched.
   */
  readonly toBody: Int32Array;
}

/**
 * Builds the search text from the body text's Text-node chunks.
 * `chunks[i]` starts at body offset `starts[i]`; `hidden[i]` marks chunks a
 * reader cannot see, which count as a word break.
 */
export function buildSearchText(
  chunks: readonly string[],
  starts: ArrayLike<number>,
  hidden: Uint8Array,
  bodyLength: number,
  capacity = bodyLength,
): SearchText {
  return runToEnd(buildSearchTextSteps(chunks, starts, hidden, bodyLength, capacity));
}

/**
 * Body-text characters read between two pauses. The whole search text of a
 * 5 MB article was one 100-270 ms task in Chromium (with the garbage
 * collection it causes); 64k characters are a few ms.
 */
export const SEARCH_TEXT_STEP = 65_536;

/** The same, pausing every SEARCH_TEXT_STEP characters (also inside one giant Text node). */
export function* buildSearchTextSteps(
  chunks: readonly string[],
  starts: ArrayLike<number>,
  hidden: Uint8Array,
  bodyLength: number,
  /** Characters the chunks hold at most: the body's length, or less for a part of it (BodyTextIndex.searchTextAround). */
  capacity = bodyLength,
): Steps<SearchText> {
  // The character loop is a plain function over a range (a generator's own
  // loop runs slower in V8); the generator only pauses between ranges.
  const out: Output = { codes: new Uint16Array(capacity), toBody: new Int32Array(capacity + 1), n: 0, pendingSpaceAt: -1 };
  let read = 0;
  for (let c = 0; c < chunks.length; c++) {
    const base = starts[c];
    const data = chunks[c];
    if (hidden[c]) {
      if (out.n > 0 && out.pendingSpaceAt < 0) out.pendingSpaceAt = base;
      continue;
    }
    for (let from = 0; from < data.length; ) {
      const to = Math.min(data.length, from + SEARCH_TEXT_STEP - read);
      appendRange(out, data, base, from, to);
      read += to - from;
      from = to;
      if (read >= SEARCH_TEXT_STEP) {
        read = 0;
        yield;
      }
    }
  }
  const { codes, toBody, n } = out;
  toBody[n] = bodyLength;
  let text = '';
  // fromCharCode.apply has an argument-count limit; 8192 is safely below it everywhere.
  for (let i = 0; i < n; i += 8192) {
    const slice = codes.subarray(i, Math.min(n, i + 8192));
    text += String.fromCharCode.apply(null, slice as unknown as number[]);
    if ((i + 8192) % SEARCH_TEXT_STEP === 0) yield;
  }
  return { text, toBody: toBody.subarray(0, n + 1) };
}

interface Output {
  codes: Uint16Array;
  toBody: Int32Array;
  n: number;
  /**
   * A space is owed but not yet written: written only before the next visible
   * character, so runs collapse and the text never ends in a dangling space
   * that came from a hidden chunk.
   */
  pendingSpaceAt: number;
}

function appendRange(out: Output, data: string, base: number, from: number, to: number): void {
  const { codes, toBody } = out;
  let n = out.n;
  let pendingSpaceAt = out.pendingSpaceAt;
  for (let i = from; i < to; i++) {
    const code = data.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (n > 0 && pendingSpaceAt < 0) pendingSpaceAt = base + i;
      continue;
    }
    if (isInvisibleCode(code)) continue;
    if (pendingSpaceAt >= 0) {
      codes[n] = 32;
      toBody[n] = pendingSpaceAt;
      n++;
      pendingSpaceAt = -1;
    }
    codes[n] = code;
    toBody[n] = base + i;
    n++;
  }
  out.n = n;
  out.pendingSpaceAt = pendingSpaceAt;
}

/** First search-text index whose body offset is >= `bodyOffset` (text.length when none). */
export function searchIndexAtOrAfter(search: SearchText, bodyOffset: number): number {
  const map = search.toBody;
  let lo = 0;
  let hi = map.length - 1; // the sentinel entry
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid] < bodyOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Body-text span of the search-text span [start, end). */
export function searchSpanToBody(
  search: SearchText,
  start: number,
  end: number,
): { start: number; end: number } {
  const bodyStart = search.toBody[start];
  const bodyEnd = end > start ? search.toBody[end - 1] + 1 : bodyStart;
  return { start: bodyStart, end: bodyEnd };
}
