import { pointAtOffset, renderBlockTextSteps, type RenderedText } from './block-text';
import { chooseContent, type ChosenContent } from './candidates';
import { makeContentFilter } from './content-filter';
import { isBoilerplateElement } from './boilerplate';
import { judgeIsArticle } from './is-article';
import { findStandfirst } from './standfirst';
import { joinRendered, visibleHeadline } from './lead-text';
import { readMetadata, type PageMetadata } from './metadata';
import { scanPageSteps } from './metadata/page-scan';
import { scorePageSteps, type NodeStats, type PageScores } from './scoring';
import type { ArticleBlock, ArticleMetadata, ExtractedArticle } from './types';
import { SHELL_TEXT, pageDataParagraphs } from './page-data-text';
import { findUnreadableContent } from './unreadable';
import { pageBody } from '../page-body';
import { runToEnd, type Steps } from '../steps';

export type { ArticleBlock, ArticleMetadata, ExtractedArticle } from './types';
export { renderBlockText } from './block-text';

export interface ExtractOptions {
  /** The page's address, for resolving links and judging the kind of page. */
  url?: string | null;
}

/** Below this, a strict pass has probably thrown the story away with the furniture. */
const RETRY_BELOW = 250;

interface Attempt {
  scores: PageScores;
  chosen: ChosenContent | null;
  rendered: RenderedText;
  isArticle: boolean;
  /** Characters of paragraph prose in the chosen content. */
  prose: number;
}

function* attempt(scores: PageScores, body: Element, meta: PageMetadata, url: string | null): Steps<Attempt> {
  const chosen = chooseContent(scores, body, meta.headlineElement);
  // Nothing reads as a paragraph (a stub page, a bare list): the body is the best candidate there is.
  const content = chosen ?? { top: body, roots: [body] };
  const skip = makeContentFilter({ scores, roots: content.roots, title: meta.title, authors: meta.authors, headline: meta.headlineElement });
  const stats = sumStats(scores, content.roots);
  const isArticle = judgeIsArticle({ url, meta, content: stats, page: scores.stats.get(body) ?? null });
  const rendered = yield* renderBlockTextSteps(content.roots, { skip });
  return { scores, chosen: content, rendered, isArticle, prose: stats?.paraText ?? 0 };
}

function sumStats(scores: PageScores, roots: readonly Element[]): NodeStats | null {
  let total: NodeStats | null = null;
  for (const r of roots) {
    const s = scores.stats.get(r);
    if (!s) continue;
    if (!total) {
      total = { ...s };
      continue;
    }
    total.text += s.text;
    total.link += s.link;
    total.commas += s.commas;
    total.links += s.links;
    total.paras += s.paras;
    total.paraText += s.paraText;
    total.imgs += s.imgs;
    total.lis += s.lis;
    total.linkItems += s.linkItems;
    total.inputs += s.inputs;
    total.embeds += s.embeds;
    total.linkedHeadings += s.linkedHeadings;
  }
  return total;
}

/**
 * On a front or a listing no single block is the story: the best candidate
 * is one teaser box among many. What a reader of such a page wants is the
 * page's own content region, all of its teasers, without the navigation and
 * footer around it: the element the page marks as its main content, or else
 * the smallest container holding most of the page's prose.
 */
function pageRegion(scores: PageScores, top: Element, body: Element, page: NodeStats): Element {
  if (page.linkedHeadings < 4) return top;
  let widest = top;
  for (let p = top.parentNode as Element | null; p && p !== body && p.nodeType === 1; p = p.parentNode as Element | null) {
    if (p.localName === 'main' || p.getAttribute('role') === 'main') return p;
    const s = scores.stats.get(p);
    if (s && widest === top && s.paraText >= page.paraText * 0.8) widest = p;
  }
  return widest;
}

/**
 * Finds the article in a document without changing it: one scoring walk over
 * the live tree, a choice of container, and one rendering walk that skips
 * furniture. Returns null only when there is no `<body>` to read.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  return runToEnd(extractArticleSteps(doc, options));
}

/**
 * The same, pausing between its walks (scoring, metadata, rendering), so a
 * long page's extraction can be spread over several of the content script's
 * idle callbacks. The page may change between steps: elements added after the
 * scoring walk have no scores and are left out, as late content is until the
 * next analysis; removed ones are simply not rendered.
 */
