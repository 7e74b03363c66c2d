/** A highlight's words: its TextQuoteSelector's exact text (every stored highlight has one). */
import type { HighlightRecord } from '../../model';

export function quoteOf(h: HighlightRecord): string {
  const q = h.target.selector.selectors.find((s) => s.type === 'TextQuoteSelector');
  return q && 'exact' in q ? q.exact : '';
}
