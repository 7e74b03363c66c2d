/**
 * npm run bench:extract [-- --runs 5 --set dev|fundus|readability|meta|all --worst 8 --verbose --holdout]
 *
 * Newsmark's extractor and Mozilla Readability side by side, in one process,
 * on the same linkedom documents. Readability's time includes the cloneNode it
 * needs to leave the page untouched; its result is turned into text by the
 * same block-aware renderer as ours, so only the choice of content differs.
 * Each page is timed `runs` times per extractor (interleaved) and its median
 * kept, so the medians quoted are medians of at least five runs.
 *
 * On the two news sets every page is a story, so a page our extractor judges
 * "not an article" is scored as an empty body: that is what the reader gets
 * (the popup says there is no article). Pages under F1 0.5 are always listed;
 * `--verbose` prints every page's row. The Fundus pages held back as a blind
 * batch (tests/fixtures/extract/fundus-holdout.json) are never scored unless
 * `--holdout` is given, and then only as one aggregate line.
 */
import { writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../core/extract/index';
import { renderBlockText } from '../core/extract/block-text';
import { aggregate, pageCounts, pageF1, type PageCounts } from './lib/shingle-f1';
import {
  READABILITY_TEST_URL,
  hasNewsBenchmark,
  hasReadabilityPages,
  loadNewsBenchmark,
  loadReadabilityPages,
} from './lib/datasets';
import { hasFundus, loadFundusPages } from './lib/fundus-set';
import { METADATA_FIELDS, fieldAgreement } from './lib/metadata-agreement';
import { median, percentile } from './lib/stats';
import { oneOf, readCommandLine, wholeNumber } from './lib/command-line';
import { metadataBench } from './lib/metadata-bench';

const SETS = ['dev', 'fundus', 'readability', 'meta', 'all'] as const;

interface Args {
  runs: number;
  set: (typeof SETS)[number];
  worst: number;
  verbose: boolean;
  holdout: boolean;
}

const USAGE = 'usage: npm run bench:extract [-- --runs N --set dev|fundus|readability|meta|all --worst N --verbose --holdout]';

function parseArgs(argv: string[]): Args {
  const { values } = readCommandLine({
    usage: USAGE,
    argv,
    options: { runs: { type: 'string' }, set: { type: 'string' }, worst: { type: 'string' }, verbose: { type: 'boolean' }, holdout: { type: 'boolean' } },
  });
  return {
    runs: wholeNumber(USAGE, 'runs', values.runs, 5),
    set: oneOf(USAGE, 'set', values.set, SETS, 'all'),
    worst: wholeNumber(USAGE, 'worst', values.worst, 8, 0),
    verbose: (values.verbose ?? false) || !!process.env.BENCH_VERBOSE,
    holdout: values.holdout ?? false,
  };
}

/** Below this F1 the reader has lost the story: listed on every run. */
const LOST_BELOW = 0.5;

interface Case {
  id: string;
  url: string;
  html: string;
  truth: (doc: Document) => string;
}

interface Outcome {
  id: string;
  ours: { counts: PageCounts; ms: number; text: string; isArticle: boolean };
  readability: { counts: PageCounts; ms: number };
}

function runOurs(html: string, url: string, storiesOnly: boolean): { text: string; ms: number; isArticle: boolean } {
  const { document } = parseHTML(html);
  const t0 = performance.now();
  const article = extractArticle(document as unknown as Document, { url });
  const ms = performance.now() - t0;
  const isArticle = article?.isArticle ?? false;
  return { text: storiesOnly && !isArticle ? '' : (article?.text ?? ''), ms, isArticle };
}

function runReadability(html: string): { text: string; ms: number } {
  const { document } = parseHTML(html);
  const t0 = performance.now();
  const clone = document.cloneNode(true) as unknown as Document;
  let result: ReturnType<Readability<string>['parse']> = null;
  try {
    result = new Readability(clone, { serializer: (el: Node) => el as unknown as string }).parse();
  } catch {
    // Readability throws on a few pages under linkedom: it found nothing there.
  }
  const ms = performance.now() - t0;
  const content = result?.content as unknown as Element | undefined;
  return { text: content ? renderBlockText([content]).text : '', ms };
}

/** `storiesOnly`: every page of the set is a story, so "not an article" scores an empty body. */
function runSet(cases: Case[], runs: number, storiesOnly: boolean): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const oursMs: number[] = [];
    const theirMs: number[] = [];
    let oursText = '';
    let theirText = '';
    let isArticle = false;
    for (let r = 0; r < runs; r++) {
      const o = runOurs(c.html, c.url, storiesOnly);
      oursMs.push(o.ms);
      oursText = o.text;
      isArticle = o.isArticle;
      const t = runReadability(c.html);
      theirMs.push(t.ms);
      theirText = t.text;
    }
    const { document } = parseHTML(c.html);
    const truth = c.truth(document as unknown as Document);
    outcomes.push({
      id: c.id,
      ours: { counts: pageCounts(truth, oursText), ms: median(oursMs), text: oursText, isArticle },
      readability: { counts: pageCounts(truth, theirText), ms: median(theirMs) },
    });
  }
  return outcomes;
}

