/**
 * The page's analysis in one call — the article, its speakers and their
 * claims — shared by the content script and the CLI so both see the same
 * thing. Claims are located with the same selectors as highlights, counted
 * in the body's text, so the content script can find them on the page and
 * stored statuses can find their claim again. The stepped halves live in
 * analyze-steps.ts (which the content script loads apart from attribution).
 */
import { attributeSteps } from './attribution/index';
import { runToEnd, type Steps } from './steps';
import {
  attributeExtractedSteps,
  extractPageSteps,
  type AttributionBudget,
  type DocumentAnalysis,
  type ExtractedPage,
} from './analyze-steps';

export { extractPageSteps } from './analyze-steps';
export type { AnalyzedClaim, AttributionBudget, AttributionLimit, DocumentAnalysis, ExtractedPage } from './analyze-steps';

export function extractPage(doc: Document, options: { url?: string } = {}): ExtractedPage {
  return runToEnd(extractPageSteps(doc, options));
}

/** The second half: speakers and claims of the extracted article, each claim with its selectors. */
export function attributePage(page: ExtractedPage, budget?: AttributionBudget): DocumentAnalysis {
  return runToEnd(attributePageSteps(page, budget));
}

export function attributePageSteps(page: ExtractedPage, budget?: AttributionBudget): Steps<DocumentAnalysis> {
  return attributeExtractedSteps(page, attributeSteps, budget);
}

export function analyzeDocument(doc: Document, options: { url?: string; budget?: AttributionBudget } = {}): DocumentAnalysis {
  return runToEnd(analyzeDocumentSteps(doc, options));
}

/** The whole analysis in steps. */
export function* analyzeDocumentSteps(doc: Document, options: { url?: string; budget?: AttributionBudget } = {}): Steps<DocumentAnalysis> {
  const page = yield* extractPageSteps(doc, options);
  return yield* attributePageSteps(page, options.budget);
}
