/**
 * TEMPORARY stand-in for the article extractor (issue 3): the text of `<article>`'s p, blockquote, h2 and li
 * elements in order, joined with blank lines, with each block's start offset. The lead replaces it with
 * `analyzeDocument` once the extractor lands; nothing else should depend on it.
 */
import { parseHTML } from 'linkedom';

export interface FixtureArticle {
  paragraphs: { text: string; start: number }[];
  text: string;
  authors: string[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function articleParagraphs(html: string): FixtureArticle {
  const { document } = parseHTML(html);
  const root = document.querySelector('article') ?? document.body;
  const blocks: string[] = [];
  for (const el of root.querySelectorAll('p, blockquote, h2, li')) {
    // A blockquote holding paragraphs is read through its paragraphs.
    if (el.tagName === 'BLOCKQUOTE' && el.querySelector('p')) continue;
    const text = collapse(el.textContent ?? '');
    if (text) blocks.push(text);
  }
  const paragraphs: { text: string; start: number }[] = [];
  let offset = 0;
  for (const text of blocks) {
    paragraphs.push({ text, start: offset });
    offset += text.length + 2;
  }
  const authors = [
    ...(document.querySelector('meta[name="author"]')?.getAttribute('content') ?? '').split(/\s*,\s*/),
    ...[...document.querySelectorAll('[rel="author"]')].map((a) => collapse(a.textContent ?? '')),
  ].filter(Boolean);
  return { paragraphs, text: blocks.join('\n\n'), authors };
}
