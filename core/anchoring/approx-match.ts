/**
 * Approximate string matching by edit distance, with Myers' bit-parallel
 * algorithm (J. ACM 1999) split into 32-bit blocks so patterns of any length
 * work. One text character costs ceil(m/32) word operations, so a quote of a
 * few hundred characters scans tens of thousands of characters in well under a
 * millisecond, and the scan can stop and resume between chunks, which lets
 * the batched anchoring keep every task short.
 */

const ZERO_BLOCKS = new Int32Array(64);
const HIGH_BIT = -0x80000000;
/** Character codes below this get a flat lookup table; others go through a Map. */
const TABLE_CODES = 128;

/**
 * Ukkonen's cut-off (as Myers applies it to blocks): only blocks that can
 * still hold a cell within the error budget are computed, so a scan for a
 * long quote with a quarter of its length in errors touches about a third of
 * the blocks on ordinary text.
 */
/**
 * One block of one text column of Myers' bit-parallel algorithm (Hyyrö's
 * block form): updates the block's vertical deltas in place and returns the
 * horizontal delta carried out of its bottom row (+1, 0 or -1). `hb` is the
 * bit of the block's last pattern row. Shared by both scans; small enough
 * for V8 to inline in their inner loops.
 */
function advanceBlock(pvs: Int32Array, mvs: Int32Array, b: number, eqIn: number, hin: number, hb: number): number {
  const pv = pvs[b];
  const mv = mvs[b];
  let eq = eqIn;
  const xv = eq | mv;
  if (hin < 0) eq |= 1;
  const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  let hout = 0;
  if (ph & hb) hout = 1;
  else if (mh & hb) hout = -1;
  ph <<= 1;
  mh <<= 1;
  if (hin < 0) mh |= 1;
  else if (hin > 0) ph |= 1;
  pvs[b] = mh | ~(xv | ph);
  mvs[b] = ph & xv;
  return hout;
}

export class MyersScanner {
  readonly pattern: string;
  readonly maxErrors: number;
  private readonly blocks: number;
  private readonly lastBit: number;
  /** Block bottom rows: rows[b] = number of pattern characters up to the end of block b. */
  private readonly rows: Int32Array;
  private readonly table: Int32Array;
  private readonly peq: Map<number, Int32Array>;
  private readonly zeros: Int32Array;
  private readonly pv: Int32Array;
  private readonly mv: Int32Array;
  private readonly scores: Int32Array;
  private readonly anchored: boolean;
  private score = 0;
  private active = 0;

  /**
   * @param anchored false: a match may start anywhere in the text (search).
   *   true: the match must start at the first character scanned (alignment of
   *   a pattern against a text prefix), used to find where a match begins.
   */
  constructor(pattern: string, maxErrors: number, anchored = false) {
    this.pattern = pattern;
    this.maxErrors = maxErrors;
    this.anchored = anchored;
    const m = pattern.length;
    const nb = Math.max(1, Math.ceil(m / 32));
    this.blocks = nb;
    this.lastBit = m === 0 ? 0 : 1 << ((m - 1) & 31);
    this.rows = new Int32Array(nb);
    for (let b = 0; b < nb; b++) this.rows[b] = Math.min(m, 32 * (b + 1));
    this.zeros = nb <= ZERO_BLOCKS.length ? ZERO_BLOCKS : new Int32Array(nb);
    this.table = new Int32Array(TABLE_CODES * nb);
    this.peq = new Map();
    for (let i = 0; i < m; i++) {
      const code = pattern.charCodeAt(i);
      const bit = 1 << (i & 31);
      const b = i >>> 5;
      if (code < TABLE_CODES) {
        this.table[code * nb + b] |= bit;
      } else {
        let eq = this.peq.get(code);
        if (!eq) {
          eq = new Int32Array(nb);
          this.peq.set(code, eq);
        }
        eq[b] |= bit;
      }
    }
    this.pv = new Int32Array(nb);
    this.mv = new Int32Array(nb);
    this.scores = new Int32Array(nb);
    this.reset();
  }

  reset(): void {
    this.pv.fill(-1);
    this.mv.fill(0);
    this.scores.set(this.rows);
    this.score = this.pattern.length;
    this.active = this.anchored ? this.blocks - 1 : Math.min(this.blocks - 1, Math.max(0, Math.ceil(this.maxErrors / 32) - 1));
  }

  /**
   * Advances over text[from, to). For each position whose edit distance is at
   * most maxErrors, calls onMatch(endExclusive, errors).
   */
  scan(text: string, from: number, to: number, onMatch: (end: number, errors: number) => void): void {
    if (this.pattern.length === 0) return;
    if (this.anchored) this.scanAll(text, from, to, onMatch);
    else this.scanCutoff(text, from, to, onMatch);
  }

  /** Every block, every column: for short anchored alignments. */
  private scanAll(text: string, from: number, to: number, onMatch: (end: number, errors: number) => void): void {
    const nb = this.blocks;
    const last = nb - 1;
    const lastBit = this.lastBit;
    const pvs = this.pv;
    const mvs = this.mv;
    const maxErrors = this.maxErrors;
    const topIn = this.anchored ? 1 : 0;
    let score = this.score;
    for (let j = from; j < to; j++) {
      const code = text.charCodeAt(j);
      const eqs = code < TABLE_CODES ? null : (this.peq.get(code) ?? this.zeros);
      const base = code * nb;
      let hin = topIn;
      for (let b = 0; b < nb; b++) {
        hin = advanceBlock(pvs, mvs, b, eqs ? eqs[b] : this.table[base + b], hin, b === last ? lastBit : HIGH_BIT);
      }
      score += hin;
      if (score <= maxErrors) onMatch(j + 1, score);
    }
    this.score = score;
  }

