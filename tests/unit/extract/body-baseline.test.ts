import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_SETS, scoreBodySet, type BodyScores } from '../../../scripts/lib/body-scores';
import { fixturesDir } from './helpers';

/**
 * Per-page baselines of body F1 on the three sets in ../shared (the Fundus
 * pages held back as a blind batch are not among them). A change that lifts
 * the total while losing a page shows that page here; a page that improves
 * is written into the baseline with `npx tsx scripts/body-baseline.ts --write`,
 * which also prints the before/after table for the commit message.
 */
const baseline = JSON.parse(readFileSync(resolve(fixturesDir, 'body-baseline.json'), 'utf8')) as BodyScores;
/** Rounding in the baseline file, and nothing more: extraction is deterministic on linkedom. */
const SLACK = 0.002;

for (const set of BODY_SETS) {
  const scores = scoreBodySet(set);
  if (!scores) console.warn(`skipping the per-page body baseline of ${set}: not found in ../shared (the shared data sets are not in a fresh clone)`);
  describe.skipIf(!scores)(`per-page body F1 on ${set} (../shared)`, () => {
    it('loses no page against its baseline', () => {
      const expected = baseline[set] ?? {};
      const dropped = Object.keys(expected)
        .filter((id) => (scores![id] ?? 0) < expected[id] - SLACK)
        .map((id) => `${id}: ${expected[id]} -> ${scores![id] ?? 'missing'}`);
      expect(dropped).toEqual([]);
    });
  });
}
