/**
 * A fixture page's article as the content script sees it: parsed with
 * linkedom and run through the real extractor, so the claim fixtures measure
 * the whole pipeline (what the extractor keeps is what attribution reads).
 */
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../core/extract/index';

export interface FixtureArticle {
  paragraphs: { text: string; start: number }[];
  text: string;
  authors: string[];
}

export function articleParagraphs(html: string): FixtureArticle {
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document);
  if (!article) return { paragraphs: [], text: '', authors: [] };
  return {
    paragraphs: article.blocks.map((b) => ({ text: b.text, start: b.start })),
    text: article.text,
    authors: article.byline ? article.byline.split(/\s*,\s*/).filter(Boolean) : [],
  };
}
