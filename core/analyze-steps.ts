/**
 * The page's analysis in steps, without a static import of attribution: the
 * content script loads extraction and attribution as separate scripts (each
 * compiled in its own task), so the attribution step is handed in. Callers
 * that have everything at hand use core/analyze.ts, which binds it.
 *
 * A budget bounds the work on pages of any size: attribution reads the
 * article's paragraphs up to a number of characters and says how many it
 * read, and a paragraph longer than a screenful of text (a `<pre>` dump, a
 * page with no paragraph breaks) is read in pieces cut at line or sentence
 * ends, so no single step grows with the size of the page.
 */
import { extractArticleSteps } from './extract/index';
import type { ExtractedArticle } from './extract/types';
import type { AttributionInput, AttributionResult, FoundClaim, Speaker } from './attribution/types';
import { timedSteps, type Steps } from './steps';
import { BodyTextIndex } from './anchoring/body-text';
import { describeOffsets } from './anchoring/anchor';
import type { TextSelector } from './anchoring/types';

export interface AnalyzedClaim extends Omit<FoundClaim, 'start' | 'end'> {
  selector: TextSelector[];
}

/**
 * How much of a long article was attributed, when not all of it was, in
 * units a reader can check: characters of the article's text, and whole
 * paragraphs (a `<pre>` transcript is one block: "1 of 1 paragraphs" would
 * say it was read in full when 3% of it was).
 */
export interface AttributionLimit {
  /** Characters of the article's text read (blank lines between paragraphs not counted). */
  chars: number;
  /** Characters in the article's paragraphs. */
  ofChars: number;
  /** Paragraphs read to their end (one read in part is not counted). */
  paragraphs: number;
  /** Paragraphs in the article. */
  of: number;
}

export interface DocumentAnalysis {
  article: ExtractedArticle | null;
  speakers: Speaker[];
  claims: AnalyzedClaim[];
  /** Set when the budget stopped attribution before the end of the article. */
  limited?: AttributionLimit | null;
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

/**
 * A page whose body-text index is taken only once attribution found claims
 * to locate in it (content appended to an article: see analyze-appended.ts).
 */
export interface LaterIndexPage extends Omit<ExtractedPage, 'index'> {
  index: () => Steps<BodyTextIndex>;
}

export type AttributeStepsFn = (input: AttributionInput) => Steps<AttributionResult>;

export interface AttributionBudget {
  /** Characters of article text attributed at most; the rest of the article is left unread. */
  maxChars: number;
  /** A paragraph longer than this is read in pieces of at most this many characters. */
  maxParagraphChars: number;
  /**
   * An article longer than `over` characters (a whole book's worth, a page
   * no one reads to its end in one sitting) is attributed only to
   * `maxChars`: on such a page reading and scoring its DOM has already taken
   * most of the time the reader waits, and the popup says how much was read.
   */
  longArticle?: { over: number; maxChars: number };
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

export function* extractPageSteps(doc: Document, options: { url?: string } = {}): Steps<ExtractedPage> {
  const { value: article, ms: extractMs } = yield* timedSteps(extractArticleSteps(doc, options), clock);
  if (!article || !article.isArticle) return { article, index: null, ms: { extract: extractMs, selectors: 0 } };
  // Straight after the article's last step, so the points it hands out are read in the same DOM.
  // On a huge page the walk pauses (see BodyTextIndex.fromRootSteps); a claim whose
  // text the page changed meanwhile is then not found in the index, and left out.
  const { value: index, ms: indexMs } = yield* timedSteps(BodyTextIndex.fromDocumentSteps(doc), clock);
  return { article, index, ms: { extract: extractMs, selectors: indexMs } };
}

/**
 * Where to cut `text` at or before `max`: after the last line break, else
 * after the last sentence end, else at the last space; `max` if none.
 */
function cutPoint(text: string, max: number): number {
  const head = text.slice(0, max);
  const line = head.lastIndexOf('\n');
  if (line > max / 2) return line + 1;
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('." '), head.lastIndexOf('.” '));
  if (sentence > max / 2) return head.indexOf(' ', sentence + 1) + 1;
  const space = head.lastIndexOf(' ');
  return space > max / 2 ? space + 1 : max;
}

/** The paragraphs attribution reads under `budget`, and how far into the article they reach. */
export function budgetParagraphs(
  blocks: readonly { text: string; start: number }[],
  budget: AttributionBudget | undefined,
): { paragraphs: { text: string; start: number }[]; limited: AttributionLimit | null } {
  if (!budget) return { paragraphs: blocks.map((b) => ({ text: b.text, start: b.start })), limited: null };
  const paragraphs: { text: string; start: number }[] = [];
  let ofChars = 0;
  for (const b of blocks) ofChars += b.text.length;
  let left = budget.longArticle && ofChars > budget.longArticle.over ? Math.min(budget.maxChars, budget.longArticle.maxChars) : budget.maxChars;
  let read = 0;
  const limit = (whole: number) => ({ chars: read, ofChars, paragraphs: whole, of: blocks.length });
  for (const [i, block] of blocks.entries()) {
    let text = block.text;
    let start = block.start;
    const whole = text.length <= left;
    if (!whole) text = text.slice(0, cutPoint(text, left));
    read += text.length;
    while (text.length > budget.maxParagraphChars) {
      const cut = cutPoint(text, budget.maxParagraphChars);
      paragraphs.push({ text: text.slice(0, cut), start });
      text = text.slice(cut);
      start += cut;
    }
    if (text) paragraphs.push({ text, start });
    left -= whole ? block.text.length : left;
    if (!whole) return { paragraphs, limited: limit(i) };
    if (left <= 0 && i < blocks.length - 1) return { paragraphs, limited: limit(i + 1) };
  }
  return { paragraphs, limited: null };
}

/** Claims located between two pauses: each is a few binary searches and a slice. */
const CLAIMS_PER_STEP = 16;

/**
 * The second half in steps (a paragraph of attribution, or a batch of
 * claims' selectors, per step). Times in `ms` count only the work, not the
 * pauses between steps.
 */
export function* attributeExtractedSteps(
  page: ExtractedPage | LaterIndexPage,
  attributeSteps: AttributeStepsFn,
  budget?: AttributionBudget,
): Steps<DocumentAnalysis> {
  const { article } = page;
  if (!article || !article.isArticle || !page.index) {
    return { article, speakers: [], claims: [], ms: { extract: page.ms.extract, attribute: 0, selectors: page.ms.selectors } };
  }
  const { paragraphs, limited } = budgetParagraphs(article.blocks, budget);
  const { value: found, ms: attributeMs } = yield* timedSteps(attributeSteps({ paragraphs, authors: splitAuthors(article.byline) }), clock);
  let selectorsMs = page.ms.selectors;
  let index: BodyTextIndex;
  if (typeof page.index === 'function') {
    // Nothing to locate: the page's text is not walked at all.
    if (found.claims.length === 0) return { article, speakers: [], claims: [], limited, ms: { extract: page.ms.extract, attribute: attributeMs, selectors: selectorsMs } };
    const walked = yield* timedSteps(page.index(), clock);
    selectorsMs += walked.ms;
    index = walked.value;
  } else {
    index = page.index;
  }
  // What locating claims builds on first use covers the whole page: built in steps first. Only the
  // node map: a claim's quote takes its context from the text around it, not the page's whole search text.
  if (found.claims.length > 0) selectorsMs += (yield* timedSteps(index.prepareSteps({ search: false }), clock)).ms;
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
  return { article, speakers, claims, limited, ms: { extract: page.ms.extract, attribute: attributeMs, selectors: selectorsMs } };
}
