/**
 * npm run bench:anchor
 *
 * Re-attaches 200 highlights on a generated 10,000-word news page in headless
 * Chromium: unchanged, after small edits and after large edits. Prints median
 * and p95 time per pass (index build included), where the highlights attached,
 * whether they attached to the right text, and the longest stretch of work
 * between two yields to the event loop (plus any 'longtask' entries). A naive reference (one indexOf per quote
 * over body.textContent) runs in the same page so ratios can be compared
 * across machines.
 */
import { chromium } from '@playwright/test';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnchorResult, StoredSelectors } from '../core/anchoring/types';
import { HIGHLIGHTS, scenarios } from './anchor-bench-page';
import { findChromium } from './launch-browser';
import { bundleIife } from './lib/iife-bundle';
import { median, percentile } from './lib/stats';
import { readCommandLine } from './lib/command-line';

// No options: --help explains that, and a stray flag is refused rather than silently ignored.
readCommandLine({ usage: 'usage: npm run bench:anchor   (no options)', options: {} });

const RUNS = 9;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- browser side

interface PageRun {
  times: number[];
  naive: number[];
  /** Longest stretch between yields, per run. */
  longest: number[];
  naiveFound: number;
  longTasks: number;
  yields: number;
  results: (AnchorResult | null)[];
  texts: (string | null)[];
  bodyChars: number;
}

type Api = typeof import('../core/anchoring/index');

const fmt = (x: number) => x.toFixed(2).padStart(8);

