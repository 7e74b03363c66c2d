/**
 * npm run bench:content [-- --set dev|readability|all --runs 5 --slowest 5 --profile --only ID-PART]
 *
 * How long the content script's analysis (`analyzeDocument`: extraction,
 * attribution, selectors) holds the page's main thread, in real headless
 * Chromium, on the saved pages of ../shared. The content script runs it in
 * slices of at most IDLE_SLICE_MS over idle callbacks (issue 3: never more
 * than 50 ms at a time); the bench runs the same slices back to back and
 * reports the longest, beside the whole analysis as if it were one call. Mozilla Readability (what
 * Firefox Reader View runs, on a `cloneNode(true)` of the document so the page
 * stays untouched) runs on the same page in the same browser as the reference.
 *
 * Per page, in a fresh navigation: our analysis once (cold: what the content
 * script meets on a page load, code not yet optimised), Readability once
 * (cold), then runs-1 warm runs of each, interleaved. Warm figures are the
 * per-page median of the warm runs.
 *
 * --profile: instead, the cold analysis of every page runs under V8's sampling
 * profiler (unminified bundle, so functions keep their names) and the self
 * time per function, summed over the pages, says where the blocking time goes.
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findChromium } from './launch-browser';
import { IDLE_SLICE_MS } from '../core/steps';
import type { DocumentAnalysis } from '../core/analyze';
import { ColdProfile, startProfiler } from './bench-content/cold-profile';
import { bundleIife } from './lib/iife-bundle';
import { median, percentile } from './lib/stats';
import { oneOf, readCommandLine, wholeNumber } from './lib/command-line';
import { startStaticServer } from './static-server';
import { inertHtml } from './lib/inert-html';
import {
  READABILITY_TEST_URL,
  hasNewsBenchmark,
  hasReadabilityPages,
  loadNewsBenchmark,
  loadReadabilityPages,
  newsBenchmarkDir,
  readabilityPagesDir,
} from './lib/datasets';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BLOCK_LIMIT_MS = 50;

interface Args {
  set: 'dev' | 'readability' | 'all';
  runs: number;
  slowest: number;
  profile: boolean;
  /** Only pages whose id contains this. */
  only: string;
}

const USAGE = 'usage: npm run bench:content [-- --set dev|readability|all --runs N>=2 --slowest N --profile --only ID-PART]';

function readArgs(): Args {
  const { values } = readCommandLine({
    usage: USAGE,
    options: {
      set: { type: 'string' },
      runs: { type: 'string' },
      slowest: { type: 'string' },
      profile: { type: 'boolean' },
      only: { type: 'string' },
    },
  });
  return {
    set: oneOf(USAGE, 'set', values.set, ['dev', 'readability', 'all'] as const, 'all'),
    runs: wholeNumber(USAGE, 'runs', values.runs, 5, 2),
    slowest: wholeNumber(USAGE, 'slowest', values.slowest, 5, 0),
    profile: values.profile ?? false,
    only: values.only ?? '',
  };
}

// ---------------------------------------------------------------- node side

interface BenchPage {
  id: string;
  url: string;
  html: string;
}

/** One block of main-thread work: wall time in the page, and the main thread's CPU time. */
interface Block {
  wall: number;
  cpu: number;
}

interface Run {
  first: Block;
  second: Block;
  /** Wall time of the longest slice of each half, as the content script slices them. */
  firstLongestSlice: number;
  secondLongestSlice: number;
  ms: DocumentAnalysis['ms'];
  readability: Block;
}

interface PageResult {
  id: string;
  runs: Run[];
  words: number;
  isArticle: boolean;
  claims: number;
}

type PageApi = typeof import('./bench-content/page');
type BenchWindow = { BenchContentPage: PageApi };

const f = (x: number, width = 7) => x.toFixed(2).padStart(width);

const total = (run: Run): Block => ({ wall: run.first.wall + run.second.wall, cpu: run.first.cpu + run.second.cpu });
const longestHalf = (run: Run): Block => ({ wall: Math.max(run.first.wall, run.second.wall), cpu: Math.max(run.first.cpu, run.second.cpu) });
/**
 * The longest single task as the content script runs it: one slice of either
 * half. Wall time is measured per slice; CPU time only per half, so a slice's
 * CPU is bounded by its wall time and by its half's CPU.
 */
const longestTask = (run: Run): Block => ({
  wall: Math.max(run.firstLongestSlice, run.secondLongestSlice),
  cpu: Math.max(Math.min(run.first.cpu, run.firstLongestSlice), Math.min(run.second.cpu, run.secondLongestSlice)),
});
const cold = <T>(r: PageResult, pick: (run: Run) => T): T => pick(r.runs[0]);
/** Per page, the median of the warm runs. */
const warm = (r: PageResult, pick: (run: Run) => number): number => median(r.runs.slice(1).map(pick));

