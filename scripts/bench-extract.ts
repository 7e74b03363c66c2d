/**
 * npm run bench:extract [-- --runs 5 --set dev|readability|meta|all --worst 8 --holdout]
 *
 * Newsmark's extractor and Mozilla Readability side by side, in one process,
 * on the same linkedom documents. Readability's time includes the cloneNode it
 * needs to leave the page untouched; its result is turned into text by the
 * same block-aware renderer as ours, so only the choice of content differs.
 * Each page is timed `runs` times per extractor (interleaved) and its median
 * kept, so the medians quoted are medians of at least five runs.
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
import { METADATA_FIELDS, fieldAgreement } from './lib/metadata-agreement';
import { median, percentile } from './lib/stats';
import { oneOf, readCommandLine, wholeNumber } from './lib/command-line';
import { metadataBench } from './lib/metadata-bench';

interface Args {
  runs: number;
  set: 'dev' | 'readability' | 'meta' | 'all';
  worst: number;
  holdout: boolean;
}

const USAGE = 'usage: npm run bench:extract [-- --runs N --set dev|readability|meta|all --worst N --holdout]';

function parseArgs(argv: string[]): Args {
  const { values } = readCommandLine({ usage: USAGE, argv, options: { runs: { type: 'string' }, set: { type: 'string' }, worst: { type: 'string' }, holdout: { type: 'boolean' } } });
  return {
    runs: wholeNumber(USAGE, 'runs', values.runs, 5),
    set: oneOf(USAGE, 'set', values.set, ['dev', 'readability', 'meta', 'all'] as const, 'all'),
    worst: wholeNumber(USAGE, 'worst', values.worst, 8, 0),
    holdout: values.holdout ?? false,
  };
}

interface Case {
  id: string;
  url: string;
  html: string;
  truth: (doc: Document) => string;
}

interface Outcome {
  id: string;
  ours: { counts: PageCounts; ms: number; text: string };
  readability: { counts: PageCounts; ms: number };
}

function runOurs(html: string, url: string): { text: string; ms: number; article: ReturnType<typeof extractArticle> } {
  const { document } = parseHTML(html);
  const t0 = performance.now();
  const article = extractArticle(document as unknown as Document, { url });
  const ms = performance.now() - t0;
  return { text: article?.text ?? '', ms, article };
}

function runReadability(html: string): { text: string; ms: number } {
  const { document } = parseHTML(html);
  const t0 = performance.now();
  const clone = document.cloneNode(true) as unknown as Document;
  const result = new Readability(clone, { serializer: (el: Node) => el as unknown as string }).parse();
  const ms = performance.now() - t0;
  const content = result?.content as unknown as Element | undefined;
  return { text: content ? renderBlockText([content]).text : '', ms };
}

function runSet(cases: Case[], runs: number): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const oursMs: number[] = [];
    const theirMs: number[] = [];
    let oursText = '';
    let theirText = '';
    for (let r = 0; r < runs; r++) {
      const o = runOurs(c.html, c.url);
      oursMs.push(o.ms);
      oursText = o.text;
      const t = runReadability(c.html);
      theirMs.push(t.ms);
      theirText = t.text;
    }
    const { document } = parseHTML(c.html);
    const truth = c.truth(document as unknown as Document);
    outcomes.push({
      id: c.id,
      ours: { counts: pageCounts(truth, oursText), ms: median(oursMs), text: oursText },
      readability: { counts: pageCounts(truth, theirText), ms: median(theirMs) },
    });
  }
  return outcomes;
}

function report(name: string, outcomes: Outcome[], worst: number): void {
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
  console.log(`\n== ${name}: ${outcomes.length} pages`);
  console.log(`              precision  recall     F1   median ms   p95 ms   max ms`);
  console.log(
    `newsmark        ${f(ours.precision)}   ${f(ours.recall)}  ${f(ours.f1)}   ${ms(median(oursMs))}  ${ms(percentile(oursMs, 95))}  ${ms(Math.max(...oursMs))}`,
  );
  console.log(
    `readability     ${f(theirs.precision)}   ${f(theirs.recall)}  ${f(theirs.f1)}   ${ms(median(theirMs))}  ${ms(percentile(theirMs, 95))}  ${ms(Math.max(...theirMs))}`,
  );
  console.log(
    `F1 difference ${(ours.f1 - theirs.f1 >= 0 ? '+' : '') + f(ours.f1 - theirs.f1)}; median time ratio newsmark/readability ${(median(oursMs) / median(theirMs)).toFixed(3)}`,
  );
  if (worst > 0) {
    console.log(`worst pages (newsmark F1, readability F1, newsmark ms):`);
    const sorted = [...outcomes].sort((a, b) => pageF1(a.ours.counts) - pageF1(b.ours.counts)).slice(0, worst);
    for (const o of sorted) {
      console.log(`  ${o.id.slice(0, 40).padEnd(40)} ${f(pageF1(o.ours.counts))}  ${f(pageF1(o.readability.counts))}  ${o.ours.ms.toFixed(1)}`);
    }
    const slow = [...outcomes].sort((a, b) => b.ours.ms - a.ours.ms)[0];
    console.log(`slowest page for newsmark: ${slow.id.slice(0, 40)} ${slow.ours.ms.toFixed(1)} ms`);
  }
}

function metadataReport(): void {
  const pages = loadReadabilityPages().map((page) => {
    const { document } = parseHTML(page.source);
    return { id: page.id, metadata: page.metadata, ours: extractArticle(document as unknown as Document, { url: READABILITY_TEST_URL }) };
  });
  console.log(`\n== readability-test-pages metadata agreement (pages giving the field)`);
  for (const check of METADATA_FIELDS) {
    const t = fieldAgreement(check, pages);
    console.log(`${check.field.padEnd(12)} ${t.agree}/${t.given} = ${((100 * t.agree) / t.given).toFixed(1)}%`);
    if (process.env.BENCH_VERBOSE) for (const m of t.misses) console.log(`    ${m.slice(0, 200)}`);
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if ((args.set === 'dev' || args.set === 'all') && !hasNewsBenchmark()) {
    console.log('skipping news-benchmark-dev: ../shared/fixtures/news-benchmark-dev not found');
  } else if (args.set === 'dev' || args.set === 'all') {
    const cases: Case[] = loadNewsBenchmark().map((p) => ({ id: p.id, url: p.url, html: p.html, truth: () => p.truth }));
    report('news-benchmark-dev', runSet(cases, args.runs), args.worst);
  }
  if ((args.set === 'readability' || args.set === 'all') && !hasReadabilityPages()) {
    console.log('skipping readability-test-pages: ../shared/fixtures/readability-test-pages not found');
  } else if (args.set === 'readability' || args.set === 'all') {
    const cases: Case[] = loadReadabilityPages().map((p) => ({
      id: p.id,
      url: READABILITY_TEST_URL,
      html: p.source,
      truth: () => {
        const { document } = parseHTML(p.expected);
        return renderBlockText([document.documentElement as unknown as Element]).text;
      },
    }));
    report('readability-test-pages (truth: expected.html)', runSet(cases, args.runs), args.worst);
    metadataReport();
  }
  if (args.set === 'meta' || args.set === 'all') metadataBench(args.holdout ? ['--holdout'] : []);
}

main();
