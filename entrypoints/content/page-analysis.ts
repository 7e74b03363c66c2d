/**
 * The page's analysis, computed once the page is idle so the news site's own
 * work comes first, and again after in-page navigation. All of it (the
 * extraction's walks, attribution, the claims' selectors) runs in steps over
 * as many idle callbacks as it needs, each slice within the idle period and
 * never past IDLE_SLICE_MS, because the whole can hold the main thread for
 * longer than the 50 ms a page may be blocked at a time (bench:content
 * measures it); a short page still finishes in one callback. The popup asks
 * through `page.analysis`; if it asks before the work is done, what is left
 * runs at once (the user is waiting, the page is not).
 */
import { analyzeDocumentSteps, type DocumentAnalysis } from '../../core/analyze';
import { IDLE_SLICE_MS, runToEnd, runUntil, type Steps } from '../../core/steps';
import { articleKey, type SameSite } from '../../core/article-key';
import type { ArticleRef } from '../../messaging/protocol';

const now = () => performance.now();

export interface CurrentAnalysis {
  url: string;
  article: ArticleRef;
  result: DocumentAnalysis;
}

export class PageAnalyzer {
  private current: CurrentAnalysis | null = null;
  /** The analysis under way, part done between idle callbacks. */
  private stepping: { url: string; steps: Steps<DocumentAnalysis> } | null = null;
  private idleHandle: number | null = null;

  constructor(
    private readonly signal: AbortSignal,
    /** Whether a canonical on another host is the same site (SiteVerdicts); unknown means no. */
    private readonly sameSite: SameSite = () => false,
  ) {
    signal.addEventListener('abort', () => this.cancelScheduled());
  }

  /** Analyse when the browser is idle (each slice at most 2 s after the previous one). */
  schedule(onDone?: (analysis: CurrentAnalysis) => void): void {
    this.cancelScheduled();
    // The address the analysis is for is read when it starts, not when it was
    // asked for; if the page moves on mid-way, this run stops and the
    // navigation's own schedule() analyses the new page.
    let url: string | null = null;
    const step = (deadline?: IdleDeadline) => {
      url ??= location.href;
      if (location.href !== url) return;
      if (this.current?.url === url) {
        // Finished early because the popup asked: nothing left but to report it.
        onDone?.(this.current);
        return;
      }
      if (this.stepping?.url !== url) this.stepping = { url, steps: analyzeDocumentSteps(document, { url }) };
      const budget = Math.min(deadline?.timeRemaining() ?? IDLE_SLICE_MS, IDLE_SLICE_MS);
      const steps = this.stepping.steps;
      const done = this.unlessItThrows(() => runUntil(steps, now() + budget, now));
      if (!done) {
        this.whenIdle(step);
        return;
      }
      this.finish(url, done.value);
      onDone?.(this.current!);
    };
    this.whenIdle(step);
  }

  /** The analysis of the page as it is now; recomputed when the URL changed. */
  get(): CurrentAnalysis {
    const url = location.href;
    if (this.current && this.current.url === url) return this.current;
    const steps = this.stepping?.url === url ? this.stepping.steps : analyzeDocumentSteps(document, { url });
    return this.finish(url, this.unlessItThrows(() => runToEnd(steps)));
  }

  /** A generator that threw is finished for good: the next attempt must start afresh, not resume it. */
  private unlessItThrows<T>(run: () => T): T {
    try {
      return run();
    } catch (err) {
      this.stepping = null;
      throw err;
    }
  }

  private finish(url: string, result: DocumentAnalysis): CurrentAnalysis {
    this.stepping = null;
    const article: ArticleRef = {
      key: articleKey(document, url, this.sameSite),
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
      key: articleKey(document, url, this.sameSite),
      url,
      title: document.title || null,
      siteName: null,
      byline: null,
      published: null,
    };
  }

  invalidate(): void {
    this.current = null;
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
