// @vitest-environment happy-dom
/**
 * Content appended below an analysed article (an infinite feed): its claims
 * are found and located on the page, and an append costs the new part, not
 * the page: once the page's budget is spent, or where the new part quotes no
 * one, the page's text is not walked again (on a feed of a 100,000-element
 * page that walk was the whole cost of every append).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../../core/analyze';
import { analyzeAppendedSteps } from '../../../core/analyze-appended';
import { attributeSteps } from '../../../core/attribution/index';
import { BodyTextIndex } from '../../../core/anchoring/body-text';
import { anchor } from '../../../core/anchoring/anchor';
import { runToEnd } from '../../../core/steps';

const URL = 'https://ledger.example/news/2026/ferry';

function quotes(from: number, n: number, who: string): string {
  return Array.from({ length: n }, (_, i) => `<p>"The ferry will run in winter, week ${from + i}, whatever the weather does," said ${who}, the harbour master.</p>`).join('');
}

function load(paragraphs: number): void {
  document.documentElement.innerHTML =
    '<head><title>The ferry dispute</title><meta property="og:type" content="article"></head>' +
    `<body><article><h1>The ferry dispute</h1><p class="byline">By Ana Ruiz</p><div class="body">${quotes(0, paragraphs, 'Tomas Berg')}</div></article><footer>Ledger</footer></body>`;
}

function append(html: string): Element[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  document.querySelector('.body')!.append(box);
  return [box];
}

afterEach(() => vi.restoreAllMocks());

describe('analysing appended content', () => {
  it('adds the new part’s claims, located on the page', () => {
    load(8);
    const previous = analyzeDocument(document, { url: URL, budget: { maxChars: 60_000, maxParagraphChars: 4_000 } });
    expect(previous.claims.length).toBe(8);
    const roots = append(quotes(100, 3, 'Oren Katz'));
    const { result } = runToEnd(analyzeAppendedSteps(document, previous, roots, attributeSteps, { maxChars: 60_000, maxParagraphChars: 4_000 }));
    expect(result.speakers.map((s) => s.name).sort()).toEqual(['Oren Katz', 'Tomas Berg']);
    const added = result.claims.slice(8);
    expect(added).toHaveLength(3);
    const index = BodyTextIndex.fromDocument(document);
    for (const claim of added) {
      const at = anchor(index, claim.selector)!;
      expect(index.text.slice(at.start, at.end)).toBe(claim.text);
    }
  });

  it('does not walk the page again once the budget is spent, nor for a part that quotes no one', () => {
    const budget = { maxChars: 2_000, maxParagraphChars: 4_000 };
    load(40);
    const previous = analyzeDocument(document, { url: URL, budget });
    expect(previous.limited).toBeTruthy();
    const walks = vi.spyOn(BodyTextIndex, 'fromDocumentSteps');
    const spent = runToEnd(analyzeAppendedSteps(document, previous, append(quotes(100, 3, 'Oren Katz')), attributeSteps, budget));
    expect(spent.result.claims).toHaveLength(previous.claims.length);
    expect(walks).not.toHaveBeenCalled();

    load(2);
    const short = analyzeDocument(document, { url: URL, budget });
    expect(short.limited ?? null).toBeNull();
    walks.mockClear();
    const quiet = runToEnd(analyzeAppendedSteps(document, short, append('<p>The weather held all week, and the boats kept to their timetable.</p>'), attributeSteps, budget));
    expect(quiet.result.claims).toHaveLength(short.claims.length);
    expect(walks).not.toHaveBeenCalled();
  });
});
