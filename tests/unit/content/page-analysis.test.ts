// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://harbour-ledger.example/news/2026/03/18/varga-urges-end-to-stoppages"}
/**
 * The content script analyses the page on its own once the page is idle, in
 * slices over idle callbacks so the page gets its main thread back in
 * between, and the popup then gets that analysis without the page being
 * analysed again.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Analyses started, and steps of them run. */
const calls = vi.hoisted(() => ({ started: 0, steps: 0, failNextStep: false }));
vi.mock('../../../core/analyze', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/analyze')>();
  return {
    ...real,
    analyzeDocumentSteps: function* (...args: Parameters<typeof real.analyzeDocumentSteps>) {
      calls.started++;
      const steps = real.analyzeDocumentSteps(...args);
      for (;;) {
        calls.steps++;
        if (calls.failNextStep) {
          calls.failNextStep = false;
          throw new Error('step failed');
        }
        const next = steps.next();
        if (next.done) return next.value;
        yield;
      }
    },
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
  calls.started = 0;
  calls.steps = 0;
  calls.failNextStep = false;
  idle = [];
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
});

afterEach(() => vi.unstubAllGlobals());

/** An idle period with no time left: the analyzer must still make progress, one step per callback. */
const exhausted = { didTimeout: false, timeRemaining: () => 0 } as IdleDeadline;

describe('PageAnalyzer', () => {
  it('analyses once the page is idle without being asked, and the popup gets that analysis', () => {
    const analyzer = new PageAnalyzer(new AbortController().signal);
    const done = vi.fn();
    analyzer.schedule(done);
    expect(calls.started).toBe(0);

    while (idle.length > 0) runNextIdleCallback();
    expect(calls.started).toBe(1);
    expect(done).toHaveBeenCalledTimes(1);

    const { result } = analyzer.get();
    expect(calls.started).toBe(1);
    expect(result.article?.isArticle).toBe(true);
    expect(result.claims.length).toBeGreaterThan(0);
    expect(done.mock.calls[0][0].result).toBe(result);
  });

  it('finishes the analysis under way when the popup asks mid-way, without starting over', () => {
    const analyzer = new PageAnalyzer(new AbortController().signal);
    const done = vi.fn();
    analyzer.schedule(done);
    (idle.shift() as (d: IdleDeadline) => void)(exhausted);
    expect(calls).toMatchObject({ started: 1, steps: 1 });
    const { result } = analyzer.get();
    expect(calls.started).toBe(1);
    expect(result.claims.length).toBeGreaterThan(0);

    runNextIdleCallback();
    expect(calls.started).toBe(1);
    expect(done).toHaveBeenCalledWith(expect.objectContaining({ result }));
  });

  it('does nothing once the content script is torn down', () => {
    const stop = new AbortController();
    const analyzer = new PageAnalyzer(stop.signal);
    analyzer.schedule();
    (idle.shift() as (d: IdleDeadline) => void)(exhausted);
    const stepsBefore = calls.steps;
    stop.abort();
    for (const fn of idle) fn();
    expect(calls.steps).toBe(stepsBefore);
  });
});

describe('PageAnalyzer on a long article', () => {
  it('spreads extraction and attribution over many idle callbacks when each slice runs out of idle time', () => {
    const body = Array.from(
      { length: 400 },
      (_, i) => `<p>"We will keep the ferry running through winter number ${i}," said harbour master Ines Duarte, who added that the crews had agreed.</p>`,
    ).join('');
    document.documentElement.innerHTML = `<head><title>Long story</title></head><body><article><h1>Long story</h1>${body}</article></body>`;
    const analyzer = new PageAnalyzer(new AbortController().signal);
    const done = vi.fn();
    analyzer.schedule(done);
    // Idle periods with almost no time left: each callback does one step and hands back the thread.
    let callbacks = 0;
    while (idle.length > 0) {
      (idle.shift() as (d: IdleDeadline) => void)(exhausted);
      callbacks++;
      // Extraction alone is several steps: it is not one task either.
      if (callbacks === 2) expect(done).not.toHaveBeenCalled();
    }
    expect(callbacks).toBeGreaterThan(100);
    expect(calls.started).toBe(1);
    const { result } = done.mock.calls[0][0];
    expect(result.claims.length).toBeGreaterThanOrEqual(400);
    expect(result.speakers.map((s: { name: string }) => s.name)).toEqual(['Ines Duarte']);
  });

  it('starts afresh after a failed step instead of resuming a broken analysis', () => {
    const analyzer = new PageAnalyzer(new AbortController().signal);
    analyzer.schedule();
    (idle.shift() as (d: IdleDeadline) => void)(exhausted);
    calls.failNextStep = true;
    expect(() => analyzer.get()).toThrow('step failed');
    const { result } = analyzer.get();
    expect(calls.started).toBe(2);
    expect(result.claims.length).toBeGreaterThan(0);
  });
});