function report(name: string, outcomes: Outcome[], args: Args): void {
  if (process.env.BENCH_DUMP) {
    // Per-page scores for comparing two versions of the extractor while tuning.
    const dump = Object.fromEntries(outcomes.map((o) => [o.id, Number(pageF1(o.ours.counts).toFixed(4))]));
    writeFileSync(`${process.env.BENCH_DUMP}-${name.split(' ')[0]}.json`, JSON.stringify(dump, null, 1));
  }
  const ours = aggregate(outcomes.map((o) => o.ours.counts));
  const theirs = aggregate(outcomes.map((o) => o.readability.counts));
  const oursMs = outcomes.map((o) => o.ours.ms);
  const theirMs = outcomes.map((o) => o.readability.ms);
  const f = (x: number): string => x.toFixed(3);
  const ms = (x: number): string => x.toFixed(2).padStart(7);
  const lost = (pick: (o: Outcome) => PageCounts): number => outcomes.filter((o) => pageF1(pick(o)) < LOST_BELOW).length;
  const notArticle = outcomes.filter((o) => !o.ours.isArticle).length;
  console.log(`\n== ${name}: ${outcomes.length} pages`);
  console.log(`              precision  recall     F1   F1<${LOST_BELOW}   median ms   p95 ms   max ms`);
  console.log(
    `newsmark        ${f(ours.precision)}   ${f(ours.recall)}  ${f(ours.f1)}   ${String(lost((o) => o.ours.counts)).padStart(5)}   ${ms(median(oursMs))}  ${ms(percentile(oursMs, 95))}  ${ms(Math.max(...oursMs))}`,
  );
  console.log(
    `readability     ${f(theirs.precision)}   ${f(theirs.recall)}  ${f(theirs.f1)}   ${String(lost((o) => o.readability.counts)).padStart(5)}   ${ms(median(theirMs))}  ${ms(percentile(theirMs, 95))}  ${ms(Math.max(...theirMs))}`,
  );
  console.log(
    `F1 difference ${(ours.f1 - theirs.f1 >= 0 ? '+' : '') + f(ours.f1 - theirs.f1)}; median time ratio newsmark/readability ${(median(oursMs) / median(theirMs)).toFixed(3)}; judged not an article: ${notArticle}`,
  );
  const row = (o: Outcome): string =>
    `  ${o.id.slice(0, 44).padEnd(44)} ${f(pageF1(o.ours.counts))}  ${f(pageF1(o.readability.counts))}  ${o.ours.ms.toFixed(1).padStart(6)}${o.ours.isArticle ? '' : '  not an article'}`;
  const byF1 = [...outcomes].sort((a, b) => pageF1(a.ours.counts) - pageF1(b.ours.counts));
  const under = byF1.filter((o) => pageF1(o.ours.counts) < LOST_BELOW);
  if (under.length > 0) {
    console.log(`pages under ${LOST_BELOW} (newsmark F1, readability F1, newsmark ms):`);
    for (const o of under) console.log(row(o));
  }
  if (args.verbose) {
    console.log(`every page (newsmark F1, readability F1, newsmark ms):`);
    for (const o of outcomes) console.log(row(o));
  } else if (args.worst > 0) {
    console.log(`worst pages (newsmark F1, readability F1, newsmark ms):`);
    for (const o of byF1.slice(0, args.worst)) console.log(row(o));
  }
  const slow = [...outcomes].sort((a, b) => b.ours.ms - a.ours.ms)[0];
  if (slow) console.log(`slowest page for newsmark: ${slow.id.slice(0, 44)} ${slow.ours.ms.toFixed(1)} ms`);
}

