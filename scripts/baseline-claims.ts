/**
 * npm run baseline:claims: rewrites the per-page attribution baselines (tests/fixtures/claims/baselines) from
 * the engine as it is, and prints per page what changed and matched/true against the truth before → after,
 * so the commit that changes behaviour can say which pages gained and lost. `--check` prints the same and
 * writes nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { attribute } from '../core/attribution/index';
import { type ClaimFixture, loadFixtures, loadSeedFixture } from '../tests/support/claim-fixtures';
import { scoreFixture, totals, type FixtureScore } from '../tests/support/claim-scoring';
import { readCommandLine } from './lib/command-line';
import { baselineDir, baselineOf, baselinePath, diffBaseline, readBaseline, resultOfBaseline, serialise } from '../tests/support/claim-baselines';

const { values } = readCommandLine({ usage: 'usage: npm run baseline:claims [-- --check]', options: { check: { type: 'boolean' } } });
const check = values.check ?? false;
const fixtures: ClaimFixture[] = loadFixtures();
const seed = loadSeedFixture();
if (seed.fixture) fixtures.push(seed.fixture);
else console.log(`note: ${seed.reason}`);

mkdirSync(baselineDir, { recursive: true });
const before: FixtureScore[] = [];
const after: FixtureScore[] = [];
let changedPages = 0;
const gained: string[] = [];
const lost: string[] = [];
for (const f of fixtures) {
  const result = attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors });
  const next = baselineOf(f, result);
  const old = readBaseline(f.name);
  const sNew = scoreFixture(result, f.truth);
  const sOld = old ? scoreFixture(resultOfBaseline(old, f.article.text), f.truth) : null;
  after.push(sNew);
  if (sOld) before.push(sOld);
  const diff = old ? diffBaseline(old, next) : ['  (new baseline)'];
  const line = `${f.name.padEnd(30)} matched/true ${sOld ? `${sOld.matched}/${sOld.truth}` : '-'} → ${sNew.matched}/${sNew.truth}` +
    `, speaker right ${sOld ? sOld.speakerCorrect : '-'} → ${sNew.speakerCorrect}, predicted ${sOld ? sOld.predicted : '-'} → ${sNew.predicted}`;
  if (diff.length) {
    changedPages++;
    console.log(line);
    for (const d of diff) console.log(d);
    if (sOld && (sNew.matched > sOld.matched || sNew.speakerCorrect > sOld.speakerCorrect)) gained.push(f.name);
    if (sOld && (sNew.matched < sOld.matched || sNew.speakerCorrect < sOld.speakerCorrect || sNew.predicted - sNew.matched > sOld.predicted - sOld.matched)) lost.push(f.name);
  }
  if (!check) writeFileSync(baselinePath(f.name), serialise(next));
}
const fmt = (t: ReturnType<typeof totals>) =>
  `P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} speaker ${t.speakerAccuracy.toFixed(3)} (matched ${t.matched}/${t.truth}, predicted ${t.predicted})`;
console.log('');
console.log(`pages changed: ${changedPages} of ${fixtures.length}${check ? ' (--check: nothing written)' : ''}`);
if (before.length === fixtures.length) console.log(`before: ${fmt(totals(before))}`);
console.log(`after:  ${fmt(totals(after))}`);
console.log(`gained (more matched or speakers right): ${gained.join(', ') || 'none'}`);
console.log(`lost (fewer matched or speakers right, or more extras): ${lost.join(', ') || 'none'}`);