  /** Search with the cut-off: blocks past `active` are known to exceed the budget. */
  private scanCutoff(text: string, from: number, to: number, onMatch: (end: number, errors: number) => void): void {
    const nb = this.blocks;
    const last = nb - 1;
    const lastBit = this.lastBit;
    const pvs = this.pv;
    const mvs = this.mv;
    const scores = this.scores;
    const rows = this.rows;
    const table = this.table;
    const k = this.maxErrors;
    let y = this.active;
    for (let j = from; j < to; j++) {
      const code = text.charCodeAt(j);
      const eqs = code < TABLE_CODES ? null : (this.peq.get(code) ?? this.zeros);
      const base = code * nb;
      let hin = 0;
      for (let b = 0; b <= y + 1 && b < nb; b++) {
        if (b === y + 1) {
          // Extend by one block when the cell at the bottom of the last active
          // block, before this column, was within budget and this column can
          // carry a lower value into the next block.
          const eqTop = eqs ? eqs[b] : table[base + b];
          if (!(scores[y] - hin <= k && ((eqTop & 1) !== 0 || hin < 0))) break;
          y = b;
          pvs[b] = -1;
          mvs[b] = 0;
          scores[b] = scores[b - 1] - hin + (rows[b] - rows[b - 1]);
        }
        const hout = advanceBlock(pvs, mvs, b, eqs ? eqs[b] : table[base + b], hin, b === last ? lastBit : HIGH_BIT);
        scores[b] += hout;
        hin = hout;
      }
      // Shrink: a block whose bottom is a block-height over budget holds no cell within it.
      while (y > 0 && scores[y] >= k + 32) y--;
      if (y === last && scores[y] <= k) onMatch(j + 1, scores[y]);
    }
    this.active = y;
  }
}

/** Levenshtein distance of two short strings (context snippets): plain DP, one row. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + cost);
      diag = up;
    }
  }
  return row[b.length];
}

/** 1 for equal strings, 0 for nothing in common (edit distance over the longer length). */
export function similarity(actual: string, expected: string): number {
  const len = Math.max(actual.length, expected.length);
  if (len === 0) return 1;
  return 1 - editDistance(actual, expected) / len;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Letters, digits and underscore: a match edge between two of them cuts a word. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

/** True when `at` is not inside a word of `text`. */
export function isWordBoundary(text: string, at: number): boolean {
  return !(isWordChar(text[at - 1]) && isWordChar(text[at]));
}

/**
 * Picks among alignments with equal errors: one that does not cut a word,
 * then the one whose length is closest to the pattern's. Errors tie often
 * (a missing first word costs the same deleted as substituted by the
 * previous word), and a highlight that starts mid-word looks broken.
 */
function better(
  text: string,
  at: number,
  errors: number,
  lenDiff: number,
  best: { at: number; errors: number; lenDiff: number } | null,
): boolean {
  if (!best) return true;
  if (errors !== best.errors) return errors < best.errors;
  const boundary = isWordBoundary(text, at);
  const bestBoundary = isWordBoundary(text, best.at);
  if (boundary !== bestBoundary) return boundary;
  return lenDiff < best.lenDiff;
}

/**
 * Where does a match of `pattern` that ends at `end` begin? Aligns the
 * reversed pattern against the text read backwards from `end` and takes the
 * start with fewest errors (ties: see `better`).
 */
export function matchStart(text: string, pattern: string, end: number, maxErrors: number): { start: number; errors: number } {
  const windowStart = Math.max(0, end - pattern.length - maxErrors);
  const window = reverse(text.slice(windowStart, end));
  const scanner = new MyersScanner(reverse(pattern), maxErrors, true);
  let best: { at: number; errors: number; lenDiff: number } | null = null;
  scanner.scan(window, 0, window.length, (len, errors) => {
    const at = end - len;
    const lenDiff = Math.abs(len - pattern.length);
    if (better(text, at, errors, lenDiff, best)) best = { at, errors, lenDiff };
  });
  const found = best as { at: number; errors: number } | null;
  return found ? { start: found.at, errors: found.errors } : { start: end, errors: pattern.length };
}

/**
 * Where does a match of `pattern` that starts at `start` end? (The mirror of
 * matchStart, used to find a quote's end from where its suffix begins.)
 */
export function matchEnd(text: string, pattern: string, start: number, maxErrors: number): { end: number; errors: number } {
  const windowEnd = Math.min(text.length, start + pattern.length + maxErrors);
  const scanner = new MyersScanner(pattern, maxErrors, true);
  let best: { at: number; errors: number; lenDiff: number } | null = null;
  scanner.scan(text, start, windowEnd, (end, errors) => {
    const lenDiff = Math.abs(end - start - pattern.length);
    if (better(text, end, errors, lenDiff, best)) best = { at: end, errors, lenDiff };
  });
  const found = best as { at: number; errors: number } | null;
  return found ? { end: found.at, errors: found.errors } : { end: start, errors: pattern.length };
}
