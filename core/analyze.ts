/**
 * The page's analysis in one call — the article, its speakers and their
 * claims — shared by the content script and the CLI so both see the same
 * thing. Claims are located with the same selectors as highlights, counted
 * in the body's text, so the content script can find them on the page and
 * stored statuses can find their claim again.
 */
import { extractArticleSteps } from './extract/index';
import type { ExtractedArticle } from './extract/types';
import { attributeSteps } from './attribution/index';
import { runToEnd, timedSteps, type Steps } from './steps';
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
  /** Wall time of each stage: extraction, attribution alone, and locating the claims on the page. */
  ms: { extract: number; attribute: number; selectors: number };
}

/**
 * The first half of the analysis: the article, and the body-text snapshot its
 * claims will be located in, taken in the same step as the article's text is
 * rendered so both see the same page.
 */
export interface ExtractedPage {
  article: ExtractedArticle | null;
  /** Null when there is no article to attribute. */
  index: BodyTextIndex | null;
  ms: { extract: number; selectors: number };
}

const clock = () => (globalThis.performance ?? Date).now();

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

export function extractPage(doc: Document, options: { url?: string } = {}): ExtractedPage {
  return runToEnd(extractPageSteps(doc, options));
}

export function* extractPageSteps(doc: Document, options: { url?: string } = {}): Steps<ExtractedPage> {
  const { value: article, ms: extractMs } = yield* timedSteps(extractArticleSteps(doc, options), clock);
  if (!article || !article.isArticle) return { article, index: null, ms: { extract: extractMs, selectors: 0 } };
  // No pause since the article's last step: the points it hands out must be read in the same DOM.
  const t0 = clock();
  const index = BodyTextIndex.fromDocument(doc);
  return { article, index, ms: { extract: extractMs, selectors: clock() - t0 } };
}

/** The second half: speakers and claims of the extracted article, each claim with its selectors. */
export function attributePage(page: ExtractedPage): DocumentAnalysis {
  return runToEnd(attributePageSteps(page));
}

/** Claims located between two pauses: each is a few binary searches and a slice. */
const CLAIMS_PER_STEP = 16;

/**
 * The second half in steps (a paragraph of attribution, or a batch of
 * claims' selectors, per step). Times in `ms` count only the work, not the
 * pauses between steps.
 */
export function* attributePageSteps(page: ExtractedPage): Steps<DocumentAnalysis> {
  const { article, index } = page;
  if (!article || !article.isArticle || !index) {
    return { article, speakers: [], claims: [], ms: { extract: page.ms.extract, attribute: 0, selectors: page.ms.selectors } };
  }
  const { value: found, ms: attributeMs } = yield* timedSteps(
    attributeSteps({
      paragraphs: article.blocks.map((b) => ({ text: b.text, start: b.start })),
      authors: splitAuthors(article.byline),
    }),
    clock,
  );
  let selectorsMs = page.ms.selectors;
  let resumed = clock();
  const claims: AnalyzedClaim[] = [];
  for (const [i, { start, end, ...claim }] of found.claims.entries()) {
    const span = bodySpan(article, index, start, end);
    // A claim we cannot point at on the page could not be shown or marked: leave it out.
    if (span) claims.push({ ...claim, selector: describeOffsets(index, span[0], span[1]).selectors });
    if ((i + 1) % CLAIMS_PER_STEP === 0) {
      selectorsMs += clock() - resumed;
      yield;
      resumed = clock();
    }
  }
  selectorsMs += clock() - resumed;
  const quoted = new Set(claims.map((c) => c.speakerId));
  const speakers = found.speakers.filter((s) => quoted.has(s.id));
  return { article, speakers, claims, ms: { extract: page.ms.extract, attribute: attributeMs, selectors: selectorsMs } };
}

export function analyzeDocument(doc: Document, options: { url?: string } = {}): DocumentAnalysis {
  return runToEnd(analyzeDocumentSteps(doc, options));
}

/** The whole analysis in steps: what the content script spreads over idle callbacks. */
export function* analyzeDocumentSteps(doc: Document, options: { url?: string } = {}): Steps<DocumentAnalysis> {
  const page = yield* extractPageSteps(doc, options);
  return yield* attributePageSteps(page);
}
