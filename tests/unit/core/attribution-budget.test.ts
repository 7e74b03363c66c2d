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
import { budgetNote } from '../../../entrypoints/popup/budget-note';

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
    const read = paragraphs.reduce((n, p) => n + p.text.length, 0);
    expect(read).toBeLessThanOrEqual(budget.maxChars);
    // What the popup tells the reader: the characters read of the block's, and no paragraph read to its end
    // (it said "1 of 1 paragraphs", as if the transcript had been read in full).
    expect(limited).toEqual({ chars: read, ofChars: text.length, paragraphs: 0, of: 1 });
  });

  it('stops after the budget and says how many paragraphs were read', () => {
    const blocks = Array.from({ length: 100 }, (_, i) => ({ text: 'x'.repeat(499) + '.', start: i * 502 }));
    const { paragraphs, limited } = budgetParagraphs(blocks, budget);
    expect(limited).toEqual({ chars: 40 * 500, ofChars: 100 * 500, paragraphs: 40, of: 100 });
    expect(paragraphs).toHaveLength(40);
  });

  it('reads a book-length article only to its smaller limit, and an article just under that length to the usual one', () => {
    const withLong = { ...budget, longArticle: { over: 100_000, maxChars: 5_000 } };
    const blocks = (n: number) => Array.from({ length: n }, (_, i) => ({ text: 'x'.repeat(499) + '.', start: i * 502 }));
    expect(budgetParagraphs(blocks(201), withLong).limited).toEqual({ chars: 5_000, ofChars: 100_500, paragraphs: 10, of: 201 });
    expect(budgetParagraphs(blocks(200), withLong).limited).toEqual({ chars: 20_000, ofChars: 100_000, paragraphs: 40, of: 200 });
  });

  it('leaves an ordinary article whole and says nothing', () => {
    const blocks = Array.from({ length: 30 }, (_, i) => ({ text: `Paragraph ${i} said the mayor.`, start: i * 40 }));
    expect(budgetParagraphs(blocks, budget)).toEqual({ paragraphs: blocks, limited: null });
  });
});

describe("the popup's note on a long page", () => {
  it('says how much of a transcript was read, not "1 of 1 paragraphs"', () => {
    expect(budgetNote({ chars: 59_990, ofChars: 1_995_000, paragraphs: 0, of: 1 })).toBe(
      'Long page: the first 3% analysed (59,990 of 1,995,000 characters).',
    );
  });

  it('names the paragraphs of an article of many', () => {
    expect(budgetNote({ chars: 60_000, ofChars: 240_000, paragraphs: 282, of: 1_129 })).toBe(
      'Long page: the first 25% analysed (60,000 of 240,000 characters, 282 of 1,129 paragraphs).',
    );
    expect(budgetNote({ chars: 60_000, ofChars: 8_000_000, paragraphs: 282, of: 15_729 })).toMatch(/^Long page: less than 1% analysed/);
  });
});

describe('analyzeDocument with a budget', () => {
  it('finds the claims of the part it read, on a transcript far over the budget', () => {
    document.documentElement.innerHTML =
      '<head><title>Statements on the ferry</title><meta property="og:type" content="article"></head>' +
      `<body><article><h1>Statements on the ferry</h1><p class="byline">By Ana Ruiz</p><pre>${transcript(3_000)}</pre></article></body>`;
    const result = analyzeDocument(document, { url: 'https://ledger.example/news/2026/ferry-statements', budget });
    expect(result.article?.isArticle).toBe(true);
    const pre = result.article!.blocks.find((b) => b.element.localName === 'pre')!;
    expect(result.limited?.paragraphs).toBe(result.article!.blocks.indexOf(pre));
    expect(result.limited?.of).toBe(result.article!.blocks.length);
    expect(result.limited?.chars).toBeLessThanOrEqual(budget.maxChars);
    expect(result.limited?.ofChars).toBeGreaterThanOrEqual(pre.text.length);
    expect(result.claims.length).toBeGreaterThan(100);
    expect(result.claims.length).toBeLessThan(3_000);
    expect(result.speakers.map((s) => s.name)).toEqual(['Ines Duarte']);
  });
});
