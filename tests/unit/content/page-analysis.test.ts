// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://harbour-ledger.example/news/2026/03/18/varga-urges-end-to-stoppages"}
/**
 * The content script analyses the page on its own once the page is idle, in
 * slices over idle callbacks so the page gets its main thread back in
 * between, and the popup then gets that analysis without the page being
 * analysed again. A popup that asks before the end hurries the rest along in
 * slices on timers, never in one go, and hears "still running" after a
 * bounded wait.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Analyses started, and steps of them run; which idle callback (by number) ran what. */
const calls = vi.hoisted(() => ({ started: 0, steps: 0, failNextStep: false, callback: 0, lastAttribution: -1, pageMarkup: -1 }));
vi.mock('../../../core/fact-check', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/fact-check')>();
  return {
    ...real,
    claimReviewsIn: (...args: Parameters<typeof real.claimReviewsIn>) => {
      calls.pageMarkup = calls.callback;
      return real.claimReviewsIn(...args);
    },
    // The verdicts read from the JSON-LD the extraction parsed already: the same work, in the same slot.
    claimReviewsFrom: (...args: Parameters<typeof real.claimReviewsFrom>) => {
      calls.pageMarkup = calls.callback;
      return real.claimReviewsFrom(...args);
    },
  };
});
vi.mock('../../../core/analyze-steps', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/analyze-steps')>();
  return {
    ...real,
    attributeExtractedSteps: function* (...args: Parameters<typeof real.attributeExtractedSteps>) {
      const steps = real.attributeExtractedSteps(...args);
      for (;;) {
        const next = steps.next();
        calls.lastAttribution = calls.callback;
        if (next.done) return next.value;
        yield;
      }
    },
    extractPageSteps: function* (...args: Parameters<typeof real.extractPageSteps>) {
      calls.started++;
      const steps = real.extractPageSteps(...args);
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

const turns = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../../entrypoints/content/run-sliced', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../entrypoints/content/run-sliced')>();
  return {
    ...real,
    nextTurn: () => {
      turns.n++;
      return real.nextTurn();
    },
  };
});

import { PageAnalyzer } from '../../../entrypoints/content/page-analysis';
import { attributeSteps } from '../../../core/attribution/index';

const SAMPLE = readFileSync(resolve(import.meta.dirname, '../../fixtures/site/sample-article.html'), 'utf8');

let idle: ((deadline: IdleDeadline) => void)[] = [];

/** An idle period with no time left: the analyzer must still make progress, one step per callback. */
const exhausted = { didTimeout: false, timeRemaining: () => 0 } as IdleDeadline;
const roomy = { didTimeout: false, timeRemaining: () => 50 } as IdleDeadline;

/** Lets promises and zero-delay timers run. */
const settle = () => new Promise((ok) => setTimeout(ok, 0));

/** Runs idle callbacks (and what they lead to) until none is waiting. */
async function runIdle(deadline = roomy): Promise<number> {
  let n = 0;
  for (let i = 0; i < 20; i++) await settle();
  while (idle.length > 0) {
    idle.shift()!(deadline);
    n++;
    for (let i = 0; i < 5; i++) await settle();
  }
  return n;
}

const analyzer = (signal = new AbortController().signal) => new PageAnalyzer(signal, () => false, async () => attributeSteps);

beforeEach(() => {
  document.documentElement.innerHTML = SAMPLE.replace(/^[^]*?<html[^>]*>|<\/html>\s*$/gi, '');
  calls.started = 0;
  calls.steps = 0;
  calls.failNextStep = false;
  idle = [];
  const handles = new Map<number, (d: IdleDeadline) => void>();
  calls.callback = 0;
  calls.lastAttribution = -1;
  calls.pageMarkup = -1;
  vi.stubGlobal('requestIdleCallback', (fn: (d: IdleDeadline) => void) => {
    const counted = (d: IdleDeadline) => {
      calls.callback++;
      fn(d);
    };
    idle.push(counted);
    handles.set(handles.size + 1, counted);
    return handles.size;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    idle = idle.filter((fn) => fn !== handles.get(handle));
  });
});

afterEach(() => vi.unstubAllGlobals());

