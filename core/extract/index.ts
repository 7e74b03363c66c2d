/**
 * First extractor: the walking skeleton's. Takes <article> (or <main>, or the
 * body) and its paragraphs. The extraction issue replaces this with the real one.
 */
import type { ExtractedArticle } from './types';
import type { TextPoint } from '../anchoring/types';

export type { ExtractedArticle } from './types';

function meta(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

export function extractArticle(doc: Document, _options: { url?: string } = {}): ExtractedArticle | null {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return null;
  const blocks: ExtractedArticle['blocks'] = [];
  let text = '';
  for (const element of Array.from(root.querySelectorAll('p, h2, h3, li, blockquote'))) {
    const blockText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!blockText) continue;
    if (text) text += '\n\n';
    blocks.push({ element, text: blockText, start: text.length });
    text += blockText;
  }
  const title =
    meta(doc, 'meta[property="og:title"]') ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.title ?? null;
  return {
    isArticle: !!doc.querySelector('article'),
    text,
    root,
    blocks,
    title,
    byline: meta(doc, 'meta[name="author"]'),
    siteName: meta(doc, 'meta[property="og:site_name"]'),
    published: meta(doc, 'meta[property="article:published_time"]'),
    modified: null,
    canonicalUrl: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    language: doc.documentElement.getAttribute('lang'),
    description: meta(doc, 'meta[name="description"]'),
    image: meta(doc, 'meta[property="og:image"]'),
    pointAt: (_offset: number): TextPoint | null => null,
  };
}
