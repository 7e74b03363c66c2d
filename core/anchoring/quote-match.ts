/**
 * Finding a TextQuoteSelector's text in the search text: exact occurrences
 * first, then approximate ones, every candidate scored on how much of the
 * quote, its prefix, its suffix and its expected place agree. Works in
 * search-text coordinates (see search-text.ts); callers map results back.
 *
 * Weights and limits, and why:
 * - The quote itself weighs most (0.6): it is what the reader marked.
 * - Prefix and suffix (0.15 each) separate repeated quotes and vouch for a
 *   match whose quote was edited.
 * - Nearness to the expected place (0.1) breaks ties between otherwise equal
 *   candidates; it is linear over the whole text so it never outweighs context.
 * - Up to a quarter of the quote may be wrong (edit distance): one changed word
 *   in a sentence-long highlight costs far less, while an unrelated sentence of
 *   prose differs in about half its characters, so deleted text is not
 *   "found" in a neighbour.
 * - Quotes shorter than 32 characters are searched together with their prefix
 *   and suffix: a few words match too many places on their own.
 */
import { MyersScanner, isWordBoundary, matchEnd, matchStart, similarity } from './approx-match';
import { normalizeForSearch, type SearchText } from './search-text';
import type { TextQuoteSelector } from './types';

const QUOTE_WEIGHT = 0.6;
const CONTEXT_WEIGHT = 0.15;
const POSITION_WEIGHT = 0.1;
/** Share of the searched pattern's characters that may be wrong. */
export const FUZZY_ERROR_RATE = 0.25;
/** Below this, a fuzzy candidate is rejected (the target becomes an orphan). */
export const MIN_FUZZY_SCORE = 0.7;
const MIN_FUZZY_QUOTE_SIMILARITY = 0.75;
/**
 * Short quotes need their context to agree before a fuzzy match is believed;
 * in return one changed word may be a larger share of them (one word in a
 * three-word phrase is a third of it).
 */
const SHORT_QUOTE = 32;
const MIN_SHORT_CONTEXT_SIMILARITY = 0.6;
const MIN_SHORT_QUOTE_SIMILARITY = 0.5;
/** A search-window match this good is taken without scanning the whole text. */
const WINDOW_ACCEPT_SCORE = 0.85;
/** An exact match whose context agrees less than this is checked against fuzzy ones. */
const WEAK_EXACT_CONTEXT = 0.5;
/** Context compared at most this long: other tools may store longer context. */
const MAX_CONTEXT = 64;
const MAX_EXACT_OCCURRENCES = 2000;
const MAX_FUZZY_CANDIDATES = 16;

/** A quote normalised into search-text form. */
export interface PreparedQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface QuoteCandidate {
  /** Search-text span. */
  start: number;
  end: number;
  score: number;
  quoteSimilarity: number;
  contextSimilarity: number;
  fuzzy: boolean;
}

export function prepareQuote(selector: TextQuoteSelector): PreparedQuote | null {
  let exact = normalizeForSearch(selector.exact);
  // Whitespace at the quote's edges belongs to its context: the search text
  // may lay it out differently, and matches are trimmed anyway.
  const leading = exact.startsWith(' ');
  const trailing = exact.endsWith(' ');
  exact = exact.trim();
  if (exact.length === 0) return null;
  let prefix = normalizeForSearch((selector.prefix ?? '') + (leading ? ' ' : ''));
  let suffix = normalizeForSearch((trailing ? ' ' : '') + (selector.suffix ?? ''));
  if (prefix.length > MAX_CONTEXT) prefix = prefix.slice(prefix.length - MAX_CONTEXT);
  if (suffix.length > MAX_CONTEXT) suffix = suffix.slice(0, MAX_CONTEXT);
  return { exact, prefix, suffix };
}

export function contextScores(text: string, q: PreparedQuote, start: number, end: number): [number, number] {
  const before = text.slice(Math.max(0, start - q.prefix.length), start);
  const after = text.slice(end, end + q.suffix.length);
  // An empty stored context means the quote began (or ended) the text; the
  // comparison then rewards candidates at the same edge.
  return [similarity(before, q.prefix), similarity(after, q.suffix)];
}

