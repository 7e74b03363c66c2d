/**
 * TextQuoteSelector <-> body-text offsets and Ranges. `exact` is the body text
 * itself; prefix and suffix are 32 characters of what a reader sees around it
 * (whitespace collapsed, script/style text skipped), which survives pages
 * re-indenting their markup between visits.
 */
import type { BodyTextIndex } from './body-text';
import { findExact, findFuzzy, isWeakExact, prepareQuote, type QuoteCandidate } from './quote-match';
import { searchIndexAtOrAfter, searchSpanToBody } from './search-text';
import type { AnchorMethod, TextQuoteSelector } from './types';

export const CONTEXT_LENGTH = 32;

export interface QuoteMatch {
  /** Body-text span. */
  start: number;
  end: number;
  method: Extract<AnchorMethod, 'quote' | 'fuzzy'>;
  score: number;
}

export interface QuoteMatchOptions {
  /** Body-text offset where the quote is expected (its old position). */
  hint?: number;
  /** Allow approximate matches (default true). */
  fuzzy?: boolean;
}

export function candidateToMatch(index: BodyTextIndex, c: QuoteCandidate): QuoteMatch {
  const span = searchSpanToBody(index.searchText(), c.start, c.end);
  return { start: span.start, end: span.end, method: c.fuzzy ? 'fuzzy' : 'quote', score: c.score };
}

export const TextQuoteAnchor = {
  /** Throws a RangeError for offsets outside the body text. */
  fromOffsets(index: BodyTextIndex, start: number, end: number): TextQuoteSelector {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= index.length)) {
      throw new RangeError(`Offsets [${start}, ${end}) are not a span of the body text (length ${index.length})`);
    }
    const search = index.searchTextAround(start, end, CONTEXT_LENGTH);
    const from = searchIndexAtOrAfter(search, start);
    const to = searchIndexAtOrAfter(search, end);
    return {
      type: 'TextQuoteSelector',
      exact: index.text.slice(start, end),
      prefix: search.text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: search.text.slice(to, to + CONTEXT_LENGTH),
    };
  },

  /** Null when the range lies outside the indexed body. */
  fromRange(index: BodyTextIndex, range: AbstractRange): TextQuoteSelector | null {
    const span = index.rangeOffsets(range);
    return span ? TextQuoteAnchor.fromOffsets(index, span.start, span.end) : null;
  },

  /**
   * Finds the quote: the best exact occurrence (by context and nearness to
   * `hint`), else the best acceptable approximate one. Null when neither.
   */
  toOffsets(index: BodyTextIndex, selector: TextQuoteSelector, options: QuoteMatchOptions = {}): QuoteMatch | null {
    const q = prepareQuote(selector);
    if (!q) return null;
    const search = index.searchText();
    const hint = options.hint === undefined ? undefined : searchIndexAtOrAfter(search, options.hint);
    const exact = findExact(search, q, hint);
    if (exact && (!isWeakExact(exact) || options.fuzzy === false)) return candidateToMatch(index, exact);
    if (options.fuzzy === false) return null;
    const fuzzy = findFuzzy(search, q, { hint });
    const best = exact && (!fuzzy || exact.score >= fuzzy.score) ? exact : fuzzy;
    return best ? candidateToMatch(index, best) : null;
  },

  toRange(index: BodyTextIndex, selector: TextQuoteSelector, options: QuoteMatchOptions = {}): Range | null {
    const match = TextQuoteAnchor.toOffsets(index, selector, options);
    return match ? index.toRange(match.start, match.end) : null;
  },
};
