/**
 * npm run bench:storage [-- --articles N --highlights N --rounds N --loads N]
 *
 * Times the storage code in real Chromium: loading one article's highlights
 * among 100,000 (goal: < 10 ms median) and inserting a batch of 1,000,
 * each printed beside reference queries run on the same data in the same
 * browser, so ratios mean something on any machine.
 *
 * A persistent profile in a temp dir is used (not an incognito context)
 * because Chromium keeps incognito IndexedDB in memory, which would flatter us.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { median, percentile } from './lib/stats';
import { readCommandLine, wholeNumber } from './lib/command-line';
import { startStaticServer, type StaticServer } from './static-server';
import { findChromium } from './launch-browser';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = 'usage: npm run bench:storage [-- --articles N --highlights N --rounds N --loads N]';
const { values: flags } = readCommandLine({
  usage: USAGE,
  options: { articles: { type: 'string' }, highlights: { type: 'string' }, rounds: { type: 'string' }, loads: { type: 'string' } },
});
const ARTICLES = wholeNumber(USAGE, 'articles', flags.articles, 10_000);
const HIGHLIGHTS = wholeNumber(USAGE, 'highlights', flags.highlights, 100_000);
const ROUNDS = wholeNumber(USAGE, 'rounds', flags.rounds, 5);
const LOADS_PER_ROUND = wholeNumber(USAGE, 'loads', flags.loads, 60);
const BATCH = 1_000;
const GOAL_LOAD_MS = 10;

async function bundle(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(ROOT, 'scripts/bench-storage/page.ts'),
        name: 'NewsmarkBench',
        formats: ['iife'],
        fileName: () => 'bench.js',
      },
    },
  });
  await writeFile(
    join(outDir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench:storage</title><script src="bench.js"></script>',
  );
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

function row(label: string, values: number[], extra = ''): void {
  const stats = `median ${fmt(median(values)).padStart(7)} ms   p95 ${fmt(percentile(values, 95)).padStart(7)} ms`;
  console.log(`  ${label.padEnd(58)} ${stats}   n=${values.length}${extra ? `   ${extra}` : ''}`);
}

type Bench = {
  fill(a: number, h: number): Promise<{ ms: number }>;
  reopen(): Promise<number>;
  timeLoads(loader: string, n: number, seed: number, articles: number): Promise<{ ms: number[]; sizes: number[] }>;
  timeCount(): Promise<{ ms: number; count: number }>;
  timeBatchInsert(size: number, seed: number, articles: number): Promise<number>;
  timeRawBulkAdd(size: number, seed: number, articles: number): Promise<number>;
};

function call<K extends keyof Bench>(page: Page, name: K, ...args: Parameters<Bench[K]>): Promise<Awaited<ReturnType<Bench[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const bench = (window as unknown as { NewsmarkBench: { bench: Record<string, (...x: unknown[]) => unknown> } })
        .NewsmarkBench.bench;
      return bench[n as string](...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Bench[K]>>>;
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  const work = await mkdtemp(join(tmpdir(), 'newsmark-bench-storage-'));
  const siteDir = join(work, 'site');
  const profileDir = join(work, 'profile');
  let server: StaticServer | undefined;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    await bundle(siteDir);
    server = await startStaticServer({ root: siteDir });
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(0);
    await page.goto(server.url('/'));
    const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent.match(/Chrom(e|ium)\/([\d.]+)/)?.[2] ?? '?'));

    console.log(`bench:storage: Chromium ${version}, on-disk profile, ${HIGHLIGHTS.toLocaleString('en')} highlights over ${ARTICLES.toLocaleString('en')} articles`);
    const filled = await call(page, 'fill', ARTICLES, HIGHLIGHTS);
    console.log(`  (setup: filled in ${(filled.ms / 1000).toFixed(1)} s)`);

    // A fresh page and connection, as when the background starts: nothing warm in JS.
    await page.reload();
    const openMs = await call(page, 'reopen');
    const firstLoad = await call(page, 'timeLoads', 'ours', 1, 999, ARTICLES);

    const ours: number[] = [];
    const roundMedians: number[] = [];
    const plain: number[] = [];
    const raw: number[] = [];
    const sizes: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      // Same seed per round for every loader, interleaved, so they load the same articles under the same conditions.
      const seed = 1000 + r;
      const a = await call(page, 'timeLoads', 'ours', LOADS_PER_ROUND, seed, ARTICLES);
      const b = await call(page, 'timeLoads', 'plainIndex', LOADS_PER_ROUND, seed, ARTICLES);
      const c = await call(page, 'timeLoads', 'rawGetAll', LOADS_PER_ROUND, seed, ARTICLES);
      ours.push(...a.ms);
      roundMedians.push(median(a.ms));
      plain.push(...b.ms);
      raw.push(...c.ms);
      sizes.push(...a.sizes);
    }
    const noIndex = await call(page, 'timeLoads', 'noIndex', 5, 7, ARTICLES);
    const counts: number[] = [];
    let total = 0;
    for (let r = 0; r < 5; r++) {
      const c = await call(page, 'timeCount');
      counts.push(c.ms);
      total = c.count;
    }

    console.log(`\nLoad one article's highlights (${total.toLocaleString('en')} stored; per article: median ${median(sizes)}, max ${Math.max(...sizes)})`);
    row('ours: listHighlights ([articleKey+created] index)', ours, `round medians ${roundMedians.map(fmt).join(' / ')}`);
    row('reference: Dexie where(articleKey).equals() (plain index)', plain);
    row('reference: raw IndexedDB index.getAll(), no Dexie', raw);
    row('reference: without an index (Dexie filter, full scan)', noIndex.ms);
    row('reference: full-table count()', counts);
    console.log(`  first load on a fresh connection: open ${fmt(openMs)} ms + load ${fmt(firstLoad.ms[0])} ms`);

    const inserts: number[] = [];
    const rawInserts: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      inserts.push(await call(page, 'timeBatchInsert', BATCH, r + 1, ARTICLES));
      rawInserts.push(await call(page, 'timeRawBulkAdd', BATCH, 100 + r, ARTICLES));
    }
    console.log(`\nInsert a batch of ${BATCH.toLocaleString('en')} highlights`);
    row('ours: addHighlights (validation, article upserts, one tx)', inserts);
    row('reference: bare bulkAdd of prebuilt records', rawInserts);

    const loadMedian = median(roundMedians);
    const verdict = loadMedian < GOAL_LOAD_MS ? 'met' : 'NOT MET';
    console.log(
      `\nGoal: load one article's highlights < ${GOAL_LOAD_MS} ms median: ${verdict} (median of ${ROUNDS} round medians ${fmt(loadMedian)} ms; ` +
        `${(median(noIndex.ms) / median(ours)).toFixed(0)}x faster than without an index, ${(median(ours) / median(raw)).toFixed(1)}x raw getAll)`,
    );
    if (loadMedian >= GOAL_LOAD_MS) process.exitCode = 1;
  } finally {
    await context?.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench:storage failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