function scoreCandidate(
  search: SearchText,
  q: PreparedQuote,
  start: number,
  end: number,
  quoteSimilarity: number,
  hint: number | undefined,
  fuzzy: boolean,
): QuoteCandidate {
  const text = search.text;
  const [prefixSim, suffixSim] = contextScores(text, q, start, end);
  const positionSim = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  const score =
    QUOTE_WEIGHT * quoteSimilarity +
    CONTEXT_WEIGHT * (prefixSim + suffixSim) +
    POSITION_WEIGHT * positionSim;
  return { start, end, score, quoteSimilarity, contextSimilarity: (prefixSim + suffixSim) / 2, fuzzy };
}

/** Length of the common run at the end of `a` and `b`. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** The best exact occurrence of the quote, or null when it does not occur. */
export function findExact(search: SearchText, q: PreparedQuote, hint?: number): QuoteCandidate | null {
  const text = search.text;
  const starts: number[] = [];
  for (let at = text.indexOf(q.exact); at !== -1 && starts.length < MAX_EXACT_OCCURRENCES; at = text.indexOf(q.exact, at + 1)) {
    starts.push(at);
  }
  if (starts.length === 0) return null;
  let shortlist = starts;
  if (starts.length > MAX_FUZZY_CANDIDATES) {
    // Many occurrences (a common phrase): rank by the unbroken run of context
    // that agrees, a cheap proxy, and score only the front-runners in full,
    // plus the one nearest the expected place.
    const len = q.exact.length;
    const ranked = starts
      .map((s) => ({
        s,
        run:
          commonTail(text.slice(Math.max(0, s - q.prefix.length), s), q.prefix) +
          commonHead(text.slice(s + len, s + len + q.suffix.length), q.suffix),
      }))
      .sort((a, b) => b.run - a.run);
    shortlist = ranked.slice(0, MAX_FUZZY_CANDIDATES).map((r) => r.s);
    if (hint !== undefined) {
      let nearest = starts[0];
      for (const s of starts) if (Math.abs(s - hint) < Math.abs(nearest - hint)) nearest = s;
      shortlist.push(nearest);
    }
  }
  let best: QuoteCandidate | null = null;
  for (const s of shortlist) {
    const c = scoreCandidate(search, q, s, s + q.exact.length, 1, hint, false);
    if (!best || c.score > best.score) best = c;
  }
  return best;
}

/** True when an exact match's context disagrees enough to look for a better fuzzy one. */
export function isWeakExact(c: QuoteCandidate): boolean {
  return c.contextSimilarity < WEAK_EXACT_CONTEXT;
}

/**
 * Does the text around search-text span [start, end) still look like the
 * quote's context? Used to vet a stored position: the quote's words may now
 * sit at the old offset by coincidence (a repeated phrase that moved).
 */
export function contextHolds(search: SearchText, q: PreparedQuote, start: number, end: number): boolean {
  const [prefixSim, suffixSim] = contextScores(search.text, q, start, end);
  return (prefixSim + suffixSim) / 2 >= WEAK_EXACT_CONTEXT;
}

interface EndHit {
  end: number;
  errors: number;
}

/**
 * Keeps the best end of each run of consecutive hits (one match shows up at
 * several neighbouring ends); among equally good ends, one that does not cut
 * a word.
 */
function collectRuns(text: string, hits: EndHit[]): EndHit[] {
  const out: EndHit[] = [];
  let prevEnd = -2;
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.end === prevEnd + 1) {
      if (
        h.errors < last.errors ||
        (h.errors === last.errors && !isWordBoundary(text, last.end) && isWordBoundary(text, h.end))
      ) {
        out[out.length - 1] = { ...h };
      }
    } else {
      out.push({ ...h });
    }
    prevEnd = h.end;
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return [start, end];
}

/**
 * Turns the end of an approximate match of the searched pattern into a
 * scored quote span.
 */
function evaluateEnd(
  search: SearchText,
  q: PreparedQuote,
  pattern: string,
  withContext: boolean,
  hit: EndHit,
  maxErrors: number,
  hint: number | undefined,
): QuoteCandidate | null {
  const text = search.text;
  const { start: patStart, errors } = matchStart(text, pattern, hit.end, maxErrors);
  let start = patStart;
  let end = hit.end;
  if (withContext) {
    // The pattern was prefix + quote + suffix: find where the prefix stops
    // and the suffix starts inside the match.
    if (q.prefix.length > 0) start = matchEnd(text, q.prefix, patStart, Math.ceil(q.prefix.length / 2)).end;
    if (q.suffix.length > 0) end = matchStart(text, q.suffix, hit.end, Math.ceil(q.suffix.length / 2)).start;
  }
  [start, end] = trimSpan(text, start, end);
  if (end <= start) return null;
  // When the pattern was the quote alone, the alignment already counted its
  // errors; recomputing them would cost quadratic time on long passages.
  const quoteSim = withContext
    ? similarity(text.slice(start, end), q.exact)
    : Math.max(0, 1 - errors / Math.max(q.exact.length, end - start));
  return scoreCandidate(search, q, start, end, quoteSim, hint, true);
}

