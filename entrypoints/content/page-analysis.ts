/**
 * The page's analysis, computed once the page is idle so the news site's own
 * work comes first, and again after in-page navigation. Extraction runs in one
 * idle callback; attribution and the claims' selectors then run in steps over
 * as many idle callbacks as they need, each slice within the idle period and
 * never past IDLE_SLICE_MS, because the whole can hold the main thread for longer
 * than the 50 ms a page may be blocked at a time (bench:content measures it).
 * The second half reads a body-text snapshot taken with the extraction, so
 * all of it sees the same page. The popup asks through `page.analysis`; if it
 * asks before the work is done, what is left runs at once (the user is
 * waiting, the page is not).
 */
import { attributePageSteps, extractPage, type DocumentAnalysis, type ExtractedPage } from '../../core/analyze';
import { IDLE_SLICE_MS, runToEnd, runUntil, type Steps } from '../../core/steps';
import { articleKey } from '../../core/article-key';
import type { ArticleRef } from '../../messaging/protocol';

const now = () => performance.now();

export interface CurrentAnalysis {
  url: string;
  article: ArticleRef;
  result: DocumentAnalysis;
}

export class PageAnalyzer {
  private current: CurrentAnalysis | null = null;
  /** The first half's result, waiting for the second half. */
  private extracted: { url: string; page: ExtractedPage } | null = null;
  /** The second half, part done between idle callbacks. */
  private stepping: { url: string; steps: Steps<DocumentAnalysis> } | null = null;
  private idleHandle: number | null = null;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.cancelScheduled());
  }

  /** Analyse when the browser is idle (each half at most 2 s after the previous step). */
  schedule(onDone?: (analysis: CurrentAnalysis) => void): void {
    this.cancelScheduled();
    this.whenIdle(() => {
      const url = location.href;
      if (this.current?.url !== url && this.extracted?.url !== url) {
        this.extracted = { url, page: extractPage(document, { url }) };
      }
      const step = (deadline?: IdleDeadline) => {
        if (location.href !== url) return;
        if (this.current?.url === url) {
          // Finished early because the popup asked: nothing left but to report it.
          onDone?.(this.current);
          return;
        }
        if (this.stepping?.url !== url && this.extracted?.url === url) {
          this.stepping = { url, steps: attributePageSteps(this.extracted.page) };
        }
        if (!this.stepping) return;
        const budget = Math.min(deadline?.timeRemaining() ?? IDLE_SLICE_MS, IDLE_SLICE_MS);
        const done = runUntil(this.stepping.steps, now() + budget, now);
        if (!done) {
          this.whenIdle(step);
          return;
        }
        this.finish(url, done.value);
        onDone?.(this.current!);
      };
      this.whenIdle(step);
    });
  }

  /** The analysis of the page as it is now; recomputed when the URL changed. */
  get(): CurrentAnalysis {
    const url = location.href;
    if (this.current && this.current.url === url) return this.current;
    const steps =
      this.stepping?.url === url
        ? this.stepping.steps
        : attributePageSteps(this.extracted?.url === url ? this.extracted.page : extractPage(document, { url }));
    return this.finish(url, runToEnd(steps));
  }

  private finish(url: string, result: DocumentAnalysis): CurrentAnalysis {
    this.extracted = null;
    this.stepping = null;
    const article: ArticleRef = {
      key: articleKey(document, url),
      url,
      title: result.article?.title ?? (document.title || null),
      siteName: result.article?.siteName ?? null,
      byline: result.article?.byline ?? null,
      published: result.article?.published ?? null,
    };
    this.current = { url, article, result };
    return this.current;
  }

  /** The article's identity without analysing the page (used while paused). */
  identity(): ArticleRef {
    const url = location.href;
    return {
      key: articleKey(document, url),
      url,
      title: document.title || null,
      siteName: null,
      byline: null,
      published: null,
    };
  }

  invalidate(): void {
    this.current = null;
    this.extracted = null;
    this.stepping = null;
  }

  private whenIdle(step: (deadline?: IdleDeadline) => void): void {
    const run = (deadline?: IdleDeadline) => {
      this.idleHandle = null;
      if (!this.signal.aborted) step(deadline);
    };
    this.idleHandle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 2000 })
        : (setTimeout(run, 200) as unknown as number);
  }

  private cancelScheduled(): void {
    if (this.idleHandle === null) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.idleHandle);
    clearTimeout(this.idleHandle);
    this.idleHandle = null;
  }
}
