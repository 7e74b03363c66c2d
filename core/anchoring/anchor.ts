/**
 * Describing a passage with selectors, and re-attaching selectors to a page:
 * the stored position if it still holds the quote, else the quote found
 * exactly (disambiguated by context and nearness), else found approximately.
 * A target that fails all three is an orphan: null is returned and the caller
 * keeps the record; nothing here ever decides to delete one.
 */
import type { BodyTextIndex } from './body-text';
import { contextHolds, prepareQuote, type PreparedQuote } from './quote-match';
import { isSpaceCode, normalizeForSearch, searchIndexAtOrAfter } from './search-text';
import { parseStoredSelectors, storedSelectors } from './stored-selectors';
import { TextPositionAnchor } from './text-position';
import { TextQuoteAnchor } from './text-quote';
import type { AnchorResult, StoredSelectors, TextPositionSelector, TextQuoteSelector, TextSelector } from './types';

/** What can be re-attached: the stored envelope or a bare selector list. */
export type AnchorTarget = StoredSelectors | readonly TextSelector[];

export interface AnchorOptions {
  /** Body-text offset where the quote is expected; defaults to the stored position. */
  hint?: number;
}

/**
 * Selectors for body-text offsets [start, end). Whitespace at either edge is
 * left out (a triple-click selection ends in a newline), so the selectors
 * describe what the reader sees. Throws a RangeError when the offsets are not
 * a span of the body text or cover only whitespace.
 */
export function describeOffsets(index: BodyTextIndex, start: number, end: number): StoredSelectors {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= index.length)) {
    throw new RangeError(`Offsets [${start}, ${end}) are not a span of the body text (length ${index.length})`);
  }
  const text = index.text;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (start === end) throw new RangeError('Nothing but whitespace to describe');
  return storedSelectors([
    TextQuoteAnchor.fromOffsets(index, start, end),
    TextPositionAnchor.fromOffsets(index, start, end),
  ]);
}

/** Selectors for a Range (a selection); null when it is outside the body or holds no visible text. */
export function describeRange(index: BodyTextIndex, range: AbstractRange): StoredSelectors | null {
  const span = index.rangeOffsets(range);
  if (!span) return null;
  const text = index.text.slice(span.start, span.end);
  if (normalizeForSearch(text).trim().length === 0) return null;
  return describeOffsets(index, span.start, span.end);
}

/** A target's selectors, validated and split by kind. */
export interface ReadTarget {
  position: TextPositionSelector | null;
  quote: TextQuoteSelector | null;
  prepared: PreparedQuote | null;
}

export function readTarget(target: AnchorTarget): ReadTarget | null {
  const parsed = parseStoredSelectors(target);
  if (!parsed.ok) return null;
  let position: TextPositionSelector | null = null;
  let quote: TextQuoteSelector | null = null;
  for (const s of parsed.value.selectors) {
    if (s.type === 'TextPositionSelector' && !position) position = s;
    else if (s.type === 'TextQuoteSelector' && !quote) quote = s;
  }
  return { position, quote, prepared: quote ? prepareQuote(quote) : null };
}

/**
 * The stored position, if it still holds the quote (compared raw, then with
 * whitespace normalised, since other writers may have collapsed it) in its
 * context; when the context disagrees, the quote search decides instead (it
 * may well pick the same place). A position with no quote to check against is
 * taken as it is.
 */
export function anchorByPosition(index: BodyTextIndex, t: ReadTarget): AnchorResult | null {
  if (!t.position) return null;
  const span = TextPositionAnchor.toOffsets(index, t.position);
  if (!span) return null;
  if (t.quote) {
    const here = index.text.slice(span.start, span.end);
    if (here !== t.quote.exact && (!t.prepared || normalizeForSearch(here).trim() !== t.prepared.exact)) return null;
    if (t.prepared && !rawContextMatches(index, t.prepared, span.start, span.end)) {
      const search = index.searchText();
      const start = searchIndexAtOrAfter(search, span.start);
      const end = start + t.prepared.exact.length;
      if (!contextHolds(search, t.prepared, start, end)) return null;
    }
  } else if (span.start === span.end) {
    return null;
  }
  return { start: span.start, end: span.end, method: 'position', score: 1 };
}

/**
 * Fast path for the usual case, an unchanged page: the raw text around the
 * span, normalised, carries the stored context verbatim. Saves building the
 * search text when every target is still where it was. (The window is wide
 * enough for the whitespace runs of indented markup to collapse.)
 */
function rawContextMatches(index: BodyTextIndex, q: PreparedQuote, start: number, end: number): boolean {
  const reach = 4 * Math.max(q.prefix.length, q.suffix.length) + 64;
  const before = normalizeForSearch(index.text.slice(Math.max(0, start - reach), start));
  if (!before.endsWith(q.prefix)) return false;
  const after = normalizeForSearch(index.text.slice(end, end + reach));
  return after.startsWith(q.suffix);
}

/** Re-attaches one target; null when it is an orphan on this page (or unreadable). */
export function anchor(index: BodyTextIndex, target: AnchorTarget, options: AnchorOptions = {}): AnchorResult | null {
  const t = readTarget(target);
  if (!t) return null;
  const byPosition = anchorByPosition(index, t);
  if (byPosition) return byPosition;
  if (!t.quote) return null;
  const match = TextQuoteAnchor.toOffsets(index, t.quote, { hint: options.hint ?? t.position?.start });
  return match ? { start: match.start, end: match.end, method: match.method, score: match.score } : null;
}