function acceptable(c: QuoteCandidate, q: PreparedQuote): boolean {
  if (c.score < MIN_FUZZY_SCORE) return false;
  if (q.exact.length < SHORT_QUOTE) {
    return c.contextSimilarity >= MIN_SHORT_CONTEXT_SIMILARITY && c.quoteSimilarity >= MIN_SHORT_QUOTE_SIMILARITY;
  }
  return c.quoteSimilarity >= MIN_FUZZY_QUOTE_SIMILARITY;
}

export interface FuzzyOptions {
  /** Expected search-text start of the quote; the text around it is searched first. */
  hint?: number;
  /** Characters scanned between yields (see findFuzzySteps). */
  chunk?: number;
}

/**
 * Approximate search as a generator: it yields between chunks of the scan so
 * a caller with a time budget can pause it; run it to completion with
 * `findFuzzy`. Returns the best acceptable candidate, or null.
 */
export function* findFuzzySteps(
  search: SearchText,
  q: PreparedQuote,
  options: FuzzyOptions = {},
): Generator<void, QuoteCandidate | null> {
  const text = search.text;
  const withContext = q.exact.length < SHORT_QUOTE;
  const pattern = withContext ? q.prefix + q.exact + q.suffix : q.exact;
  // Too little to go on: a handful of characters would match noise.
  if (pattern.length < 8) return null;
  const maxErrors = Math.floor(pattern.length * FUZZY_ERROR_RATE);
  const hint = options.hint;
  const blocks = Math.ceil(pattern.length / 32);
  const chunk = Math.max(512, Math.floor((options.chunk ?? 65536) / blocks));

  // A generator too: each candidate costs an alignment over the quote's
  // length, which adds up for long passages.
  function* best(hits: EndHit[]): Generator<void, QuoteCandidate | null> {
    const runs = collectRuns(text, hits);
    const hintEnd = hint === undefined ? undefined : hint - (withContext ? q.prefix.length : 0) + pattern.length;
    runs.sort((a, b) =>
      a.errors !== b.errors || hintEnd === undefined
        ? a.errors - b.errors
        : Math.abs(a.end - hintEnd) - Math.abs(b.end - hintEnd),
    );
    let top: QuoteCandidate | null = null;
    for (const hit of runs.slice(0, MAX_FUZZY_CANDIDATES)) {
      const c = evaluateEnd(search, q, pattern, withContext, hit, maxErrors, hint);
      if (c && acceptable(c, q) && (!top || c.score > top.score)) top = c;
      yield;
    }
    return top;
  }

  const scanner = new MyersScanner(pattern, maxErrors);
  const hits: EndHit[] = [];
  const onMatch = (end: number, errors: number) => {
    hits.push({ end, errors });
  };

  let windowFrom = 0;
  let windowTo = 0;
  if (hint !== undefined) {
    const slack = 2000 + 2 * pattern.length;
    windowFrom = Math.max(0, hint - (withContext ? q.prefix.length : 0) - slack);
    windowTo = Math.min(text.length, hint + pattern.length + slack);
    scanner.scan(text, windowFrom, windowTo, onMatch);
    const local = yield* best(hits);
    if (local && local.score >= WINDOW_ACCEPT_SCORE) return local;
    yield;
  }

  hits.length = 0;
  scanner.reset();
  for (let from = 0; from < text.length; from += chunk) {
    scanner.scan(text, from, Math.min(text.length, from + chunk), onMatch);
    if (from + chunk < text.length) yield;
  }
  return yield* best(hits);
}

/** Runs findFuzzySteps to completion. */
export function findFuzzy(search: SearchText, q: PreparedQuote, options: FuzzyOptions = {}): QuoteCandidate | null {
  const steps = findFuzzySteps(search, q, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
