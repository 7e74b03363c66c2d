import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { loadNewsBenchmark } from '../../../scripts/lib/datasets';
import { aggregate, pageCounts } from '../../../scripts/lib/shingle-f1';
import { parse, sharedDir } from './helpers';

/**
 * Guards the extractor's quality on the public dev set so that a regression
 * fails CI. Speed is the bench's business (npm run bench:extract), not a test's.
 */
const devSet = resolve(sharedDir, 'fixtures', 'news-benchmark-dev');
const present = existsSync(resolve(devSet, 'ground-truth.json'));
if (!present) console.warn(`skipping the dev-set quality check: ${devSet} not found (the shared data sets are not in a fresh clone)`);

describe.skipIf(!present)('quality on news-benchmark-dev (../shared)', () => {
  it('scores token-shingle F1 >= 0.97 against the human truth', () => {
    const pages = loadNewsBenchmark(devSet);
    const counts = pages.map((p) => pageCounts(p.truth, extractArticle(parse(p.html), { url: p.url })?.text ?? ''));
    const score = aggregate(counts);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });
});
