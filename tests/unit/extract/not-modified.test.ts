import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { fixture, parse } from './helpers';

describe('the document is read, never changed', () => {
  for (const name of ['news-with-boilerplate.html', 'front-page.html']) {
    it(`leaves ${name} exactly as it was`, () => {
      const doc = parse(fixture(name));
      const before = doc.documentElement.outerHTML;
      const article = extractArticle(doc, { url: 'https://ledger.example/news/x' });
      expect(article).not.toBeNull();
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }

  it('returns blocks that are the live elements of the given document', () => {
    const doc = parse(fixture('news-with-boilerplate.html'));
    const article = extractArticle(doc)!;
    for (const block of article.blocks) expect(doc.documentElement.contains(block.element)).toBe(true);
  });

  it('finds no article, without failing, in a document that has no element at all', () => {
    expect(extractArticle(parse('<!DOCTYPE html><!-- nothing here -->'))).toBeNull();
  });
});
