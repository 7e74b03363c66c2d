/**
 * Attribution runs on whatever page the reader opens, including a page whose text is one long block of
 * quote-like lines (issue 10: such a page froze the tab for 76 s at 2 MB, because the colon-quote pass
 * rescanned its sentence for every quote and each sentence filtered all of the paragraph's quotes). This
 * counts the elements attribution's loops look at, without timing, and fails when the count grows faster
 * than the text.
 */
import { describe, expect, it } from 'vitest';
import { attribute, attributeSteps } from '../../../core/attribution/index';
import { work } from '../../../core/attribution/work';
import { quoteLines } from '../../../scripts/lib/quote-lines';

function workFor(text: string): { visits: number; claims: number } {
  work.visits = 0;
  const r = attribute({ paragraphs: [{ text, start: 0 }] });
  return { visits: work.visits, claims: r.claims.length };
}

describe('attribution work on one long block of quote-like lines', () => {
  it('grows in step with the text (four times the text, at most 4.4 times the work)', () => {
    const small = workFor(quoteLines(40_000));
    const large = workFor(quoteLines(160_000));
    expect(small.claims).toBeGreaterThan(100);
    expect(large.claims).toBeGreaterThan(small.claims * 3.5);
    expect(large.visits / small.visits).toBeLessThan(4.4);
  });

  // The content script runs attribution in slices between idle callbacks: a block that is one paragraph,
  // or even one sentence, must still come in many small steps.
  it.each([
    ['lines with full stops', 5 / 6],
    ['lines without any (one sentence)', 0],
  ])('pauses inside one block of %s', (_name, stopShare) => {
    const text = quoteLines(100_000, 7, stopShare);
    let steps = 0;
    const it = attributeSteps({ paragraphs: [{ text, start: 0 }] });
    while (!it.next().done) steps++;
    expect(steps).toBeGreaterThanOrEqual(10);
  });
});
