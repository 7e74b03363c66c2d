/** Skeleton: exact quote search over body text; the anchoring module replaces it. */
import type { TextSelector } from '../../core/anchoring/types';

export function rangeFromSelectors(doc: Document, selectors: TextSelector[]): Range | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || quote.type !== 'TextQuoteSelector') return null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const at = text.indexOf(quote.exact);
  if (at < 0) return null;
  const point = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > offset) i--;
    return { node: nodes[i], offset: offset - starts[i] };
  };
  const s = point(at);
  const e = point(at + quote.exact.length);
  const range = doc.createRange();
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset);
  return range;
}