/**
 * The blind batch: one aggregate line and nothing per page, so that reading
 * its result can never point at a page to tune on.
 */
function holdoutReport(name: string, outcomes: Outcome[]): void {
  const ours = aggregate(outcomes.map((o) => o.ours.counts));
  const theirs = aggregate(outcomes.map((o) => o.readability.counts));
  const lost = outcomes.filter((o) => pageF1(o.ours.counts) < LOST_BELOW).length;
  const theirLost = outcomes.filter((o) => pageF1(o.readability.counts) < LOST_BELOW).length;
  const notArticle = outcomes.filter((o) => !o.ours.isArticle).length;
  const ratio = median(outcomes.map((o) => o.ours.ms)) / median(outcomes.map((o) => o.readability.ms));
  console.log(
    `\n== ${name}: ${outcomes.length} pages, F1 newsmark ${ours.f1.toFixed(3)} (P ${ours.precision.toFixed(3)} R ${ours.recall.toFixed(3)}, ${lost} under ${LOST_BELOW}, ${notArticle} judged not an article), readability ${theirs.f1.toFixed(3)} (${theirLost} under ${LOST_BELOW}), difference ${(ours.f1 - theirs.f1 >= 0 ? '+' : '') + (ours.f1 - theirs.f1).toFixed(3)}, median time ratio ${ratio.toFixed(3)}`,
  );
}

function metadataReport(verbose: boolean): void {
  const pages = loadReadabilityPages().map((page) => {
    const { document } = parseHTML(page.source);
    return { id: page.id, metadata: page.metadata, ours: extractArticle(document as unknown as Document, { url: READABILITY_TEST_URL }) };
  });
  console.log(`\n== readability-test-pages metadata agreement (pages giving the field)`);
  for (const check of METADATA_FIELDS) {
    const t = fieldAgreement(check, pages);
    console.log(`${check.field.padEnd(12)} ${t.agree}/${t.given} = ${((100 * t.agree) / t.given).toFixed(1)}%`);
    if (verbose) for (const m of t.misses) console.log(`    ${m.slice(0, 200)}`);
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const wants = (set: Args['set']): boolean => args.set === set || args.set === 'all';
  if (wants('dev') && !hasNewsBenchmark()) {
    console.log('skipping news-benchmark-dev: ../shared/fixtures/news-benchmark-dev not found');
  } else if (wants('dev')) {
    const cases: Case[] = loadNewsBenchmark().map((p) => ({ id: p.id, url: p.url, html: p.html, truth: () => p.truth }));
    report('news-benchmark-dev', runSet(cases, args.runs, true), args);
  }
  if (wants('fundus') && !hasFundus()) {
    console.log('skipping fundus-news-dev: ../shared/fixtures/fundus-news-dev not found');
  } else if (wants('fundus')) {
    const cases: Case[] = loadFundusPages('dev').map((p) => ({ id: p.id, url: p.url, html: p.html, truth: () => p.truth }));
    report('fundus-news-dev (held-out publishers excluded)', runSet(cases, args.runs, true), args);
    if (args.holdout) {
      const held: Case[] = loadFundusPages('holdout').map((p) => ({ id: p.id, url: p.url, html: p.html, truth: () => p.truth }));
      holdoutReport('fundus-news-dev HELD-OUT batch', runSet(held, args.runs, true));
    }
  }
  if (wants('readability') && !hasReadabilityPages()) {
    console.log('skipping readability-test-pages: ../shared/fixtures/readability-test-pages not found');
  } else if (wants('readability')) {
    const cases: Case[] = loadReadabilityPages().map((p) => ({
      id: p.id,
      url: READABILITY_TEST_URL,
      html: p.source,
      truth: () => {
        const { document } = parseHTML(p.expected);
        return renderBlockText([document.documentElement as unknown as Element]).text;
      },
    }));
    // Not every test page is a story (Readability extracts from any page), so its text counts whatever the verdict.
    report('readability-test-pages (truth: expected.html)', runSet(cases, args.runs, false), args);
    metadataReport(args.verbose);
  }
  if (args.set === 'meta' || args.set === 'all') metadataBench(args.holdout ? ['--holdout'] : []);
}

main();
