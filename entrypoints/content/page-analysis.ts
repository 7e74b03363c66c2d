/**
 * The page's analysis, computed once the page is idle so the news site's own
 * work comes first, and again after in-page navigation. All of it (the
 * extraction's walks, attribution, the claims' selectors) runs in steps,
 * each slice within the idle period and never past IDLE_SLICE_MS, because
 * the whole can hold the main thread for longer than the 50 ms a page may be
 * blocked at a time (bench:content, bench:page measure it); a short page
 * still finishes in one callback. Attribution's code is a separate part of
 * the content script, loaded once extraction found an article.
 *
 * When the popup asks before the work is done, the rest is hurried, not run
 * at once: slices follow each other on the next turn of the event loop (run-sliced.ts) instead of waiting
 * for idle time, so the page still gets its thread back between them; after
 * a bounded wait the popup is told the analysis is still running and asks
 * again. A budget (PAGE_BUDGET) bounds attribution on pages of any size.
 *
 * Content appended to the article after its analysis (an infinite feed, a
 * live blog, "load more") is analysed at idle once it has settled, alone,
 * and merged into the analysis the page has (core/analyze-appended.ts); the
 * popup meanwhile gets the analysis it already has, never a wait. Text added
 * other than as new elements (a bare Text node) makes the page be read again.
 */
import { extractPageSteps, attributeExtractedSteps, type AttributeStepsFn, type AttributionBudget, type DocumentAnalysis } from '../../core/analyze-steps';
import { IDLE_SLICE_MS, runUntil, type Steps } from '../../core/steps';
import { articleKey, type SameSite } from '../../core/article-key';
import { findUnreadableContent, type UnreadableContent } from '../../core/extract/unreadable';
import type { ArticleRef } from '../../messaging/protocol';
import { claimReviewsFrom, claimReviewsIn, type PageClaimReview } from '../../core/fact-check';
import { warmAttribution } from './warm-attribution';
import { analyzeAppendedSteps } from '../../core/analyze-appended';
import { nextTurn } from './run-sliced';

const now = () => performance.now();

/**
 * About 10,000 words, longer than nearly every news article (a long read is
 * 3,000-8,000): beyond it the popup says which part was read. Pieces of one
 * paragraph are at most a few screens long, so that no single attribution
 * step grows with the page. Attribution's last step compares every claim
 * with every other (core/attribution), so the budget also bounds that step:
 * in Chromium on the 5 MB article it was 25-30 ms at 60,000 characters (about
 * 300 claims) and 140-800 ms at 200,000 (900-2,600 claims).
 */
export const PAGE_BUDGET: AttributionBudget = {
  maxChars: 60_000,
  maxParagraphChars: 4_000,
  // A book-length page (bench:page's 5 MB article: 3.3 million characters, 117,000 elements): its walks
  // take 1.5-2 s of CPU before attribution starts, so attribution reads its first screens only.
  longArticle: { over: 500_000, maxChars: 20_000 },
};

/** How long an idle callback may wait before it runs anyway (a page that is never idle is still analysed). */
const IDLE_TIMEOUT_MS = 2000;
/** Appended content: quiet time before it is analysed, at most this long after it first arrived. */
const APPENDED_SETTLE_MS = 800;
const APPENDED_MAX_WAIT_MS = 3000;
/** Less new text than this is not new article content (a counter, a "new posts" badge). */
const APPENDED_MIN_CHARS = 200;
/** Re-analyses for appended content per page: a feed read for an hour does not re-read the page for ever. */
const MAX_REFRESHES = 50;

export interface CurrentAnalysis {
  url: string;
  article: ArticleRef;
  result: DocumentAnalysis;
  /** No article, and the page's text is where Newsmark cannot read it. */
  unreadable: UnreadableContent | null;
  /** The page's own fact-check verdicts (ClaimReview markup). */
  claimReviews: PageClaimReview[];
}

class Superseded extends Error {}

interface Run {
  url: string;
  /** Slices back to back on timers instead of idle callbacks: someone is waiting. */
  hurry: boolean;
  /** Wakes a run waiting for an idle callback when it is told to hurry. */
  wake: (() => void) | null;
  done: Promise<CurrentAnalysis>;
}