function report(name: string, results: PageResult[], args: Args): void {
  if (results.length === 0) return;
  const stats = (xs: number[]) => `${f(median(xs))} ${f(percentile(xs, 95))} ${f(Math.max(...xs))}`;
  /** A row with the wall-time and CPU-time distributions over pages. */
  const row = (label: string, pick: (run: Run) => Block, which: 'cold' | 'warm') => {
    const per = (k: keyof Block) => results.map((r) => (which === 'cold' ? cold(r, pick)[k] : warm(r, (run) => pick(run)[k])));
    return `  ${label.padEnd(38)} ${stats(per('wall'))}   ${stats(per('cpu'))}`;
  };
  /** A row of the analysis' own stage timers (wall only). */
  const stage = (label: string, key: keyof DocumentAnalysis['ms'], which: 'cold' | 'warm') =>
    `  ${label.padEnd(38)} ${stats(results.map((r) => (which === 'cold' ? cold(r, (run) => run.ms[key]) : warm(r, (run) => run.ms[key]))))}`;
  const articles = results.filter((r) => r.isArticle).length;
  console.log(`\n${name}: ${results.length} pages (${articles} taken as articles), ${args.runs} runs each`);
  console.log(`  ${'ms per page'.padEnd(38)} ${'wall: median'.padStart(14)} ${'p95'.padStart(7)} ${'max'.padStart(7)}   ${'CPU: median'.padStart(11)} ${'p95'.padStart(7)} ${'max'.padStart(7)}`);
  for (const which of ['cold', 'warm'] as const) {
    console.log(row(`Newsmark analyzeDocument, ${which}`, total, which));
    console.log(stage(`  extract`, 'extract', which));
    console.log(stage(`  attribute`, 'attribute', which));
    console.log(stage(`  selectors (body index + claims)`, 'selectors', which));
    console.log(row(`  longest half (extract | attribute)`, longestHalf, which));
    console.log(row(`  longest task (one slice)`, longestTask, which));
    console.log(row(`Readability (cloneNode + parse), ${which}`, (run) => run.readability, which));
  }
  const ratio = (which: 'cold' | 'warm', k: keyof Block) => {
    const pick = (run: Run) => total(run)[k];
    const refPick = (run: Run) => run.readability[k];
    const ours = results.map((r) => (which === 'cold' ? cold(r, pick) : warm(r, pick)));
    const ref = results.map((r) => (which === 'cold' ? cold(r, refPick) : warm(r, refPick)));
    return (median(ours) / median(ref)).toFixed(2);
  };
  console.log(
    `  ratio of medians Newsmark / Readability: cold ${ratio('cold', 'wall')} wall, ${ratio('cold', 'cpu')} CPU; warm ${ratio('warm', 'wall')} wall, ${ratio('warm', 'cpu')} CPU`,
  );
  // Attribution runs only on pages taken as articles; pages with almost no
  // text would divide timer noise by a tiny word count.
  const attributed = results.filter((r) => r.isArticle && r.words >= 100);
  if (attributed.length) {
    const perK = (which: 'cold' | 'warm') =>
      attributed.map((r) => ((which === 'cold' ? cold(r, (run) => run.ms.attribute) : warm(r, (run) => run.ms.attribute)) / r.words) * 1000);
    const line = (xs: number[]) => `median ${f(median(xs), 0)} p95 ${f(percentile(xs, 95), 0)} max ${f(Math.max(...xs), 0)}`;
    console.log(
      `  attribution ms per 1,000 words, wall (${attributed.length} article pages >= 100 words): warm ${line(perK('warm'))}; cold ${line(perK('cold'))}  (goal <= 10 median)`,
    );
  }
  const over = (pick: (run: Run) => Block, k: keyof Block) =>
    `cold ${results.filter((r) => cold(r, pick)[k] > BLOCK_LIMIT_MS).length}, warm ${results.filter((r) => warm(r, (run) => pick(run)[k]) > BLOCK_LIMIT_MS).length}, any run ${results.filter((r) => r.runs.some((run) => pick(run)[k] > BLOCK_LIMIT_MS)).length}`;
  console.log(`  pages over ${BLOCK_LIMIT_MS} ms in one block (goal: 0):`);
  console.log(`    whole analysis in one callback: wall ${over(total, 'wall')}; CPU ${over(total, 'cpu')}`);
  console.log(`    in two halves (longest half):   wall ${over(longestHalf, 'wall')}; CPU ${over(longestHalf, 'cpu')}`);
  console.log(`    as the content script runs it:  wall ${over(longestTask, 'wall')}; CPU ${over(longestTask, 'cpu')}  (one ${IDLE_SLICE_MS} ms slice of either half)`);
  const slowest = [...results].sort((a, b) => cold(b, total).cpu - cold(a, total).cpu).slice(0, args.slowest);
  if (slowest.length) {
    console.log(`  slowest ${slowest.length} by cold analysis CPU (ms; extract/attrib/select are the stage timers, wall):`);
    console.log(
      `    ${'page'.padEnd(28)} ${'cpu'.padStart(7)} ${'wall'.padStart(7)} ${'extract'.padStart(7)} ${'attrib'.padStart(7)} ${'select'.padStart(7)} ${'half1'.padStart(7)} ${'half2'.padStart(7)} ${'warm'.padStart(7)} ${'Rdb cold'.padStart(8)} ${'Rdb warm'.padStart(8)} ${'words'.padStart(6)} ${'claims'.padStart(6)}`,
    );
    for (const r of slowest) {
      const c = r.runs[0];
      console.log(
        `    ${r.id.slice(0, 28).padEnd(28)} ${f(total(c).cpu)} ${f(total(c).wall)} ${f(c.ms.extract)} ${f(c.ms.attribute)} ${f(c.ms.selectors)} ${f(c.first.cpu)} ${f(c.second.cpu)} ${f(warm(r, (run) => total(run).cpu))} ${f(c.readability.cpu, 8)} ${f(warm(r, (run) => run.readability.cpu), 8)} ${String(r.words).padStart(6)} ${String(r.claims).padStart(6)}`,
      );
    }
    console.log('    (cpu, half1, half2, warm, Rdb: main-thread CPU time)');
  }
}