function longArticle(paragraphs: number): void {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>"We will keep the ferry running through winter number ${i}," said harbour master Ines Duarte, who added that the crews had agreed.</p>`,
  ).join('');
  document.documentElement.innerHTML = `<head><title>Long story</title></head><body><article><h1>Long story</h1>${body}</article></body>`;
}

describe('PageAnalyzer', () => {
  it('analyses once the page is idle without being asked, and the popup gets that analysis', async () => {
    const page = analyzer();
    const done = vi.fn();
    page.schedule(done);
    expect(calls.started).toBe(0);

    await runIdle();
    expect(calls.started).toBe(1);
    expect(done).toHaveBeenCalledTimes(1);

    const { result } = (await page.get(1000))!;
    expect(calls.started).toBe(1);
    expect(result.article?.isArticle).toBe(true);
    expect(result.claims.length).toBeGreaterThan(0);
    expect(done.mock.calls[0][0].result).toBe(result);
  });

  it('does nothing once the content script is torn down', async () => {
    const stop = new AbortController();
    const page = analyzer(stop.signal);
    page.schedule();
    await settle();
    idle.shift()!(exhausted);
    await settle();
    const stepsBefore = calls.steps;
    stop.abort();
    await runIdle();
    expect(calls.steps).toBe(stepsBefore);
    expect(page.finished()).toBeNull();
  });
});

describe('PageAnalyzer on a long article', () => {
  it('spreads extraction and attribution over many idle callbacks when each slice runs out of idle time', async () => {
    longArticle(400);
    const page = analyzer();
    const done = vi.fn();
    page.schedule(done);
    const callbacks = await runIdle(exhausted);
    expect(callbacks).toBeGreaterThan(100);
    expect(calls.started).toBe(1);
    const { result } = done.mock.calls[0][0];
    expect(result.claims.length).toBeGreaterThanOrEqual(400);
    expect(result.speakers.map((s: { name: string }) => s.name)).toEqual(['Ines Duarte']);
    expect(result.limited).toBeNull();
  });

  it("reads the page's own markup (fact-checks, canonical link) in an idle callback after attribution's last, not in it", async () => {
    // Those are queries over the whole document: at the end of the last slice they made it a long task on a huge page.
    longArticle(400);
    const page = analyzer();
    const done = vi.fn();
    page.schedule(done);
    await runIdle(exhausted);
    expect(done).toHaveBeenCalledTimes(1);
    expect(calls.lastAttribution).toBeGreaterThan(0);
    expect(calls.pageMarkup).toBeGreaterThan(calls.lastAttribution);
  });

  it('hurries the rest along in slices when the popup asks mid-way, not in one go and without starting over', async () => {
    longArticle(400);
    const page = analyzer();
    page.schedule();
    await settle();
    idle.shift()!(exhausted);
    await settle();
    expect(calls).toMatchObject({ started: 1, steps: 1 });
    // Every slice the hurried analysis runs is one turn of the event loop: the page's thread is free in between.
    turns.n = 0;
    const asked = page.get(60_000);
    // Nothing ran synchronously on the popup's question.
    expect(calls.steps).toBe(1);
    const { result } = (await asked)!;
    expect(turns.n).toBeGreaterThan(1);
    expect(calls.started).toBe(1);
    expect(result.claims.length).toBeGreaterThanOrEqual(400);
  });

  it('tells the popup the analysis is still running after its bounded wait, and finishes afterwards', async () => {
    longArticle(800);
    const page = analyzer();
    expect(await page.get(0)).toBeNull();
    const { result } = (await page.get(60_000))!;
    expect(result.claims.length).toBeGreaterThanOrEqual(800);
    expect(calls.started).toBe(1);
  });

  it('starts afresh after a failed step instead of resuming a broken analysis', async () => {
    const page = analyzer();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    calls.failNextStep = true;
    await expect(page.get(1000)).rejects.toThrow('step failed');
    warn.mockRestore();
    const { result } = (await page.get(1000))!;
    expect(calls.started).toBe(2);
    expect(result.claims.length).toBeGreaterThan(0);
  });
});

describe('PageAnalyzer on an infinite feed', () => {
  it('reads only the content appended below, and merges its claims into those it has', async () => {
    // Every paragraph attribution is given, counted: what the analysis read.
    const attributed = { chars: 0 };
    const counting: typeof attributeSteps = (input) => {
      for (const p of input.paragraphs) attributed.chars += p.text.length;
      return attributeSteps(input);
    };
    const page = new PageAnalyzer(new AbortController().signal, () => false, async () => counting);
    const first = (await page.get(60_000))!;
    const before = first.result.claims.map((c) => ({ id: c.id, speaker: c.speaker, text: c.text }));
    const articleChars = first.result.article!.text.length;
    expect(before.length).toBeGreaterThan(5);

    const more = [
      '<p>"The second terminal will open in the spring, whatever the weather does," said Oren Katz, the port director.</p>',
      '<p>Katz told reporters that the new cranes had already been tested, and that the night shifts would be kept.</p>',
      '<p>"Nobody at the port has been told to expect fewer ships this year," Katz said on Friday.</p>',
    ].join('');
    attributed.chars = 0;
    const started = calls.started;
    document.querySelector('.article-body')!.insertAdjacentHTML('beforeend', more);
    // The feed settles (800 ms of quiet), then the new part is analysed at idle.
    await new Promise((ok) => setTimeout(ok, 1000));
    await runIdle();

    const now = page.finished()!;
    const appendedChars = new DOMParser().parseFromString(more, 'text/html').body.textContent!.length;
    // Only the appended text was attributed and extraction did not run again (it read the whole page: a
    // full re-analysis attributes the old article's text too).
    expect(calls.started).toBe(started);
    expect(attributed.chars).toBeGreaterThan(0);
    expect(attributed.chars).toBeLessThanOrEqual(appendedChars);
    expect(attributed.chars).toBeLessThan(articleChars / 4);
    expect(page.lastRead).toBeLessThanOrEqual(2 * appendedChars);
    // The old claims are kept as they were; the new speaker's three claims follow them, one speaker.
    expect(now.result.claims.slice(0, before.length).map((c) => ({ id: c.id, speaker: c.speaker, text: c.text }))).toEqual(before);
    const katz = now.result.claims.filter((c) => c.speaker === 'Oren Katz');
    expect(katz).toHaveLength(3);
    expect(new Set(now.result.claims.map((c) => c.id)).size).toBe(now.result.claims.length);
    expect(now.result.speakers.filter((s) => s.name.includes('Katz')).map((s) => s.name)).toEqual(['Oren Katz']);
    // Each new claim points at its text on the page.
    for (const claim of katz) {
      const quote = claim.selector.find((s) => s.type === 'TextQuoteSelector');
      expect(document.body.textContent).toContain((quote as { exact: string }).exact);
    }
  });
});
