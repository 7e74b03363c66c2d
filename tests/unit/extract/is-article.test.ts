import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { fixture, parse } from './helpers';

describe('isArticle', () => {
  it('is true for a news story', () => {
    const a = extractArticle(parse(fixture('news-with-boilerplate.html')), { url: 'https://ledger.example/news/2024/03/ferry' })!;
    expect(a.isArticle).toBe(true);
  });

  it('is false for a home page full of teasers, which still gets its metadata', () => {
    const a = extractArticle(parse(fixture('front-page.html')), { url: 'https://ledger.example/' })!;
    expect(a.isArticle).toBe(false);
    expect(a.siteName).toBe('The Coastal Ledger');
  });

  it('is false for the same listing served from a section path', () => {
    const a = extractArticle(parse(fixture('front-page.html')), { url: 'https://ledger.example/news/harbour-towns' })!;
    expect(a.isArticle).toBe(false);
  });

  it('is false for search results', () => {
    const a = extractArticle(parse(fixture('news-with-boilerplate.html')), { url: 'https://ledger.example/search?q=ferry' })!;
    expect(a.isArticle).toBe(false);
  });
});
