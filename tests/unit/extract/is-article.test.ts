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

describe('isArticle on a story whose subheadings are links', () => {
  it('is still an article when each linked heading has real paragraphs under it', () => {
    const section = (n: number) => `<h3><a href="/shop/${n}">Lantern model ${n}</a></h3>
      <p>This lantern was tested on a week of night walks along the harbour wall, and it kept its charge through four evenings of use in the cold.</p>
      <p>The handle folds flat, which matters on a crowded ferry deck, and the glass survived two drops onto the slipway without a crack.</p>`;
    const html = `<!DOCTYPE html><html><head><title>The best lanterns for winter walks</title></head><body>
      <article><p>We walked the coast path every night for a month to find out which lanterns are worth carrying when the days get short.</p>
      ${[1, 2, 3, 4, 5, 6].map(section).join('')}</article></body></html>`;
    const a = extractArticle(parse(html), { url: 'https://ledger.example/reviews/best-lanterns' })!;
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('Lantern model 3');
  });
});

describe('isArticle and listing-like words in a story URL', () => {
  it('judges a story under a path that merely contains "page" or "section" by its content', () => {
    // Without og:type the page does not declare itself an article: the content has to carry the verdict.
    const doc = parse(fixture('news-with-boilerplate.html').replace('<meta property="og:type" content="article">', ''));
    expect(extractArticle(doc, { url: 'https://ledger.example/page/2024/03/ferry-kellmouth-resumes' })!.isArticle).toBe(true);
    expect(extractArticle(doc, { url: 'https://ledger.example/section/harbour/2024/03/ferry-kellmouth-resumes-after-repairs' })!.isArticle).toBe(true);
  });

  it('is false on a tag page', () => {
    const a = extractArticle(parse(fixture('front-page.html')), { url: 'https://ledger.example/tag/ferries' })!;
    expect(a.isArticle).toBe(false);
  });
});

describe('the text of a page that is not an article', () => {
  it('is the page content region with all its teaser sections, not one of them, and no navigation', () => {
    const teaser = (n: number, section: string) => `<article><h3><a href="/${section}/${n}">${section} story number ${n} about the harbour</a></h3>
      <p>A line of standfirst for ${section} story ${n}, long enough to read as a sentence of prose.</p></article>`;
    const section = (name: string) => `<section class="collection"><h2>${name}</h2>${[1, 2, 3, 4].map((n) => teaser(n, name)).join('')}</section>`;
    const html = `<!DOCTYPE html><html><head><title>The Coastal Ledger</title></head><body>
      <nav><a href="/">Home</a> <a href="/weather">Weather and tides</a></nav>
      <main>${section('Top stories')}${section('Opinion')}${section('Sport')}</main>
      <footer><p>Copyright The Coastal Ledger, all rights reserved, and more legal text here.</p></footer></body></html>`;
    const a = extractArticle(parse(html), { url: 'https://ledger.example/' })!;
    expect(a.isArticle).toBe(false);
    for (const name of ['Top stories', 'Opinion', 'Sport']) expect(a.text).toContain(`${name} story number 3 about the harbour`);
    expect(a.text).not.toContain('Weather and tides');
    expect(a.text).not.toContain('all rights reserved');
  });
});
