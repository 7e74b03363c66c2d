/**
 * npm run bench:library [-- --articles N --highlights N --claims N --queries N --runs N]
 *
 * The library's search in real Chromium: 100,000 highlights over 10,000 articles (and 20,000 marked
 * claims), indexed by the library's own code (entrypoints/library/search, MiniSearch), queried the way
 * readers type (common and rare words, several words, a word half typed, accents dropped, a filter),
 * each query timed beside a plain scan of the same documents in the same page. Goal: < 50 ms median.
 * Each run is a fresh set of queries; the line to quote is the median of the run medians.
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './launch-browser';
import { bundleIife } from './lib/iife-bundle';
import { median, percentile } from './lib/stats';
import { readCommandLine, wholeNumber } from './lib/command-line';

const USAGE = 'usage: npm run bench:library [-- --articles N --highlights N --claims N --queries N --runs N]';
const { values: flags } = readCommandLine({
  usage: USAGE,
  options: {
    articles: { type: 'string' }, highlights: { type: 'string' }, claims: { type: 'string' },
    queries: { type: 'string' }, runs: { type: 'string' },
  },
});
const ARTICLES = wholeNumber(USAGE, 'articles', flags.articles, 10_000);
const HIGHLIGHTS = wholeNumber(USAGE, 'highlights', flags.highlights, 100_000);
const CLAIMS = wholeNumber(USAGE, 'claims', flags.claims, 20_000, 0);
const QUERIES = wholeNumber(USAGE, 'queries', flags.queries, 80);
const RUNS = wholeNumber(USAGE, 'runs', flags.runs, 5);
const GOAL_MS = 50;

type Bench = typeof import('./bench-library/page').bench;

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)).padStart(7);

async function main(): Promise<void> {
  const code = await bundleIife({ entry: resolve(import.meta.dirname, 'bench-library/page.ts'), name: 'NewsmarkLibraryBench' });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><title>bench:library</title>');
    await page.addScriptTag({ content: code });
    const call = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>) =>
      page.evaluate(
        ([n, a]) => (window as unknown as { NewsmarkLibraryBench: { bench: Record<string, (...x: unknown[]) => unknown> } }).NewsmarkLibraryBench.bench[n as string](...(a as unknown[])),
        [name, args] as const,
      ) as Promise<ReturnType<Bench[K]>>;

    console.log(`bench:library  Chromium ${browser.version()}  bundle ${(code.length / 1024).toFixed(1)} KiB`);
    const setup = await call('setup', ARTICLES, HIGHLIGHTS, CLAIMS, 13);
    console.log(
      `  ${ARTICLES} articles, ${HIGHLIGHTS} highlights, ${CLAIMS} claims → ${setup.docs} documents; ` +
        `index built in ${setup.indexMs.toFixed(0)} ms (scan prepared in ${setup.scanPrepMs.toFixed(0)} ms)`,
    );
    const indexMedians: number[] = [];
    const scanMedians: number[] = [];
    const allIndex: number[] = [];
    const allScan: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const r = await call('run', QUERIES, 100 + run);
      indexMedians.push(median(r.index));
      scanMedians.push(median(r.scan));
      allIndex.push(...r.index);
      allScan.push(...r.scan);
      console.log(
        `  run ${run + 1}: index median ${fmt(median(r.index))} ms  p95 ${fmt(percentile(r.index, 95))} ms   |   ` +
          `plain scan median ${fmt(median(r.scan))} ms  p95 ${fmt(percentile(r.scan, 95))} ms   (${QUERIES} queries, median ${median(r.hits)} hits)`,
      );
    }
    const edits: number[] = [];
    for (let i = 0; i < 5; i++) edits.push((await call('syncOneEdit', 7 + i * 1000)).ms);
    const im = median(indexMedians);
    const sm = median(scanMedians);
    console.log('');
    console.log(`  index:      median of run medians ${fmt(im)} ms   p95 of all ${fmt(percentile(allIndex, 95))} ms   (goal < ${GOAL_MS} ms median: ${im < GOAL_MS ? 'met' : 'NOT met'})`);
    console.log(`  plain scan: median of run medians ${fmt(sm)} ms   p95 of all ${fmt(percentile(allScan, 95))} ms   (index ${(sm / im).toFixed(1)}× faster)`);
    console.log(`  one note edited, library re-synced (docs rebuilt, 1 re-indexed): median ${fmt(median(edits))} ms over 5`);
  } finally {
    await browser.close();
  }
}

await main();