/**
 * The renderer main thread's CPU time, in ms. On a machine shared with other
 * work, wall time counts the time the thread waited for a core; CPU time is
 * what the page would be blocked for on a core of its own.
 */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

async function measurePage(page: Page, cdp: CDPSession, p: BenchPage, runs: number): Promise<PageResult> {
  /** One page.evaluate (one task on the page's main thread), with the thread's CPU time around it. */
  const task = async <T>(evaluate: () => Promise<T>): Promise<{ value: T; cpu: number }> => {
    const before = await threadMs(cdp);
    const value = await evaluate();
    return { value, cpu: (await threadMs(cdp)) - before };
  };
  const overheads: number[] = [];
  for (let i = 0; i < 3; i++) overheads.push((await task(() => page.evaluate(() => (window as unknown as BenchWindow).BenchContentPage.nothing()))).cpu);
  const overhead = median(overheads);
  const block = (wall: number, cpu: number): Block => ({ wall, cpu: Math.max(0, cpu - overhead) });
  const result: PageResult = { id: p.id, runs: [], words: 0, isArticle: false, claims: 0 };
  // Ours first on the fresh page: its first run is the one the content script makes.
  for (let r = 0; r < runs; r++) {
    const first = await task(() => page.evaluate((url) => (window as unknown as BenchWindow).BenchContentPage.firstHalf(url), p.url));
    const second = await task(() => page.evaluate(() => (window as unknown as BenchWindow).BenchContentPage.secondHalf()));
    const ref = await task(() => page.evaluate(() => (window as unknown as BenchWindow).BenchContentPage.readability()));
    result.runs.push({
      first: block(first.value.wall, first.cpu),
      firstLongestSlice: first.value.longestSlice,
      second: block(second.value.wall, second.cpu),
      secondLongestSlice: second.value.longestSlice,
      ms: second.value.ms,
      readability: block(ref.value, ref.cpu),
    });
    Object.assign(result, { words: second.value.words, isArticle: second.value.isArticle, claims: second.value.claims });
  }
  return result;
}

async function measureSet(page: Page, setPage: (html: string) => void, origin: string, pages: BenchPage[], args: Args): Promise<PageResult[]> {
  const results: PageResult[] = [];
  let n = 0;
  for (const p of pages) {
    setPage(inertHtml(p.html));
    try {
      await page.goto(`${origin}/page/${n++}`, { waitUntil: 'load', timeout: 30_000 });
      for (const content of [bundles.ours, bundles.readability, bundles.runner]) await page.addScriptTag({ content });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      results.push(await measurePage(page, cdp, p, args.runs));
      await cdp.detach();
    } catch (err) {
      console.log(`  ${p.id}: not measured (${err instanceof Error ? err.message.split('\n')[0] : err})`);
    }
    if (n % 25 === 0) process.stderr.write(`  ${n}/${pages.length}\r`);
  }
  return results;
}

type AnalyzeWindow = { NewsmarkAnalyze: typeof import('../core/analyze') };