export function* extractArticleSteps(doc: Document, options: ExtractOptions = {}): Steps<ExtractedArticle | null> {
  // A document with no element at all (only a doctype or a comment) has no body either; some DOMs throw on asking.
  if (!doc.documentElement || !doc.body) return null;
  const body = pageBody(doc)!;
  const url = options.url ?? null;
  const strictScores = yield* scorePageSteps(body, true);
  yield;
  const scan = yield* scanPageSteps(doc);
  const meta = readMetadata(doc, url, strictScores.bylineElements, scan);
  yield;

  let best = yield* attempt(strictScores, body, meta, url);
  if (best.rendered.text.length < RETRY_BELOW) {
    yield;
    const relaxed = yield* attempt(yield* scorePageSteps(body, false), body, meta, url);
    // A genuinely short story must not give way to a longer block of furniture
    // found once markup hints are off: the relaxed pass has to find much more.
    const needed = Math.max(RETRY_BELOW, 2 * best.rendered.text.length);
    if (relaxed.rendered.text.length >= needed) best = relaxed;
  } else if (!best.isArticle) {
    // The strict pass found text but no story: on a story page that means its
    // container was thrown away by its markup (a wrapper classed "widget"),
    // leaving a paywall prompt or a caption as the best block. The relaxed
    // pass is believed only when it finds a story with far more prose than
    // the strict one chose: on a front or a product page it finds the same
    // content plus the masthead the strict pass rightly dropped.
    yield;
    const relaxed = yield* attempt(yield* scorePageSteps(body, false), body, meta, url);
    if (relaxed.isArticle && relaxed.rendered.text.length >= RETRY_BELOW && relaxed.prose >= 3 * best.prose) best = relaxed;
  }

  const { scores, chosen, isArticle } = best;
  let { rendered } = best;
  let roots = chosen?.roots ?? [];
  const page = scores.stats.get(body) ?? null;
  if (!isArticle && chosen && page) {
    const region = pageRegion(scores, chosen.top, body, page);
    if (region !== chosen.top) {
      roots = [region];
      rendered = yield* renderBlockTextSteps(roots, { skip: makeContentFilter({ scores, roots, title: meta.title, authors: meta.authors, headline: meta.headlineElement, listing: true }) });
    }
  }
  const root = roots.length === 1 ? roots[0] : roots.length > 1 ? (roots[0].parentNode as Element) : null;

  // The standfirst under the headline is the story's opening, kept apart from the body's container.
  if (isArticle && roots.length > 0) {
    const bodyStart = rendered.blocks[0]?.element ?? roots[0];
    const lead = findStandfirst({ headline: visibleHeadline(doc, meta.headlineElement, meta.title), bodyStart, title: meta.title, authors: meta.authors, known: (el) => scores.stats.has(el) || !scores.stats.has(el.parentNode as Element) || isBoilerplateElement(el, true) });
    if (lead.length > 0) {
      const leadText = yield* renderBlockTextSteps(lead);
      // A page that repeats its standfirst as the body's first paragraph has it already.
      if (!rendered.text.includes(leadText.text.slice(0, 80))) rendered = joinRendered(leadText, rendered);
    }
  }

  // A script shell: the page as given shows no story, and its data holds one (see page-data-text.ts).
  // Not when the story is drawn already where the extractor cannot read (a shadow root, a frame): the
  // popup says so (unreadable.ts), and a copy from the page's data could not be highlighted either.
  if (!isArticle && (page?.text ?? 0) < SHELL_TEXT && !findUnreadableContent(doc)) {
    const paragraphs = pageDataParagraphs(doc, meta.jsonLd);
    if (paragraphs) {
      const blocks: ArticleBlock[] = [];
      let at = 0;
      for (const para of paragraphs) {
        blocks.push({ element: body, text: para, start: at });
        at += para.length + 2;
      }
      return {
        ...metadataOf(meta, paragraphs[0]),
        isArticle: true,
        fromPageData: true,
        text: paragraphs.join('\n\n'),
        root: null,
        blocks,
        pointAt: () => null,
      };
    }
  }

  // With no description in the metadata, the lead paragraph is the best summary the page has.
  const firstParagraph = rendered.blocks.find((b) => b.element.localName === 'p' && b.text.length >= 20)?.text ?? rendered.blocks[0]?.text ?? null;
  const segments = rendered.segments;
  return {
    ...metadataOf(meta, firstParagraph),
    isArticle,
    text: rendered.text,
    root,
    blocks: rendered.blocks,
    pointAt: (offset: number) => pointAtOffset(segments, offset),
  };
}

function metadataOf(meta: PageMetadata, firstParagraph: string | null): ArticleMetadata & { jsonLd: readonly unknown[] } {
  return {
    title: meta.title,
    byline: meta.byline,
    authors: meta.authors,
    siteName: meta.siteName,
    published: meta.published,
    modified: meta.modified,
    canonicalUrl: meta.canonicalUrl,
    language: meta.language,
    description: meta.description ?? firstParagraph,
    image: meta.image,
    sources: meta.sources,
    alternateTitles: meta.alternateTitles,
    jsonLd: meta.jsonLd,
  };
}
