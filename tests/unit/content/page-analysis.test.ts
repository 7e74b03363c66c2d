// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://harbour-ledger.example/news/2026/03/18/varga-urges-end-to-stoppages"}
/**
 * The content script analyses the page on its own once the page is idle, in
 * two idle callbacks (extraction, then attribution) so the page gets its main
 * thread back in between, and the popup then gets that analysis without the
 * page being analysed again.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ extract: 0, attribute: 0 }));
vi.mock('../../../core/analyze', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/analyze')>();
  return {
    ...real,
    extractPage: (...args: Parameters<typeof real.extractPage>) => (calls.extract++, real.extractPage(...args)),
    attributePage: (...args: Parameters<typeof real.attributePage>) => (calls.attribute++, real.attributePage(...args)),
  };
});

import { PageAnalyzer } from '../../../entrypoints/content/page-analysis';

const SAMPLE = readFileSync(resolve(import.meta.dirname, '../../fixtures/site/sample-article.html'), 'utf8');

let idle: (() => void)[] = [];

function runNextIdleCallback(): void {
  const next = idle.shift();
  if (!next) throw new Error('no idle callback is waiting');
  next();
}

beforeEach(() => {
  document.documentElement.innerHTML = SAMPLE.replace(/^[^]*?<html[^>]*>|<\/html>\s*$/gi, '');
  calls.extract = 0;
  calls.attribute = 0;
  idle = [];
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
});

afterEach(() => vi.unstubAllGlobals());

describe('PageAnalyzer', () => {
  it('analyses in two idle callbacks without being asked, and the popup gets that analysis', () => {
    const analyzer = new PageAnalyzer(new AbortController().signal);
    analyzer.schedule();
    expect(calls).toEqual({ extract: 0, attribute: 0 });

    runNextIdleCallback();
    expect(calls).toEqual({ extract: 1, attribute: 0 });
    expect(idle).toHaveLength(1);

    runNextIdleCallback();
    expect(calls).toEqual({ extract: 1, attribute: 1 });

    const { result } = analyzer.get();
    expect(calls).toEqual({ extract: 1, attribute: 1 });
    expect(result.article?.isArticle).toBe(true);
    expect(result.claims.length).toBeGreaterThan(0);
  });

  it('finishes from the extracted half when the popup asks between the two callbacks', () => {
    const analyzer = new PageAnalyzer(new AbortController().signal);
    const done = vi.fn();
    analyzer.schedule(done);
    runNextIdleCallback();
    const { result } = analyzer.get();
    expect(calls).toEqual({ extract: 1, attribute: 1 });
    expect(result.claims.length).toBeGreaterThan(0);

    runNextIdleCallback();
    expect(calls).toEqual({ extract: 1, attribute: 1 });
    expect(done).toHaveBeenCalledWith(expect.objectContaining({ result }));
  });

  it('does nothing once the content script is torn down', () => {
    const stop = new AbortController();
    const analyzer = new PageAnalyzer(stop.signal);
    analyzer.schedule();
    runNextIdleCallback();
    stop.abort();
    for (const fn of idle) fn();
    expect(calls).toEqual({ extract: 1, attribute: 0 });
  });
});
