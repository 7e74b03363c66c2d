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
    afterScroll(doc.defaultView ?? window, () => {
      clearFlash = setTimeout(() => CSS.highlights.delete('newsmark-flash'), FLASH_MS);
    });
  }
  return true;
}

/**
 * The mark is there for the reader's eye, so its time runs from when the scroll arrives: a smooth scroll on
 * a busy page can take longer than the mark lasts, and the reader would land on nothing. `scrollend` never
 * fires when the claim is already in view, hence the short wait for a first scroll, and a cap in case the
 * page swallows the end of it.
 */
function afterScroll(view: Window, then: () => void): void {
  let done = false;
  let scrolled = false;
  const finish = () => {
    if (done) return;
    done = true;
    view.removeEventListener('scroll', onScroll);
    view.removeEventListener('scrollend', finish);
    then();
  };
  const onScroll = () => {
    scrolled = true;
  };
  view.addEventListener('scroll', onScroll, { passive: true });
  view.addEventListener('scrollend', finish);
  setTimeout(() => {
    if (!scrolled) finish();
  }, 300);
  setTimeout(finish, 10_000);
}
