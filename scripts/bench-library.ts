/**
 * npm run bench:library [-- --articles N --highlights N --claims N --queries N --runs N --opens N --cold N --edits N]
 *
 * The library's search in real Chromium (on-disk profile): 100,000 highlights over 10,000 articles (and
 * 20,000 marked claims) written into a Newsmark database, then the Search view's own code
 * (entrypoints/library/search, MiniSearch) timed as a reader meets it:
 * - opening with no kept index: the library read, the index built in slices, then kept (schema v7);
 * - opening again after a reload (a new visit): the kept index loaded and checked against the library;
 *   for both, the longest pause of the page (what the reader feels as a freeze);
 * - queries as readers type them (common and rare words, several words, a word half typed, accents
 *   dropped, a filter), each beside a plain scan of the same documents in the same page. Goal: < 50 ms
 *   median. Each run is a fresh set of queries; the line to quote is the median of the run medians.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './launch-browser';
import { bundleIife } from './lib/iife-bundle';
import { median, percentile } from './lib/stats';
import { readCommandLine, wholeNumber } from './lib/command-line';

const USAGE = 'usage: npm run bench:library [-- --articles N --highlights N --claims N --queries N --runs N --opens N --cold N --edits N]';
const { values: flags } = readCommandLine({
  usage: USAGE,
  options: {
    articles: { type: 'string' }, highlights: { type: 'string' }, claims: { type: 'string' },
    queries: { type: 'string' }, runs: { type: 'string' }, opens: { type: 'string' }, cold: { type: 'string' }, edits: { type: 'string' },
  },
});
const ARTICLES = wholeNumber(USAGE, 'articles', flags.articles, 10_000);
const HIGHLIGHTS = wholeNumber(USAGE, 'highlights', flags.highlights, 100_000);
const CLAIMS = wholeNumber(USAGE, 'claims', flags.claims, 20_000, 0);
const QUERIES = wholeNumber(USAGE, 'queries', flags.queries, 80);
const RUNS = wholeNumber(USAGE, 'runs', flags.runs, 5);
const OPENS = wholeNumber(USAGE, 'opens', flags.opens, 5);
// A build from nothing happens once per library (then it is kept) and takes minutes on a loaded machine.
const COLD = wholeNumber(USAGE, 'cold', flags.cold, 3);
const EDITS = wholeNumber(USAGE, 'edits', flags.edits, 5);
const ORIGIN = 'http://bench-library.newsmark.test';
const GOAL_MS = 50;

type Bench = typeof import('./bench-library/page').bench;

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)).padStart(7);

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(7);

async function main(): Promise<void> {
  const code = await bundleIife({ entry: resolve(import.meta.dirname, 'bench-library/page.ts'), name: 'NewsmarkLibraryBench' });
  const profile = await mkdtemp(join(tmpdir(), 'newsmark-bench-library-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    // A real origin (IndexedDB needs one), served from memory: the page is the bench script alone.
    await context.route(`${ORIGIN}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><meta charset="utf-8"><title>bench:library</title><script>${code.replaceAll('</script', '<\\/script')}</script>`,
      }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(0);
    await page.goto(`${ORIGIN}/`);
    const call = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>) =>
      page.evaluate(
        ([n, a]) => (window as unknown as { NewsmarkLibraryBench: { bench: Record<string, (...x: unknown[]) => unknown> } }).NewsmarkLibraryBench.bench[n as string](...(a as unknown[])),
        [name, args] as const,
      ) as Promise<Awaited<ReturnType<Bench[K]>>>;

    console.log(`bench:library  Chromium ${context.browser()?.version() ?? '?'}  bundle ${(code.length / 1024).toFixed(1)} KiB  loadavg ${(await readFile('/proc/loadavg', 'utf8').catch(() => '?')).trim()}`);
    const setup = await call('setup', ARTICLES, HIGHLIGHTS, CLAIMS, 13);
    console.log(`  ${ARTICLES} articles, ${HIGHLIGHTS} highlights, ${CLAIMS} claims written to the database (scan prepared in ${setup.scanPrepMs.toFixed(0)} ms)`);

    const cold: Awaited<ReturnType<Bench['openCold']>>[] = [];
    for (let i = 0; i < COLD; i++) {
      const o = await call('openCold');
      cold.push(o);
      console.log(
        `  open, nothing kept ${i + 1}: ${secs(o.totalMs)} (read ${secs(o.readMs)}, documents ${secs(o.docsMs)}, index built ${secs(o.indexMs)}; ` +
          `longest pause ${fmt(o.longestPauseMs)} ms; ${o.docs} documents)   kept: toJSON ${secs(o.toKeptMs)}, written ${secs(o.writeMs)}, ${o.keptMB.toFixed(1)} MB, longest pause ${fmt(o.keepLongestPauseMs)} ms`,
      );
    }

    const indexMedians: number[] = [];
    const scanMedians: number[] = [];
    const allIndex: number[] = [];
    const allScan: number[] = [];
    const byKind = new Map<string, number[]>();
    for (let run = 0; run < RUNS; run++) {
      const r = await call('run', QUERIES, 100 + run);
      indexMedians.push(median(r.index));
      scanMedians.push(median(r.scan));
      allIndex.push(...r.index);
      allScan.push(...r.scan);
      r.kinds.forEach((k, i) => byKind.set(k, [...(byKind.get(k) ?? []), r.index[i]]));
      console.log(
        `  queries ${run + 1}: index median ${fmt(median(r.index))} ms  p95 ${fmt(percentile(r.index, 95))} ms   |   ` +
          `plain scan median ${fmt(median(r.scan))} ms  p95 ${fmt(percentile(r.scan, 95))} ms   (${QUERIES} queries, median ${median(r.hits)} hits)`,
      );
    }
    console.log(`  by kind (index, all runs): ${[...byKind].map(([k, v]) => `${k} ${fmt(median(v)).trim()}/${fmt(percentile(v, 95)).trim()}`).join(', ')} ms (median/p95)`);
    const typing = await call('typing', 20, 77);
    console.log(
      `  typing a word (20 words, each keystroke a query; median/p95 by letters typed): ` +
        Object.entries(typing).map(([n, v]) => `${n === '5' ? '5+' : n} ${fmt(median(v)).trim()}/${fmt(percentile(v, 95)).trim()}`).join(', ') + ' ms',
    );
    const edits: number[] = [];
    for (let i = 0; i < 5; i++) edits.push((await call('syncOneEdit', 7 + i * 1000)).ms);
    // Edits in the database until search finds them: the old way (whole library re-read) first, while no
    // mirror follows the database, then the way the Search view follows it now.
    const inDb: Record<'write' | 'reread' | 'followed', number[]> = { write: [], reread: [], followed: [] };
    for (const way of ['write', 'reread', 'followed'] as const) {
      for (let i = 0; i < EDITS; i++) inDb[way].push((await call('editInDb', 11 + i * 997 + (way === 'followed' ? 500 : 0), way)).ms);
    }
    console.log(`  loadavg ${(await readFile('/proc/loadavg', 'utf8').catch(() => '?')).trim()}`);

    const warm: Awaited<ReturnType<Bench['openWarm']>>[] = [];
    for (let i = 0; i < OPENS; i++) {
      await page.reload();
      const o = await call('openWarm');
      if (o.from !== 'kept') throw new Error(`the kept index was not used: ${o.rejected ?? 'none kept'}`);
      warm.push(o);
      console.log(
        `  open, index kept ${i + 1}:   ${secs(o.totalMs)} (read ${secs(o.readMs)}, documents ${secs(o.docsMs)}, index loaded and checked ${secs(o.indexMs)}; longest pause ${fmt(o.longestPauseMs)} ms)`,
      );
    }

    const im = median(indexMedians);
    const sm = median(scanMedians);
    const med = (xs: number[]) => median(xs);
    console.log('');
    console.log(`  open, nothing kept: median ${secs(med(cold.map((o) => o.totalMs)))} (index built ${secs(med(cold.map((o) => o.indexMs)))}), longest pause median ${fmt(med(cold.map((o) => o.longestPauseMs)))} ms; keeping it: ${secs(med(cold.map((o) => o.toKeptMs + o.writeMs)))}, longest pause ${fmt(med(cold.map((o) => o.keepLongestPauseMs)))} ms   (n=${COLD})`);
    console.log(`  open, index kept:   median ${secs(med(warm.map((o) => o.totalMs)))} (index loaded ${secs(med(warm.map((o) => o.indexMs)))}), longest pause median ${fmt(med(warm.map((o) => o.longestPauseMs)))} ms   (n=${OPENS})`);
    console.log(`  index:      median of run medians ${fmt(im)} ms   p95 of all ${fmt(percentile(allIndex, 95))} ms   (goal < ${GOAL_MS} ms median: ${im < GOAL_MS ? 'met' : 'NOT met'})`);
    console.log(`  plain scan: median of run medians ${fmt(sm)} ms   p95 of all ${fmt(percentile(allScan, 95))} ms   (index ${(sm / im).toFixed(1)}× faster)`);
    console.log(`  one note edited, library re-synced (docs rebuilt, 1 re-indexed): median ${fmt(median(edits))} ms over 5`);
    console.log(
      `  one note edited in the database until search finds it (n=${EDITS} each): whole library re-read ${fmt(median(inDb.reread))} ms   |   ` +
        `only the change read ${fmt(median(inDb.followed))} ms   (the write alone ${fmt(median(inDb.write))} ms; ${(median(inDb.reread) / median(inDb.followed)).toFixed(0)}× less)`,
    );
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
