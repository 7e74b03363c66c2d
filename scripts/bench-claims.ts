/**
 * npm run bench:claims: attribution quality and speed over the claim fixtures (and the seed page when
 * ../shared is present). Speed is the median of several timed passes, printed beside a reference pass in the
 * same process (a bare regex scan for quotation marks over the same paragraphs), so the ratio is comparable
 * across machines. A scaling section follows (`--no-scaling` leaves it out).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { attribute, attributeSteps } from '../core/attribution/index';
import { quoteLines } from './lib/quote-lines';
import { median } from './lib/stats';
import { type ClaimFixture, loadFixtures, loadSeedFixture } from '../tests/support/claim-fixtures';
import { scoreFixture, totals, words } from '../tests/support/claim-scoring';
import { printGumSection } from './lib/gum-bench-section';
import { readCommandLine } from './lib/command-line';

const fixtures: ClaimFixture[] = loadFixtures();
const seed = loadSeedFixture();
if (seed.fixture) fixtures.push(seed.fixture);
else console.log(`note: ${seed.reason}`);

const { values: flags } = readCommandLine({
  usage: 'usage: npm run bench:claims [-- --verbose --gum-verbose --no-scaling]',
  options: { verbose: { type: 'boolean' }, 'gum-verbose': { type: 'boolean' }, 'no-scaling': { type: 'boolean' } },
});
const verbose = flags.verbose ?? false;
const scores = fixtures.map((f) => {
  const result = attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors });
  const s = scoreFixture(result, f.truth);
  return { name: f.name, s, result };
});

const pct = (x: number) => x.toFixed(3);
console.log('fixture                     claims P    R     speaker  kind  | speakers P   R');
for (const { name, s } of scores) {
  const p = s.predicted ? s.matched / s.predicted : 1;
  const r = s.truth ? s.matched / s.truth : 1;
  const sa = s.matched ? s.speakerCorrect / s.matched : 1;
  const ka = s.matched ? s.kindCorrect / s.matched : 1;
  const sp = s.speakersPredicted ? s.speakersMatched / s.speakersPredicted : 1;
  const sr = s.speakersTrue ? s.speakersMatched / s.speakersTrue : 1;
  console.log(`${name.padEnd(26)} ${String(s.matched).padStart(2)}/${String(s.truth).padEnd(2)} ${pct(p)} ${pct(r)} ${pct(sa)}   ${pct(ka)} | ${pct(sp)} ${pct(sr)}`);
}
const t = totals(scores.map((x) => x.s));
console.log('');
console.log(`claims: predicted ${t.predicted}, true ${t.truth}, matched ${t.matched}`);
console.log(`claim precision ${pct(t.precision)}  recall ${pct(t.recall)}  speaker accuracy (matched) ${pct(t.speakerAccuracy)}  kind accuracy ${pct(t.kindAccuracy)}`);
console.log(`speaker list precision ${pct(t.speakerPrecision)}  recall ${pct(t.speakerRecall)}`);
const unread = scores.filter(({ result }) => result.unreadParagraphs > 0).map(({ name, result }) => `${name} (${result.unreadParagraphs})`);
console.log(`paragraphs the rules failed on: ${unread.length ? unread.join(', ') : 'none'}`);

for (const { name, s, result } of scores) {
  if (!s.misses.length && !s.extras.length && !s.wrongSpeaker.length && !verbose) continue;
  console.log(`\n-- ${name}`);
  for (const m of s.misses) console.log(`  missed   ${m}`);
  for (const m of s.extras) console.log(`  extra    ${m}`);
  for (const m of s.wrongSpeaker) console.log(`  speaker  ${m}`);
  if (verbose) for (const sp of result.speakers) console.log(`  speaker: ${sp.name} [${sp.kind}] role=${sp.role} mentions=${sp.mentions}`);
}

// Speed: whole corpus per pass; ms per 1,000 words.
const totalWords = fixtures.reduce((a, f) => a + words(f.article.text).length, 0);
const inputs = fixtures.map((f) => ({ paragraphs: f.article.paragraphs, authors: f.article.authors }));
const reference = () => {
  let n = 0;
  for (const i of inputs) for (const p of i.paragraphs) n += (p.text.match(/["“”«»‘’]/g) ?? []).length;
  return n;
};
const runs = 15;
const times: number[] = [];
const refTimes: number[] = [];
for (let w = 0; w < 3; w++) inputs.forEach((i) => attribute(i));
for (let r = 0; r < runs; r++) {
  let t0 = performance.now();
  for (const i of inputs) attribute(i);
  times.push(performance.now() - t0);
  t0 = performance.now();
  reference();
  refTimes.push(performance.now() - t0);
}
const perK = (ms: number) => (ms / totalWords) * 1000;
const fastest = (xs: number[]) => Math.min(...xs);
console.log(`\nspeed over ${fixtures.length} articles, ${totalWords} words, median of ${runs} runs (load average ${loadavg()[0].toFixed(1)}):`);
console.log(`  attribution        ${perK(median(times)).toFixed(3)} ms per 1,000 words (goal <= 10); fastest run ${perK(fastest(times)).toFixed(3)}`);
console.log(`  reference (quote-mark regex scan) ${perK(median(refTimes)).toFixed(4)} ms per 1,000 words; ratio ${(median(times) / median(refTimes)).toFixed(1)}x`);

// Scaling: one long block of quote-like lines (the page shape that froze a tab, issue 10), at growing sizes.
// Linear work shows as a flat ms per kB; the longest step is what one idle slice of the content script
// would run at once. The reference is the quote-mark regex scan over the same text, in the same run.
if (!flags['no-scaling']) {
  const sizes = [150, 300, 600, 1200];
  const scaleRuns = 5;
  console.log(`\nscaling: one block of quote-like lines, median of ${scaleRuns} runs per size:`);
  console.log('  size     attribution ms  ms/kB   longest step ms | reference ms/kB  ratio');
  for (const kb of sizes) {
    const text = quoteLines(kb * 1000);
    const input = { paragraphs: [{ text, start: 0 }] };
    const ms: number[] = [];
    const refMs: number[] = [];
    let longest = 0;
    for (let r = 0; r < scaleRuns; r++) {
      const steps = attributeSteps(input);
      let total = 0;
      for (;;) {
        const t0 = performance.now();
        const next = steps.next();
        const dt = performance.now() - t0;
        total += dt;
        if (dt > longest) longest = dt;
        if (next.done) break;
      }
      ms.push(total);
      const t0 = performance.now();
      (text.match(/["“”«»‘’]/g) ?? []).length;
      refMs.push(performance.now() - t0);
    }
    const m = median(ms);
    const ref = median(refMs);
    console.log(`  ${String(kb).padStart(4)} kB  ${m.toFixed(0).padStart(10)}  ${(m / kb).toFixed(2).padStart(7)}  ${longest.toFixed(1).padStart(12)}    | ${(ref / kb).toFixed(4).padStart(10)}  ${(m / ref).toFixed(0).padStart(7)}x`);
  }
}

printGumSection(flags['gum-verbose'] ?? false);
