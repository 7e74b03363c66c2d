// @vitest-environment happy-dom
/**
 * A page whose story is one giant block (a 2 MB `<pre>` transcript): the
 * metadata passes that look for a dateline or a byline ask each element near
 * the headline whether it is a short line. Answering by copying the element's
 * whole text made that question cost the whole block in one step that cannot
 * pause (100 ms in Chromium on bench:page's 2 MB pre); it must cost a line.
 */
import { describe, expect, it } from 'vitest';
import { collapsedText, collapsedTextUpTo } from '../../../core/extract/dom';
import { readMetadata } from '../../../core/extract/metadata';
import { scanPageSteps } from '../../../core/extract/metadata/page-scan';
import { runToEnd } from '../../../core/steps';

/**
 * Counts the characters of a Text node copied into text built from its
 * element (textContent, wholeText: an element's textContent reads its Text
 * children's). Its `data` is the string itself: reading a slice of it copies
 * only the slice.
 */
function countCopies(node: Text): { read: number } {
  const counter = { read: 0 };
  const data = node.data;
  for (const property of ['textContent', 'wholeText']) {
    Object.defineProperty(node, property, {
      configurable: true,
      get() {
        counter.read += data.length;
        return data;
      },
    });
  }
  return counter;
}

describe('collapsedTextUpTo', () => {
  const el = document.createElement('div');

  it('is collapsedText for text up to the limit', () => {
    el.innerHTML = '  <span>Updated</span>\n\t 3:45 PM,<b> Nov. 19,</b>   2019 <!-- c --> ';
    expect(collapsedTextUpTo(el, 120)).toBe(collapsedText(el));
    expect(collapsedTextUpTo(el, collapsedText(el).length)).toBe(collapsedText(el));
  });

  it('is the first limit + 1 characters of longer text, so the caller sees it is longer', () => {
    el.innerHTML = `<p>${'word  \n '.repeat(200)}</p>`;
    const text = collapsedTextUpTo(el, 300);
    expect(text).toHaveLength(301);
    expect(collapsedText(el).startsWith(text)).toBe(true);
  });
});

describe('metadata on a page that is one giant block', () => {
  it('reads a few lines of a 2 MB pre, not all of it', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `Ines Duarte said: "The ferry will run in winter, number ${i}."`).join('\n');
    document.documentElement.innerHTML =
      '<head><title>Statements on the ferry</title></head>' +
      `<body><article><h1>Statements on the ferry</h1><pre>${lines}</pre></article></body>`;
    const text = document.querySelector('pre')!.firstChild as Text;
    expect(text.data.length).toBeGreaterThan(1_900_000);
    const scan = runToEnd(scanPageSteps(document));
    const counter = countCopies(text);
    readMetadata(document, 'https://ledger.example/news/ferry', [], scan);
    expect(counter.read).toBe(0);
  });
});
