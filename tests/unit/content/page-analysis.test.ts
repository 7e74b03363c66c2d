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
    attributePageSteps: (...args: Parameters<typeof real.attributePageSteps>) => (calls.attribute++, real.attributePageSteps(...args)),
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

describe('PageAnalyzer on a long article', () => {
  it('spreads attribution over several idle callbacks when a slice runs out of idle time', () => {
    const body = Array.from(
      { length: 400 },
      (_, i) => `<p>"We will keep the ferry running through winter number ${i}," said harbour master Ines Duarte, who added that the crews had agreed.</p>`,
    ).join('');
    document.documentElement.innerHTML = `<head><title>Long story</title></head><body><article><h1>Long story</h1>${body}</article></body>`;
    const analyzer = new PageAnalyzer(new AbortController().signal);
    const done = vi.fn();
    analyzer.schedule(done);
    runNextIdleCallback();
    // Idle periods with almost no time left: each callback does one step and hands back the thread.
    let callbacks = 0;
    while (idle.length > 0) {
      const next = idle.shift()!;
      (next as (d: IdleDeadline) => void)({ didTimeout: false, timeRemaining: () => 0 });
      callbacks++;
    }
    expect(callbacks).toBeGreaterThan(100);
    expect(calls).toEqual({ extract: 1, attribute: 1 });
    const { result } = done.mock.calls[0][0];
    expect(result.claims.length).toBeGreaterThanOrEqual(400);
    expect(result.speakers.map((s: { name: string }) => s.name)).toEqual(['Ines Duarte']);
  });
});