async function profileSet(page: Page, setPage: (html: string) => void, origin: string, pages: BenchPage[]): Promise<ColdProfile> {
  const profile = new ColdProfile();
  let n = 0;
  for (const p of pages) {
    setPage(inertHtml(p.html));
    try {
      await page.goto(`${origin}/page/${n++}`, { waitUntil: 'load', timeout: 30_000 });
      await page.addScriptTag({ content: bundles.ours });
      const cdp = await startProfiler(page);
      await profile.record(cdp, () =>
        page.evaluate(({ url }) => (window as unknown as AnalyzeWindow).NewsmarkAnalyze.analyzeDocument(document, { url }).claims.length, { url: p.url }),
      );
      await cdp.detach();
    } catch (err) {
      console.log(`  ${p.id}: not profiled (${err instanceof Error ? err.message.split('\n')[0] : err})`);
    }
  }
  return profile;
}

const bundles = { ours: '', readability: '', runner: '' };

async function main(): Promise<void> {
  const args = readArgs();
  const require = createRequire(import.meta.url);
  bundles.ours = await bundleIife({ entry: resolve(repoRoot, 'core/analyze.ts'), name: 'NewsmarkAnalyze', minify: !args.profile });
  bundles.readability = await bundleIife({ entry: require.resolve('@mozilla/readability'), name: 'ReadabilityRef' });
  // What attribution alone weighs, minified and gzipped (issue 4: at most
  // 30 kB gzip added to the content script); it shares nothing with extraction.
  const attribution = await bundleIife({ entry: resolve(repoRoot, 'core/attribution/index.ts'), name: 'NewsmarkAttribution' });
  bundles.runner = await bundleIife({ entry: resolve(repoRoot, 'scripts/bench-content/page.ts'), name: 'BenchContentPage' });

  const sets: { name: string; load: () => BenchPage[] }[] = [];
  if (args.set !== 'readability') {
    if (hasNewsBenchmark()) sets.push({ name: 'news-benchmark-dev', load: () => loadNewsBenchmark().map(({ id, url, html }) => ({ id, url, html })) });
    else console.log(`skipping news-benchmark-dev: ${newsBenchmarkDir} not found (the shared data sets live beside the repo, in ../shared)`);
  }
  if (args.set !== 'dev') {
    if (hasReadabilityPages())
      sets.push({
        name: 'readability-test-pages',
        load: () => loadReadabilityPages().map(({ id, source }) => ({ id, url: READABILITY_TEST_URL, html: source })),
      });
    else console.log(`skipping readability-test-pages: ${readabilityPagesDir} not found (the shared data sets live beside the repo, in ../shared)`);
  }
  if (sets.length === 0) return;
  const selected = (set: (typeof sets)[number]) => set.load().filter((p) => p.id.includes(args.only));

  // One page at a time under /page/*; cross-origin isolated so performance.now() is precise to microseconds, not 100 µs.
  const server = await startStaticServer({
    headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store' },
  });
  const origin = server.origin;
  const setPage = (html: string) => server.route('/page/*', html);
  setPage('');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext();
    // Saved pages point at images, styles and frames on their sites: nothing
    // here should wait on the network, and the bench must not contact them.
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(`${origin}/page/warmup`);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const size = (code: string) => `${(code.length / 1024).toFixed(1)} KiB min, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`;
    console.log(`bench:content  Chromium ${browser.version()}  timer ${isolated ? 'precise (cross-origin isolated)' : 'coarse (100 µs)'}`);
    console.log(
      `bundles: core/analyze ${size(bundles.ours)}${args.profile ? ' (unminified for the profile)' : ''}; core/attribution alone ${size(attribution)}; Readability ${size(bundles.readability)}`,
    );
    if (args.profile) {
      for (const set of sets) {
        console.log(`\n${set.name}: cold analyzeDocument under the sampling profiler (unminified bundle)`);
        (await profileSet(page, setPage, origin, selected(set))).print(25);
      }
      return;
    }
    for (const set of sets) {
      const results = await measureSet(page, setPage, origin, selected(set), args);
      report(set.name, results, args);
    }
    console.log(
      `\ncold: the first analysis after the page loaded (what the content script does once per page); warm: median of runs 2..${args.runs}.\n` +
        'selectors: body-text index and the claims\' selectors. Two halves: extractPageSteps (extract + index) and\n' +
        'attributePageSteps (attribute + selectors), each in slices as the content script runs them.\n' +
        'Readability runs on document.cloneNode(true) as Reader View must; its time includes the clone. Wall-clock on a shared\n' +
        'machine: other processes inflate single runs, so compare ratios measured in the same run.',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
