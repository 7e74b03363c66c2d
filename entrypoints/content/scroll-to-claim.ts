/**
 * Scrolls the page to a claim and marks it briefly. The mark is a CSS custom
 * highlight, like the reader's own highlights: nothing is added to the DOM.
 */
import type { TextSelector } from '../../core/anchoring/types';
import { anchor } from '../../core/anchoring/anchor';
import { BodyTextIndex } from '../../core/anchoring/body-text';

const FLASH_MS = 2000;
let clearFlash: ReturnType<typeof setTimeout> | undefined;

export function scrollToClaim(doc: Document, selector: TextSelector[]): boolean {
  const index = BodyTextIndex.fromDocument(doc);
  const found = anchor(index, selector);
  const range = found ? index.toRange(found.start, found.end) : null;
  if (!range) return false;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    CSS.highlights.set('newsmark-flash', new Highlight(range));
    clearTimeout(clearFlash);
    clearFlash = setTimeout(() => CSS.highlights.delete('newsmark-flash'), FLASH_MS);
  }
  return true;
}