async function main(): Promise<void> {
  // core/anchoring as one IIFE script (global NewsmarkAnchoring).
  const code = await bundleIife({ entry: resolve(repoRoot, 'core/anchoring/index.ts'), name: 'NewsmarkAnchoring' });
  const { original, highlightOffsets, list } = scenarios();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    console.log(`bench:anchor  Chromium ${browser.version()}  bundle ${(code.length / 1024).toFixed(1)} KiB minified  ${HIGHLIGHTS} highlights  ${RUNS} runs each`);

    // Highlights are made on the original page, as a reader would.
    await page.setContent(original, { waitUntil: 'load' });
    await page.addScriptTag({ content: code });
    const stored: StoredSelectors[] = await page.evaluate((spans) => {
      const api = (window as unknown as { NewsmarkAnchoring: Api }).NewsmarkAnchoring;
      const index = api.BodyTextIndex.fromDocument(document);
      return spans.map((s) => {
        const p = document.querySelector(`p[data-para="${s.para}"]`)!;
        const base = index.offsetAt(p, 0)!;
        return api.describeOffsets(index, base + s.offset, base + s.offset + s.length);
      });
    }, highlightOffsets);

    console.log(
      `\n${'scenario'.padEnd(12)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(8)} ${'naive ms'.padStart(8)} ${'ratio'.padStart(6)} ${'longest'.padStart(8)} ${'(max)'.padStart(8)} ${'>50ms'.padStart(5)}  position quote fuzzy orphan  right wrong missed`,
    );
    for (const sc of list) {
      await page.setContent(sc.html, { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      const run: PageRun = await page.evaluate(
        async ({ stored, runs }) => {
          const api = (window as unknown as { NewsmarkAnchoring: Api }).NewsmarkAnchoring;
          let longTasks = 0;
          const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
          try {
            observer.observe({ type: 'longtask', buffered: false });
          } catch {
            // Not supported: the heartbeat below still measures blocking.
          }
          // The pass yields through scheduler.yield (Chromium 129+); timing the
          // stretches between yields measures its longest task directly.
          const scheduler = (window as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
          if (!scheduler?.yield) throw new Error('scheduler.yield missing: the longest-task figure would be wrong');
          const realYield = scheduler.yield.bind(scheduler);
          let longestTask = 0;
          let sliceStart = 0;
          let yields = 0;
          scheduler.yield = async () => {
            const d = performance.now() - sliceStart;
            longestTask = Math.max(longestTask, d);
            yields++;
            await realYield();
            sliceStart = performance.now();
          };
          const times: number[] = [];
          const naive: number[] = [];
          const longest: number[] = [];
          let naiveFound = 0;
          let results: (AnchorResult | null)[] = [];
          for (let r = 0; r < runs; r++) {
            await new Promise((res) => setTimeout(res, 20));
            longestTask = 0;
            const t0 = performance.now();
            sliceStart = t0;
            const index = api.BodyTextIndex.fromDocument(document);
            results = await api.anchorAll(index, stored);
            const t1 = performance.now();
            longestTask = Math.max(longestTask, t1 - sliceStart);
            longest.push(longestTask);
            times.push(t1 - t0);
            await new Promise((res) => setTimeout(res, 20));
            // Reference: what a naive exact-only pass costs on this page.
            const n0 = performance.now();
            const text = document.body.textContent ?? '';
            let found = 0;
            for (const s of stored) if (text.indexOf((s.selectors[0] as { exact: string }).exact) >= 0) found++;
            naive.push(performance.now() - n0);
            naiveFound = found;
          }
          await new Promise((res) => setTimeout(res, 50));
          observer.disconnect();
          scheduler.yield = realYield;
          const index = api.BodyTextIndex.fromDocument(document);
          const texts = results.map((r) => (r ? index.text.slice(r.start, r.end) : null));
          return { times, naive, longest, naiveFound, longTasks, yields, results, texts, bodyChars: index.length };
        },
        { stored, runs: RUNS },
      );

      const counts = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
      let right = 0;
      let wrong = 0;
      let missed = 0;
      const examples: string[] = [];
      run.results.forEach((r, i) => {
        counts[r ? r.method : 'orphan']++;
        const got = run.texts[i] === null ? null : run.texts[i]!.replace(/\s+/g, ' ').trim();
        const want = sc.expected[i];
        if (got === want) right++;
        else if (got === null) missed++;
        else wrong++;
        if (got !== want && examples.length < 3) {
          const quote = (stored[i].selectors[0] as { exact: string }).exact;
          examples.push(`  stored ${JSON.stringify(quote)}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)} ${r ? `(${r.method} ${r.score.toFixed(2)})` : ''}`);
        }
      });
      const medianMs = median(run.times);
      const naiveMedian = median(run.naive);
      console.log(
        `${sc.name.padEnd(12)} ${fmt(medianMs).padStart(9)} ${fmt(percentile(run.times, 95))} ${fmt(naiveMedian)} ${(medianMs / Math.max(naiveMedian, 0.01)).toFixed(1).padStart(6)} ${fmt(median(run.longest))} ${fmt(Math.max(...run.longest))} ${String(run.longTasks).padStart(5)}  ${String(counts.position).padStart(8)} ${String(counts.quote).padStart(5)} ${String(counts.fuzzy).padStart(5)} ${String(counts.orphan).padStart(6)}  ${String(right).padStart(5)} ${String(wrong).padStart(5)} ${String(missed).padStart(6)}`,
      );
      for (const e of examples) console.log(e);
      console.log(`${''.padEnd(12)} runs ms: ${run.times.map((t) => t.toFixed(1)).join(' ')}  (body ${run.bodyChars} chars; ${run.yields} yields in ${RUNS} runs; naive found ${run.naiveFound}; expected orphans ${sc.expected.filter((e) => e === null).length})`);
    }
    console.log(
      '\nmedian/p95: whole pass (index build + anchorAll). naive: one indexOf per quote over body.textContent (no context, no fuzzy), same page.\n' +
        'longest: longest stretch of a pass between two yields to the event loop, median over runs (max over runs), ms;\n' +
        '  wall-clock, so CPU contention from other processes inflates it. >50ms: PerformanceObserver longtask entries.\n' +
        'right: attached to the expected text or orphaned where the text is gone; wrong: attached elsewhere; missed: orphaned though the text exists.',
    );
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
