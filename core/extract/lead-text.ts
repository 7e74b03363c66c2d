import type { RenderedText } from './block-text';
import { collapsedText } from './dom';

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The element showing the story's headline: the first <h1> when it says the
 * title, else the first of the page's top headings that does. A breadcrumb or
 * section name in the first <h1> (public broadcasters' templates) is not where
 * the story starts.
 */
export function visibleHeadline(doc: Document, firstH1: Element | null, title: string | null): Element | null {
  if (!title) return firstH1;
  const want = words(title).join(' ');
  if (want === '') return firstH1;
  const says = (el: Element): boolean => {
    const got = words(collapsedText(el)).join(' ');
    return got !== '' && (got === want || (got.length >= 0.6 * want.length && (want.includes(got) || got.includes(want))));
  };
  if (firstH1 && says(firstH1)) return firstH1;
  const headings = Array.from(doc.querySelectorAll('h1, h2')).slice(0, 30);
  return headings.find(says) ?? firstH1;
}

/** `a` then `b` as one text, a blank line between them; `b`'s offsets move along. */
export function joinRendered(a: RenderedText, b: RenderedText): RenderedText {
  if (a.text === '') return b;
  if (b.text === '') return a;
  const shift = a.text.length + 2;
  return {
    text: `${a.text}\n\n${b.text}`,
    blocks: [...a.blocks, ...b.blocks.map((blk) => ({ ...blk, start: blk.start + shift }))],
    segments: [...a.segments, ...b.segments.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }))],
  };
}
