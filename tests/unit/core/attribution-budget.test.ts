// @vitest-environment happy-dom
/**
 * The content script's budget for attribution: a page of any size is read
 * only up to a number of characters (and the popup is told how far), and a
 * giant block of text (a `<pre>` transcript) is read in pieces no longer than
 * a few screens, so no single step of attribution grows with the page.
 */
import { describe, expect, it } from 'vitest';
import { budgetParagraphs } from '../../../core/analyze-steps';
import { analyzeDocument } from '../../../core/analyze';

const budget = { maxChars: 20_000, maxParagraphChars: 2_000 };

function transcript(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `Ines Duarte said: "The ferry will run in winter number ${i}."`).join('\n');
}

describe('budgetParagraphs', () => {
  it('cuts a giant block into pieces at line ends, each within the limit, at the right offsets', () => {
    const text = transcript(5_000);
    const { paragraphs, limited } = budgetParagraphs([{ text, start: 10 }], budget);
    expect(paragraphs.every((p) => p.text.length <= budget.maxParagraphChars)).toBe(true);
    expect(paragraphs.every((p) => p.text.endsWith('\n') || p === paragraphs.at(-1))).toBe(true);
    for (const p of paragraphs) expect(text.slice(p.start - 10, p.start - 10 + p.text.length)).toBe(p.text);
    expect(paragraphs.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(budget.maxChars);
    expect(limited).toEqual({ paragraphs: 1, of: 1 });
  });

  it('stops after the budget and says how many paragraphs were read', () => {
    const blocks = Array.from({ length: 100 }, (_, i) => ({ text: 'x'.repeat(499) + '.', start: i * 502 }));
    const { paragraphs, limited } = budgetParagraphs(blocks, budget);
    expect(limited).toEqual({ paragraphs: 40, of: 100 });
    expect(paragraphs).toHaveLength(40);
  });

  it('leaves an ordinary article whole and says nothing', () => {
    const blocks = Array.from({ length: 30 }, (_, i) => ({ text: `Paragraph ${i} said the mayor.`, start: i * 40 }));
    expect(budgetParagraphs(blocks, budget)).toEqual({ paragraphs: blocks, limited: null });
  });
});

describe('analyzeDocument with a budget', () => {
  it('finds the claims of the part it read, on a transcript far over the budget', () => {
    document.documentElement.innerHTML =
      '<head><title>Statements on the ferry</title><meta property="og:type" content="article"></head>' +
      `<body><article><h1>Statements on the ferry</h1><p class="byline">By Ana Ruiz</p><pre>${transcript(3_000)}</pre></article></body>`;
    const result = analyzeDocument(document, { url: 'https://ledger.example/news/2026/ferry-statements', budget });
    expect(result.article?.isArticle).toBe(true);
    expect(result.limited).toEqual({ paragraphs: 1, of: result.article!.blocks.length });
    expect(result.claims.length).toBeGreaterThan(100);
    expect(result.claims.length).toBeLessThan(3_000);
    expect(result.speakers.map((s) => s.name)).toEqual(['Ines Duarte']);
  });
});
