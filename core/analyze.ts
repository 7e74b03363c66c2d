/**
 * The page's analysis in one call — the article, its speakers and their
 * claims — shared by the content script and the CLI so both see the same
 * thing. Claims are located with the same selectors as highlights, counted
 * in the body's text, so the content script can find them on the page and
 * stored statuses can find their claim again.
 */
import { extractArticle } from './extract/index';
import type { ExtractedArticle } from './extract/types';
import { attribute } from './attribution/index';
import type { FoundClaim, Speaker } from './attribution/types';
import { BodyTextIndex } from './anchoring/body-text';
import { describeOffsets } from './anchoring/anchor';
import type { TextSelector } from './anchoring/types';

export interface AnalyzedClaim extends Omit<FoundClaim, 'start' | 'end'> {
  selector: TextSelector[];
}

export interface DocumentAnalysis {
  article: ExtractedArticle | null;
  speakers: Speaker[];
  claims: AnalyzedClaim[];
  ms: { extract: number; attribute: number };
}

function splitAuthors(byline: string | null): string[] {
  return byline ? byline.split(/\s*,\s*/).filter(Boolean) : [];
}

/** Body-text offsets of article-text offsets [start, end), or null where the text was synthesised. */
function bodySpan(article: ExtractedArticle, index: BodyTextIndex, start: number, end: number): [number, number] | null {
  const first = article.pointAt(start);
  const last = article.pointAt(end - 1);
  if (!first || !last) return null;
  const from = index.offsetOfPoint(first);
  const to = index.offsetOfPoint(last);
  return from === null || to === null || to < from ? null : [from, to + 1];
}

export function analyzeDocument(doc: Document, options: { url?: string } = {}): DocumentAnalysis {
  const clock = globalThis.performance ?? Date;
  const t0 = clock.now();
  const article = extractArticle(doc, options);
  const t1 = clock.now();
  if (!article || !article.isArticle) {
    return { article, speakers: [], claims: [], ms: { extract: t1 - t0, attribute: 0 } };
  }
  const found = attribute({
    paragraphs: article.blocks.map((b) => ({ text: b.text, start: b.start })),
    authors: splitAuthors(article.byline),
  });
  const index = BodyTextIndex.fromDocument(doc);
  const claims: AnalyzedClaim[] = [];
  for (const { start, end, ...claim } of found.claims) {
    const span = bodySpan(article, index, start, end);
    // A claim we cannot point at on the page could not be shown or marked: leave it out.
    if (!span) continue;
    claims.push({ ...claim, selector: describeOffsets(index, span[0], span[1]).selectors });
  }
  const quoted = new Set(claims.map((c) => c.speakerId));
  const speakers = found.speakers.filter((s) => quoted.has(s.id));
  return { article, speakers, claims, ms: { extract: t1 - t0, attribute: clock.now() - t1 } };
}
