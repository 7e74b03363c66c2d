import { describe, expect, it } from 'vitest';
import { attribute } from '../../../core/attribution/index';
import { loadFixtures, loadSeedFixture } from '../../support/claim-fixtures';
import { baselineOf, diffBaseline, readBaseline } from '../../support/claim-baselines';

/**
 * Every claim fixture gives exactly its stored baseline. A change in behaviour fails here with, per page, the
 * claims gained and lost and the speakers or kinds changed; `npm run baseline:claims` accepts it (and prints
 * matched/true before → after against the truth for the commit message).
 */
describe('per-page attribution baselines', () => {
  const fixtures = loadFixtures();
  const seed = loadSeedFixture();

  it('has a baseline for every fixture page', () => {
    const missing = fixtures.filter((f) => !readBaseline(f.name)).map((f) => f.name);
    expect(missing, 'run npm run baseline:claims').toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s gives its baseline', (_name, f) => {
    const stored = readBaseline(f.name);
    if (!stored) return; // reported by the test above
    const now = baselineOf(f, attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors }));
    const diff = diffBaseline(stored, now);
    expect(diff, `${f.name} changed (npm run baseline:claims accepts it):\n${diff.join('\n')}`).toEqual([]);
  });

  it.skipIf(!seed.fixture)(`the seed page gives its baseline ${seed.reason ? `(${seed.reason})` : ''}`, () => {
    const f = seed.fixture!;
    const stored = readBaseline('seed');
    expect(stored).not.toBeNull();
    const diff = diffBaseline(stored!, baselineOf(f, attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors })));
    expect(diff, `seed changed:\n${diff.join('\n')}`).toEqual([]);
  });

  it('reports a lost claim, a gained one and a changed speaker by name', () => {
    const before = { page: 'p', claims: [{ speaker: 'A', kind: 'direct' as const, text: 'one' }, { speaker: 'B', kind: 'indirect' as const, text: 'two' }], speakers: [{ name: 'A', kind: 'person' as const, role: null }] };
    const after = { page: 'p', claims: [{ speaker: 'C', kind: 'direct' as const, text: 'one' }, { speaker: 'B', kind: 'indirect' as const, text: 'three' }], speakers: [{ name: 'A', kind: 'organization' as const, role: null }] };
    const diff = diffBaseline(before, after).join('\n');
    expect(diff).toContain('changed  one: A [direct] → C [direct]');
    expect(diff).toContain('gained   [indirect] B: three');
    expect(diff).toContain('lost     [indirect] B: two');
    expect(diff).toContain('speaker~ A: [person]');
  });
});
