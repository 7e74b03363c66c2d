/**
 * npm run bench:claims-speed: attribution speed only, without the quality tables, GUM section and scaling
 * (a quicker loop while profiling: `node --cpu-prof --import tsx scripts/speed-claims.ts`). Same measure as
 * bench:claims: whole fixture corpus per pass, ms per 1,000 words, median of runs, beside the same
 * reference (quote-mark regex scan) timed in the same run. The reference alone takes about a millisecond
 * per pass, so it is repeated 20 times per run and averaged to keep its median steady. The process's CPU
 * time is printed too: when the machine's helpers outnumber its cores it moves far less than wall time.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { attribute } from '../core/attribution/index';
import { median } from './lib/stats';
import { loadFixtures, loadSeedFixture } from '../tests/support/claim-fixtures';
import { words } from '../tests/support/claim-scoring';
import { readCommandLine } from './lib/command-line';

const { values: flags } = readCommandLine({
  usage: 'usage: npm run bench:claims-speed [-- --runs N]',
  options: { runs: { type: 'string' } },
});
const runs = Number(flags.runs ?? 15);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of at least 1, not "${flags.runs}"\nusage: npm run bench:claims-speed [-- --runs N]`);
  process.exit(2);
}
const fixtures = loadFixtures();
const seed = loadSeedFixture();
if (seed.fixture) fixtures.push(seed.fixture);
const totalWords = fixtures.reduce((a, f) => a + words(f.article.text).length, 0);
const inputs = fixtures.map((f) => ({ paragraphs: f.article.paragraphs, authors: f.article.authors }));
let sink = 0;
const reference = () => {
  for (const i of inputs) for (const p of i.paragraphs) sink += (p.text.match(/["“”«»‘’]/g) ?? []).length;
};
for (let w = 0; w < 3; w++) inputs.forEach((i) => attribute(i));
const times: number[] = [];
const refTimes: number[] = [];
const cpuTimes: number[] = [];
const refCpuTimes: number[] = [];
const refRepeats = 20;
// CPU time of this process (user + system, ms) beside the wall clock: on a machine with more runnable
// helpers than cores, wall time also counts the time this process waited for a core, CPU time does not.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let r = 0; r < runs; r++) {
  let c0 = cpuMs();
  let t0 = performance.now();
  for (const i of inputs) attribute(i);
  times.push(performance.now() - t0);
  cpuTimes.push(cpuMs() - c0);
  c0 = cpuMs();
  t0 = performance.now();
  for (let k = 0; k < refRepeats; k++) reference();
  refTimes.push((performance.now() - t0) / refRepeats);
  refCpuTimes.push((cpuMs() - c0) / refRepeats);
}
const perK = (ms: number) => (ms / totalWords) * 1000;
console.log(`speed over ${fixtures.length} articles, ${totalWords} words, median of ${runs} runs (load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}):`);
console.log(`  attribution ${perK(median(times)).toFixed(3)} ms per 1,000 words; fastest ${perK(Math.min(...times)).toFixed(3)}`);
console.log(`  reference   ${perK(median(refTimes)).toFixed(4)} ms per 1,000 words; ratio ${(median(times) / median(refTimes)).toFixed(0)}x (sink ${sink > 0})`);
console.log(`  cpu time: attribution ${perK(median(cpuTimes)).toFixed(3)} ms per 1,000 words, reference ${perK(median(refCpuTimes)).toFixed(4)}; ratio ${(median(cpuTimes) / median(refCpuTimes)).toFixed(0)}x`);