export class PageAnalyzer {
  private current: CurrentAnalysis | null = null;
  private run: Run | null = null;
  private appended: { observer: MutationObserver; timer?: ReturnType<typeof setTimeout>; since: number | null; nodes: Node[] } | null = null;
  /** Characters of text the last analysis read (rendered, and attributed): the whole page, or an appended part. */
  lastRead = 0;
  private refreshes = 0;
  private readonly grown = new Set<(analysis: CurrentAnalysis) => void>();

  constructor(
    private readonly signal: AbortSignal,
    /** Whether a canonical on another host is the same site (SiteVerdicts); unknown means no. */
    private readonly sameSite: SameSite,
    /** Attribution's stepped entry point, loaded when the first article needs it. */
    private readonly loadAttribution: () => Promise<AttributeStepsFn>,
    private readonly budget: AttributionBudget = PAGE_BUDGET,
  ) {
    signal.addEventListener('abort', () => {
      this.run?.wake?.();
      this.stopWatching();
    });
  }

  /** Analyse the page (at idle) unless it is analysed or being analysed already. */
  schedule(onDone?: (analysis: CurrentAnalysis) => void): void {
    const done = this.start();
    if (onDone) done.then(onDone, () => undefined);
  }

  /** Calls `listener` each time content appended to the article was analysed and merged in. */
  onGrown(listener: (analysis: CurrentAnalysis) => void): void {
    this.grown.add(listener);
  }

  /** The finished analysis of the page as it is now, if there is one. */
  finished(): CurrentAnalysis | null {
    return this.current && this.current.url === location.href ? this.current : null;
  }

