/**
 * The page's analysis, computed once the page is idle so the news site's own
 * work comes first, and again after in-page navigation. The popup asks for it
 * through `page.analysis`; if it asks before the idle callback fired, the
 * analysis runs at once (the user is waiting, the page is not).
 */
import { analyzeDocument, type DocumentAnalysis } from '../../core/analyze';
import { articleKey } from '../../core/article-key';
import type { ArticleRef } from '../../messaging/protocol';

export interface CurrentAnalysis {
  url: string;
  article: ArticleRef;
  result: DocumentAnalysis;
}

export class PageAnalyzer {
  private current: CurrentAnalysis | null = null;
  private idleHandle: number | null = null;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.cancelScheduled());
  }

  /** Analyse when the browser is idle (at most 2 s later). */
  schedule(onDone?: (analysis: CurrentAnalysis) => void): void {
    this.cancelScheduled();
    const run = () => {
      this.idleHandle = null;
      if (this.signal.aborted) return;
      onDone?.(this.get());
    };
    this.idleHandle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 2000 })
        : (setTimeout(run, 200) as unknown as number);
  }

  /** The analysis of the page as it is now; recomputed when the URL changed. */
  get(): CurrentAnalysis {
    const url = location.href;
    if (this.current && this.current.url === url) return this.current;
    const result = analyzeDocument(document, { url });
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
  }

  private cancelScheduled(): void {
    if (this.idleHandle === null) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.idleHandle);
    clearTimeout(this.idleHandle);
    this.idleHandle = null;
  }
}
