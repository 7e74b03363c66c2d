// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { fixture, parse } from './helpers';

/**
 * The content script runs the extractor on a browser's DOM, the CLI on
 * linkedom: both must read the same page the same way.
 */
describe('the extractor on a browser-like DOM (happy-dom)', () => {
  it('gives the same article as on linkedom', () => {
    const html = fixture('news-with-boilerplate.html');
    const browserDoc = new DOMParser().parseFromString(html, 'text/html');
    const url = 'https://ledger.example/news/2024/03/ferry';
    const inBrowser = extractArticle(browserDoc, { url })!;
    const inNode = extractArticle(parse(html), { url })!;
    expect(inBrowser.text).toBe(inNode.text);
    expect(inBrowser.title).toBe(inNode.title);
    expect(inBrowser.isArticle).toBe(true);
    const offset = inBrowser.text.indexOf('Harbour master');
    const point = inBrowser.pointAt(offset)!;
    expect(point.node.data.slice(point.offset, point.offset + 'Harbour master'.length)).toBe('Harbour master');
  });
});
