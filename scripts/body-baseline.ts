/**
 * npx tsx scripts/body-baseline.ts [--write] [--against FILE]
 *
 * Scores every page of the three body sets (Fundus held-out pages excluded)
 * and prints the pages that gained and lost against the per-page baseline
 * (tests/fixtures/extract/body-baseline.json, or FILE): the before/after
 * table a change to the extractor is judged by. `--write` then makes the new
 * scores the baseline.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BODY_SETS, compareScores, scoreBodySet, type BodyScores } from './lib/body-scores';
import { readCommandLine } from './lib/command-line';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE = join(repoRoot, 'tests', 'fixtures', 'extract', 'body-baseline.json');

function main(): void {
  const { values } = readCommandLine({
    usage: 'usage: npx tsx scripts/body-baseline.ts [--write] [--against FILE]',
    options: { write: { type: 'boolean' }, against: { type: 'string' } },
  });
  const write = values.write ?? false;
  const against = values.against ?? BASELINE;
  const before: BodyScores = existsSync(against) ? JSON.parse(readFileSync(against, 'utf8')) : {};
  const after: BodyScores = {};
  for (const set of BODY_SETS) {
    const scores = scoreBodySet(set);
    if (scores) after[set] = scores;
    else console.log(`skipping ${set}: not found in ../shared`);
  }
  const { gains, losses } = compareScores(before, after);
  const line = (c: { set: string; id: string; before: number; after: number }): string =>
    `  ${c.set.padEnd(24)} ${c.id.slice(0, 44).padEnd(44)} ${c.before.toFixed(3)} -> ${c.after.toFixed(3)} (${c.after - c.before >= 0 ? '+' : ''}${(c.after - c.before).toFixed(3)})`;
  const sum = (cs: { before: number; after: number }[]): number => cs.reduce((t, c) => t + c.after - c.before, 0);
  console.log(`gains: ${gains.length} pages, +${sum(gains).toFixed(3)} F1 in all`);
  for (const c of gains) console.log(line(c));
  console.log(`losses: ${losses.length} pages, ${sum(losses).toFixed(3)} F1 in all`);
  for (const c of losses) console.log(line(c));
  if (write) {
    writeFileSync(BASELINE, `${JSON.stringify(after, null, 1)}\n`);
    console.log(`wrote ${BASELINE}`);
  }
}

main();