  /**
   * The analysis of the page as it is now, hurried along if it is not done;
   * null if it is still running after `waitMs` (it goes on, hurried).
   */
  async get(waitMs: number): Promise<CurrentAnalysis | null> {
    const ready = this.finished();
    if (ready) return ready;
    const done = this.start();
    const run = this.run!;
    run.hurry = true;
    run.wake?.();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((ok) => (timer = setTimeout(() => ok(null), waitMs)));
    try {
      return await Promise.race([done, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The article's identity without analysing the page (used while paused, and to list highlights). */
  identity(): ArticleRef {
    const url = location.href;
    return {
      key: articleKey(document, url, this.sameSite),
      url,
      title: document.title || null,
      siteName: null,
      byline: null,
      published: null,
    };
  }

  invalidate(): void {
    this.stopWatching();
    this.refreshes = 0;
    this.current = null;
    this.run?.wake?.();
    this.run = null;
  }

  private start(refresh = false, appended: Node[] | null = null): Promise<CurrentAnalysis> {
    const url = location.href;
    if (this.current?.url === url && !refresh) return Promise.resolve(this.current);
    if (this.run?.url === url) return this.run.done;
    const run: Run = { url, hurry: false, wake: null, done: null! };
    const previous = this.current?.url === url && this.current.result.article?.isArticle ? this.current : null;
    const roots = previous && appended ? appendedRoots(appended) : null;
    run.done = previous && roots ? this.analyseAppended(run, previous, roots) : this.analyse(run);
    // A superseded run is no one's failure; a real one is reported to whoever waits.
    run.done.catch((error) => {
      if (this.run === run) this.run = null;
      if (!(error instanceof Superseded)) console.warn('Newsmark could not analyse this page:', error);
    });
    this.run = run;
    return run.done;
  }

  private async analyse(run: Run): Promise<CurrentAnalysis> {
    const page = await this.slices(run, extractPageSteps(document, { url: run.url }));
    const attributeSteps = page.index ? await this.loadAttribution() : noAttribution;
    if (page.index) await this.slices(run, warmAttribution(attributeSteps));
    const result = await this.slices(run, attributeExtractedSteps(page, attributeSteps, this.budget));
    // What is left reads the whole document again (the canonical link, the page's fact-check
    // markup: queries over every element, tens of ms on a 5 MB page): in a slot of its own,
    // not at the end of the last slice.
    await this.nextSlot(run);
    this.check(run);
    const article: ArticleRef = {
      key: articleKey(document, run.url, this.sameSite),
      url: run.url,
      title: result.article?.title ?? (document.title || null),
      siteName: result.article?.siteName ?? null,
      byline: result.article?.byline ?? null,
      published: result.article?.published ?? null,
    };
    const unreadable = result.article?.isArticle ? null : findUnreadableContent(document);
    this.lastRead = (result.article?.text.length ?? 0) + (result.limited?.chars ?? result.article?.text.length ?? 0);
    this.current = { url: run.url, article, result, unreadable, claimReviews: result.article ? claimReviewsFrom(result.article.jsonLd) : claimReviewsIn(document) };
    this.run = null;
    this.watchAppended(result.article?.isArticle ? result.article.root : null);
    return this.current;
  }

  /** Analyses the elements appended to the article alone, and merges them into `previous`. */
  private async analyseAppended(run: Run, previous: CurrentAnalysis, roots: Element[]): Promise<CurrentAnalysis> {
    const attributeSteps = await this.loadAttribution();
    const { result, read } = await this.slices(run, analyzeAppendedSteps(document, previous.result, roots, attributeSteps, this.budget));
    this.check(run);
    this.lastRead = read;
    const current: CurrentAnalysis = { ...previous, result };
    this.current = current;
    this.run = null;
    this.watchAppended(result.article?.root ?? null);
    for (const listener of this.grown) {
      // One listener's failure (painting) must not lose the analysis for the others.
      try {
        listener(current);
      } catch (error) {
        console.warn('Newsmark could not update the page after new content:', error);
      }
    }
    return current;
  }

  /** Watches the article for content added to it (see the header); one watcher at a time. */
  private watchAppended(root: Element | null): void {
    this.stopWatching();
    if (!root || this.refreshes >= MAX_REFRESHES || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver((mutations) => {
      let added = 0;
      const watching = this.appended;
      if (!watching) return;
      for (const m of mutations) {
        for (const node of m.addedNodes) {
          added += node.textContent?.length ?? 0;
          watching.nodes.push(node);
        }
      }
      if (added < APPENDED_MIN_CHARS) return;
      const now = performance.now();
      watching.since ??= now;
      clearTimeout(watching.timer);
      watching.timer = setTimeout(
        () => {
          const nodes = watching.nodes;
          this.stopWatching();
          this.refreshes++;
          void this.start(true, nodes).catch(() => undefined);
        },
        Math.max(0, Math.min(APPENDED_SETTLE_MS, watching.since + APPENDED_MAX_WAIT_MS - now)),
      );
    });
    observer.observe(root, { childList: true, subtree: true });
    this.appended = { observer, since: null, nodes: [] };
  }

  private stopWatching(): void {
    if (!this.appended) return;
    this.appended.observer.disconnect();
    clearTimeout(this.appended.timer);
    this.appended = null;
  }

  /** Runs `steps` to the end, one slice per idle callback (or per timer, hurried). */
  private async slices<T>(run: Run, steps: Steps<T>): Promise<T> {
    for (;;) {
      const budget = await this.nextSlot(run);
      this.check(run);
      const done = runUntil(steps, now() + budget, now);
      if (done) return done.value;
    }
  }

  /** Stops a run whose page went away: torn down, navigated, or invalidated. */
  private check(run: Run): void {
    if (this.signal.aborted || this.run !== run || location.href !== run.url) throw new Superseded();
  }

  /** Waits for the next slice; resolves with the time it may take. */
  private nextSlot(run: Run): Promise<number> {
    return new Promise((ok) => {
      if (run.hurry) {
        void nextTurn().then(() => ok(IDLE_SLICE_MS));
        return;
      }
      if (typeof requestIdleCallback !== 'function') {
        setTimeout(() => ok(IDLE_SLICE_MS), 200);
        return;
      }
      const handle = requestIdleCallback((deadline) => {
        run.wake = null;
        ok(Math.min(deadline.timeRemaining(), IDLE_SLICE_MS));
      }, { timeout: IDLE_TIMEOUT_MS });
      run.wake = () => {
        run.wake = null;
        cancelIdleCallback(handle);
        ok(IDLE_SLICE_MS);
      };
    });
  }
}

/**
 * The outermost of the added nodes still on the page, in document order, if
 * all of them with text are elements (text without an element of its own is
 * read with the whole page again); null when there is nothing to read apart.
 */
function appendedRoots(nodes: readonly Node[]): Element[] | null {
  const connected = new Set(nodes.filter((n) => n.isConnected));
  const roots: Element[] = [];
  for (const node of connected) {
    let inner = false;
    for (let p = node.parentNode; p && !inner; p = p.parentNode) inner = connected.has(p);
    if (inner) continue;
    if (node.nodeType !== 1) {
      if ((node.textContent ?? '').trim()) return null;
      continue;
    }
    roots.push(node as Element);
  }
  if (!roots.length) return null;
  return roots.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Never called: a page with no article index is not attributed. */
function* noAttribution(): Steps<never> {
  throw new Error('no article to attribute');
}
