/**
 * TextPositionSelector <-> body-text offsets and Ranges. Positions count
 * characters of body.textContent, so they are cheap to check and exact while
 * the page is unchanged, and meaningless once anything above them changes;
 * anchoring therefore only trusts a position that still holds the quote.
 */
import type { BodyTextIndex } from './body-text';
import type { TextPositionSelector } from './types';

export interface TextSpan {
  start: number;
  end: number;
}

function validSpan(index: BodyTextIndex, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= index.length;
}

export const TextPositionAnchor = {
  /** Throws a RangeError for offsets outside the body text. */
  fromOffsets(index: BodyTextIndex, start: number, end: number): TextPositionSelector {
    if (!validSpan(index, start, end)) {
      throw new RangeError(`Offsets [${start}, ${end}) are not a span of the body text (length ${index.length})`);
    }
    return { type: 'TextPositionSelector', start, end };
  },

  /** Null when the range lies outside the indexed body. */
  fromRange(index: BodyTextIndex, range: AbstractRange): TextPositionSelector | null {
    const span = index.rangeOffsets(range);
    return span ? { type: 'TextPositionSelector', start: span.start, end: span.end } : null;
  },

  /** Null when the selector no longer fits the body text. */
  toOffsets(index: BodyTextIndex, selector: TextPositionSelector): TextSpan | null {
    return validSpan(index, selector.start, selector.end) ? { start: selector.start, end: selector.end } : null;
  },

  toRange(index: BodyTextIndex, selector: TextPositionSelector): Range | null {
    const span = TextPositionAnchor.toOffsets(index, selector);
    return span ? index.toRange(span.start, span.end) : null;
  },
};
