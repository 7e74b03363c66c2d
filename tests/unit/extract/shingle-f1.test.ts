import { describe, expect, it } from 'vitest';
import { aggregate, pageCounts } from '../../../scripts/lib/shingle-f1';

describe('the benchmark metric', () => {
  it('scores identical text 1 and disjoint text 0', () => {
    expect(aggregate([pageCounts('one two three four five', 'one two three four five')]).f1).toBe(1);
    expect(aggregate([pageCounts('one two three four five', 'six seven eight nine ten')]).f1).toBe(0);
  });

  it('counts 4-token shingles over \\w runs in any script, ignoring punctuation and layout', () => {
    const c = pageCounts('Ana said: "the ferry is back".', 'Ana said the\n\nferry is back');
    expect(c.fp).toBe(0);
    expect(c.fn).toBe(0);
    expect(pageCounts('Über die Brücke gehen wir heute', 'Über die Brücke gehen').tp).toBeGreaterThan(0);
  });

  it('takes precision over pages with a prediction and recall over pages with truth', () => {
    const half = pageCounts('a b c d e f g h', 'a b c d e');
    const empty = pageCounts('a b c d e f g h', '');
    const score = aggregate([half, empty]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo((2 / 5 + 0) / 2);
  });
});
