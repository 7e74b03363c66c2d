/**
 * Locating claims builds the page's search text (whitespace collapsed,
 * hidden text left out) on first use. On a 5 MB article that was one step of
 * 100-270 ms in Chromium (bench:page), in the step of the first claim. Built
 * in steps instead, it pauses every SEARCH_TEXT_STEP characters, also inside
 * one giant Text node, and gives the very same text and offsets.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BodyTextIndex } from '../../../core/anchoring/body-text';
import { buildSearchText, buildSearchTextSteps, SEARCH_TEXT_STEP } from '../../../core/anchoring/search-text';
import { describeOffsets } from '../../../core/anchoring/anchor';

function steps(gen: Generator<void, unknown, void>): number {
  let n = 0;
  while (!gen.next().done) n++;
  return n;
}

describe('the search text in steps', () => {
  const chunks = ['  Ana  said\u00ad:\n', '"The ferry', 'x'.repeat(3 * SEARCH_TEXT_STEP), ' is late."  ', 'hidden', ' tail'];
  const starts: number[] = [];
  chunks.reduce((at, c) => (starts.push(at), at + c.length), 0);
  const hidden = Uint8Array.from([0, 0, 0, 0, 1, 0]);
  const length = chunks.join('').length;

  it('pauses inside one giant chunk, about once per SEARCH_TEXT_STEP characters', () => {
    expect(steps(buildSearchTextSteps(chunks, starts, hidden, length))).toBeGreaterThanOrEqual(3);
  });

  it('gives the same text and offsets as building it at once', () => {
    const gen = buildSearchTextSteps(chunks, starts, hidden, length);
    let next = gen.next();
    while (!next.done) next = gen.next();
    const whole = buildSearchText(chunks, starts, hidden, length);
    expect(next.value.text).toBe(whole.text);
    expect(Array.from(next.value.toBody)).toEqual(Array.from(whole.toBody));
  });

  it('is what an index prepares in steps before its first passage is described', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `Line ${i}: Ana Ruiz said the ferry was late.`).join('\n');
    const { document } = parseHTML(`<html><body><article><p>Intro</p><pre>${lines}</pre></article></body></html>`);
    const index = BodyTextIndex.fromDocument(document as unknown as Document);
    expect(steps(index.prepareSteps())).toBeGreaterThanOrEqual(Math.floor(index.length / SEARCH_TEXT_STEP));
    const at = index.text.indexOf('Line 500:');
    const fresh = BodyTextIndex.fromDocument(document as unknown as Document);
    expect(describeOffsets(index, at, at + 40)).toEqual(describeOffsets(fresh, at, at + 40));
  });
});
