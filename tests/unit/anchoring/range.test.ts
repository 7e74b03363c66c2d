// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  BodyTextIndex,
  TextPositionAnchor,
  TextQuoteAnchor,
  anchor,
  describeRange,
} from '../../../core/anchoring/index';
import { newsPage, PARAGRAPHS } from './helpers';

function load(html: string): BodyTextIndex {
  document.documentElement.innerHTML = html.replace(/^<!doctype html><html>|<\/html>$/g, '');
  return BodyTextIndex.fromDocument(document);
}

/** A Range over a passage that starts inside one element and ends inside another. */
function selectPassage(index: BodyTextIndex, passage: string): Range {
  const at = index.text.indexOf(passage);
  return index.toRange(at, at + passage.length)!;
}

describe('Range round trips (happy-dom)', () => {
  it('turns a selection into selectors and back into the same text', () => {
    const index = load(newsPage(PARAGRAPHS));
    expect(index.text).toBe(document.body.textContent);
    const passage = 'would raise spending on schools by four';
    const range = selectPassage(index, passage);
    expect(range.toString()).toBe(passage);
    const pos = TextPositionAnchor.fromRange(index, range)!;
    const quote = TextQuoteAnchor.fromRange(index, range)!;
    expect(quote.exact).toBe(passage);
    expect(TextPositionAnchor.toRange(index, pos)!.toString()).toBe(passage);
    expect(TextQuoteAnchor.toRange(index, quote)!.toString()).toBe(passage);
  });

  it('reads ranges whose boundaries sit on elements, not Text nodes', () => {
    const index = load(newsPage(PARAGRAPHS));
    const em = document.querySelector('em')!;
    const range = document.createRange();
    range.selectNodeContents(em);
    expect(TextQuoteAnchor.fromRange(index, range)!.exact).toBe('raise spending on schools');
    const whole = document.createRange();
    whole.selectNode(em.parentElement!);
    const sel = describeRange(index, whole)!;
    expect(sel.selectors[0]).toMatchObject({ exact: whole.toString().trim() });
  });

  it('re-attaches a stored selection to a Range after the page changed', () => {
    const index = load(newsPage(PARAGRAPHS));
    const passage = 'Economists at the central bank said the figures were broadly in line';
    const stored = JSON.parse(JSON.stringify(describeRange(index, selectPassage(index, passage))));
    const edited = load(newsPage(['Live updates follow.', ...PARAGRAPHS.map((p) => p.replace('central bank', 'central&nbsp;bank'))]));
    const r = anchor(edited, stored)!;
    expect(r.method).toBe('quote');
    expect(edited.toRange(r.start, r.end)!.toString().replace(/\u00a0/g, ' ')).toBe(passage);
  });

  it('gives no selectors for an empty or whitespace-only selection', () => {
    const index = load(newsPage(PARAGRAPHS));
    const range = document.createRange();
    range.setStart(document.body, 0);
    range.collapse(true);
    expect(describeRange(index, range)).toBeNull();
  });
});
