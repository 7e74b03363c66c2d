import { extractArticle } from './extract/index';
import type { ExtractedArticle } from './extract/types';
import type { Speaker, FoundClaim } from './attribution/types';
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

export function analyzeDocument(doc: Document, options: { url?: string } = {}): DocumentAnalysis {
  const t0 = performance.now();
  const article = extractArticle(doc, options);
  const t1 = performance.now();
  return { article, speakers: [], claims: [], ms: { extract: t1 - t0, attribute: 0 } };
}
