/**
 * The page's analysis, computed once the page is idle so the news site's own
 * work comes first, and again after in-page navigation. It runs in two idle
 * callbacks, extraction then attribution, because together they can hold the
 * main thread for longer than the 50 ms a page may be blocked at a time
 * (bench:content measures both halves); the price is one more callback, and
 * the second half reads a body-text snapshot taken with the extraction, so
 * both halves see the same page. The popup asks for it through
 * `page.analysis`; if it asks before the callbacks fired, what is left runs at
 * once (the user is waiting, the page is not).
 */
import { attributePage, extractPage, type DocumentAnalysis, type ExtractedPage } from '../../core/analyze';
import { articleKey } from '../../core/article-key';
import type { ArticleRef } from '../../messaging/protocol';

export interface CurrentAnalysis {
  url: string;
  article: ArticleRef;
  result: DocumentAnalysis;
}

export class PageAnalyzer {
  private current: CurrentAnalysis | null = null;
  /** The first half's result, waiting for the second idle callback. */
  private extracted: { url: string; page: ExtractedPage } | null = null;
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
      this.whenIdle(() => {
        // Not `onDone?.(this.get())`: an optional call skips its arguments, and the analysis must run.
        const analysis = this.get();
        onDone?.(analysis);
      });
    });
  }

  /** The analysis of the page as it is now; recomputed when the URL changed. */
  get(): CurrentAnalysis {
    const url = location.href;
    if (this.current && this.current.url === url) return this.current;
    const extracted = this.extracted?.url === url ? this.extracted.page : extractPage(document, { url });
    this.extracted = null;
    const result = attributePage(extracted);
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
  }

  private whenIdle(step: () => void): void {
    const run = () => {
      this.idleHandle = null;
      if (!this.signal.aborted) step();
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
