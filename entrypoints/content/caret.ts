/**
 * The text position under a point on screen, for a click on painted text (a highlight, a claim shown on
 * the page): the CSS Custom Highlight API paints without elements, so the event target cannot say which
 * range was hit. Firefox has caretPositionFromPoint, Chromium long had only caretRangeFromPoint.
 */
export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
