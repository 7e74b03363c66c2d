// @vitest-environment happy-dom
/**
 * Re-attaching highlights runs when the popup first asks about a page (it
 * lists whether each highlight is painted), so on a huge page it must not
 * read the whole page in one task: the page's text is walked in slices with
 * the event loop running between them, and a page with no highlight is not
 * read at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const yields = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../../core/anchoring/anchor-all', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/anchoring/anchor-all')>();
  return {
    ...real,
    yieldToEventLoop: () => {
      yields.n++;
      return real.yieldToEventLoop();
    },
  };
});

import { HighlightAttacher, type AttachReport } from '../../../entrypoints/content/highlights/attach';
import { BodyTextIndex } from '../../../core/anchoring/body-text';
import { WALK_CHUNK } from '../../../core/steps';
import type { HighlightRecord } from '../../../model';

const PARAGRAPHS = 6000;

function record(id: string, exact: string): HighlightRecord {
  return {
    id,
    target: { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
    body: { color: 'yellow' },
  } as unknown as HighlightRecord;
}

let controller: AbortController;
let clock = 0;

beforeEach(() => {
  document.body.innerHTML = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>Paragraph ${i}, <em>said</em> the clerk.</p>`).join('');
  controller = new AbortController();
  yields.n = 0;
  // Every clock reading is 5 ms later: each slice holds the steps of one such reading, whatever the machine.
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

describe('re-attaching highlights on a huge page', () => {
  it('reads the page in slices, giving the page its turn between them, and attaches the highlight', async () => {
    const reports: AttachReport[] = [];
    const attacher = new HighlightAttacher(controller.signal, (r) => reports.push(r), () => false);
    const report = await attacher.attach([record('h1', 'Paragraph 5999, said the clerk.')]);
    expect(report.state).toBe('done');
    expect(report.attached.map((h) => h.id)).toEqual(['h1']);
    expect(report.attached[0].range.toString()).toBe('Paragraph 5999, said the clerk.');
    // 6,000 paragraphs of 2 elements and 3 text nodes: the walk alone pauses dozens of times.
    expect(yields.n).toBeGreaterThanOrEqual((PARAGRAPHS * 5) / WALK_CHUNK);
  });

  it('does not read a page that has no highlight', async () => {
    const walk = vi.spyOn(BodyTextIndex, 'fromRootSteps');
    const whole = vi.spyOn(BodyTextIndex, 'fromRoot');
    const attacher = new HighlightAttacher(controller.signal, () => undefined, () => false);
    const report = await attacher.attach([]);
    expect(report).toMatchObject({ state: 'done', attached: [], orphanIds: [] });
    expect(walk).not.toHaveBeenCalled();
    expect(whole).not.toHaveBeenCalled();
  });
});
