/**
 * The content script spreads extraction over idle callbacks: between its
 * walks it hands the thread back. Stepped or not, the article is the same,
 * and a page that changes between steps gives a clear result, not a crash.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleSteps } from '../../../core/extract/index';
import { extractPage, extractPageSteps } from '../../../core/analyze';
import { scorePage, scorePageSteps } from '../../../core/extract/scoring';
import { WALK_CHUNK } from '../../../core/steps';
import { fixture, parse } from './helpers';

const URL = 'https://ledger.example/news/2024/03/ferry-kellmouth-resumes';

function pauses<T>(steps: Generator<void, T, void>, between?: () => void): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
    between?.();
  }
}

describe('extraction in steps', () => {
  it('pauses between its walks and finds the same article as in one go', () => {
    const whole = extractArticle(parse(fixture('news-with-boilerplate.html')), { url: URL })!;
    const { value: stepped, pauses: n } = pauses(extractArticleSteps(parse(fixture('news-with-boilerplate.html')), { url: URL }));
    expect(n).toBeGreaterThanOrEqual(2);
    expect(stepped!.text).toBe(whole.text);
    expect(stepped!.title).toBe(whole.title);
    expect(stepped!.byline).toBe(whole.byline);
  });

  it('builds the page index in the same step as the article text, so claims point at the same page', () => {
    const whole = extractPage(parse(fixture('news-with-boilerplate.html')), { url: URL });
    const { value: stepped } = pauses(extractPageSteps(parse(fixture('news-with-boilerplate.html')), { url: URL }));
    expect(stepped.article!.text).toBe(whole.article!.text);
    expect(stepped.index!.text).toBe(whole.index!.text);
  });

  it('leaves out a paragraph added after the scoring walk and still reads the rest', () => {
    const doc = parse(fixture('news-with-boilerplate.html'));
    let added = false;
    const { value } = pauses(extractArticleSteps(doc, { url: URL }), () => {
      if (added) return;
      added = true;
      const late = doc.createElement('p');
      late.textContent = 'A paragraph a script put in after the page was scored, long enough to count as prose.';
      const first = doc.querySelector('article p') ?? doc.body.querySelector('p')!;
      first.parentNode!.insertBefore(late, first);
    });
    expect(value!.text).toContain('The ferry between Portlow and the island village of Kellmouth sailed again on Monday');
    expect(value!.text).not.toContain('put in after the page was scored');
  });

  it('pauses inside its walks on a huge page, so no step grows with the page, and finds the same article', () => {
    // 3,000 paragraphs of 5 elements each: far more than one chunk of a walk.
    const paragraph = (i: number) =>
      `<div class="w"><p>Paragraph ${i} of the long read, <a href="/x${i}">with a link</a>, <em>some emphasis</em> and <span>a span</span>, said the council.</p></div>`;
    const html = `<html><head><title>Long read</title><meta property="og:type" content="article"></head><body><article><h1>Long read</h1>${Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('')}</article></body></html>`;
    const whole = extractPage(parse(html), { url: URL });
    const { value: stepped, pauses: n } = pauses(extractPageSteps(parse(html), { url: URL }));
    // Scoring, rendering and the body-text index each pause several times (one pause per 2,000 elements).
    expect(n).toBeGreaterThanOrEqual(12);
    expect(stepped.article!.text).toBe(whole.article!.text);
    expect(stepped.index!.text).toBe(whole.index!.text);
    expect(stepped.article!.blocks.length).toBe(whole.article!.blocks.length);
  });

  it('pauses while scoring a br-separated dump (one element, tens of thousands of text nodes), with the same scores', () => {
    const lines = 20_000;
    const html = `<html><body><div id="dump">${Array.from({ length: lines }, (_, i) => `Line ${i}, in which the clerk said so, again.<br>`).join('')}</div></body></html>`;
    const whole = scorePage(parse(html).body, true);
    const doc = parse(html);
    const { value: stepped, pauses: n } = pauses(scorePageSteps(doc.body, true));
    // Only one element to visit: the pauses come from its text nodes.
    expect(n).toBeGreaterThanOrEqual(lines / WALK_CHUNK);
    const dump = (scores: typeof whole, d: Document) => scores.stats.get(d.getElementById('dump')!);
    expect(dump(stepped, doc)?.text).toBeGreaterThan(lines * 40);
    expect(dump(stepped, doc)?.commas).toBe(lines * 2);
    expect(stepped.candidates.length).toBe(whole.candidates.length);
  });
});
