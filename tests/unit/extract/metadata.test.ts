import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { page } from './helpers';

const STORY = `<article><p>${'The council met on Tuesday to discuss the harbour budget and the repairs to the sea wall. '.repeat(4)}</p>
<p>${'Members agreed to spend more on dredging next year, though several of them voted against the plan. '.repeat(4)}</p></article>`;

function meta(head: string, body = STORY, url = 'https://news.example/2024/05/budget') {
  return extractArticle(page(body, head), { url })!;
}

describe('JSON-LD', () => {
  it('reads a NewsArticle: headline, authors, dates, publisher, description, image', () => {
    const a = meta(`<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour budget approved',
      author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Tom Becker' }],
      datePublished: '2013-03-18T08:12:00+08:00',
      dateModified: '2013-03-19T10:00:00Z',
      publisher: { '@type': 'Organization', name: 'Harbour Times' },
      description: 'The council approved the budget.',
      image: { '@type': 'ImageObject', url: 'https://news.example/img.jpg' },
    })}</script>`);
    expect(a.title).toBe('Harbour budget approved');
    expect(a.byline).toBe('Ana Ruiz, Tom Becker');
    expect(a.published).toBe('2013-03-18T08:12:00+08:00');
    expect(a.modified).toBe('2013-03-19T10:00:00Z');
    expect(a.siteName).toBe('Harbour Times');
    expect(a.description).toBe('The council approved the budget.');
    expect(a.image).toBe('https://news.example/img.jpg');
  });

  it('finds the article inside @graph and resolves authors given by @id', () => {
    const a = meta(`<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        { '@type': 'Person', '@id': '#ana', name: 'Ana Ruiz' },
        { '@type': ['ReportageNewsArticle'], headline: 'Graph headline', author: { '@id': '#ana' }, datePublished: '2020-01-02' },
      ],
    })}</script>`);
    expect(a.title).toBe('Graph headline');
    expect(a.byline).toBe('Ana Ruiz');
    expect(a.published).toBe('2020-01-02');
  });

  it('reads an Article from a top-level array and survives a broken block', () => {
    const a = meta(`<script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"Article","headline":"Array headline","author":"Li Wei"}]</script>`);
    expect(a.title).toBe('Array headline');
    expect(a.byline).toBe('Li Wei');
  });
});

describe('OpenGraph and article:*', () => {
  it('reads title, site name, dates and image', () => {
    const a = meta(`<meta property="og:title" content="Dredging plan passes">
      <meta property="og:site_name" content="Bay Courier">
      <meta property="article:published_time" content="2021-06-01T09:30:00+02:00">
      <meta property="article:modified_time" content="2021-06-02T11:00:00+02:00">
      <meta property="og:image" content="/images/dredger.jpg">
      <meta property="og:description" content="A plan passes.">`);
    expect(a.title).toBe('Dredging plan passes');
    expect(a.siteName).toBe('Bay Courier');
    expect(a.published).toBe('2021-06-01T09:30:00+02:00');
    expect(a.modified).toBe('2021-06-02T11:00:00+02:00');
    expect(a.image).toBe('https://news.example/images/dredger.jpg');
    expect(a.description).toBe('A plan passes.');
  });

  it('strips the site-name suffix from the title', () => {
    const a = meta(`<meta property="og:title" content="Dredging plan passes | Bay Courier"><meta property="og:site_name" content="Bay Courier">`);
    expect(a.title).toBe('Dredging plan passes');
    const b = meta(`<title>Sea wall repairs start in June - Bay Courier</title>`);
    expect(b.title).toBe('Sea wall repairs start in June');
  });

  it('keeps a colon that belongs to the headline', () => {
    const a = meta(`<title>Harbour strike: dockers walk out over pay</title>`);
    expect(a.title).toBe('Harbour strike: dockers walk out over pay');
  });
});

describe('author sources', () => {
  it('meta name=author, with "By" and roles removed', () => {
    expect(meta(`<meta name="author" content="By Jane Doe, Staff Writer">`).byline).toBe('Jane Doe');
    expect(meta(`<meta name="author" content="Ana Ruiz and Tom Becker">`).byline).toBe('Ana Ruiz, Tom Becker');
  });

  it('Highwire citation_* tags', () => {
    const a = meta(`<meta name="citation_title" content="Tidal range in estuaries">
      <meta name="citation_author" content="Okafor, Ngozi"><meta name="citation_author" content="Lindqvist, Per">
      <meta name="citation_publication_date" content="2019/04/23">`);
    expect(a.title).toBe('Tidal range in estuaries');
    expect(a.byline).toContain('Ngozi');
    expect(a.byline).toContain('Lindqvist');
    expect(a.published).toBe('2019-04-23');
  });

  it('Dublin Core', () => {
    const a = meta(`<meta name="DC.title" content="Dublin title"><meta name="DC.creator" content="Mei Chen"><meta name="DC.date" content="2018-11-05">`);
    expect(a.title).toBe('Dublin title');
    expect(a.byline).toBe('Mei Chen');
    expect(a.published).toBe('2018-11-05');
  });

  it('rel=author links in the page when metadata names nobody', () => {
    const a = meta('', `<p class="meta">By <a rel="author" href="/staff/ola">Ola Nordmann</a></p>${STORY}`);
    expect(a.byline).toBe('Ola Nordmann');
  });
});

describe('whose byline it is', () => {
  const teasers = `<section class="contentpromo"><div class="asset"><h3>How to build a boat</h3>
    <span class="author">by <a rel="author" href="/staff/lee">Lee Park</a></span></div>
    <div class="asset"><h3>Tides explained</h3><span class="author">by <a rel="author" href="/staff/kim">Kim Sato</a></span></div></section>`;

  it('takes the rel=author byline beside the headline, not those of teasers elsewhere on the page', () => {
    const body = `<div class="page"><div class="head"><h1>Harbour budget approved</h1></div>
      <div class="story"><p class="meta">By <a rel="author" href="/staff/ola">Ola Nordmann</a></p>${STORY}</div></div>${teasers}`;
    expect(meta('', body).byline).toBe('Ola Nordmann');
  });

  it('keeps every name of a byline with several authors', () => {
    const body = `<h1>Harbour budget approved</h1><p class="meta">By <a rel="author" href="/a">Ola Nordmann</a> and <a rel="author" href="/b">Mei Chen</a></p>${STORY}${teasers}`;
    expect(meta('', body).byline).toBe('Ola Nordmann, Mei Chen');
  });

  it('reads the "By" line right under the headline when no markup names the author', () => {
    const body = `<nav><a href="/subjects/">By subject</a></nav><h1>Harbour budget approved</h1>
      <p class="article__meta">By <a href="/staff/ola">Ola Nordmann</a>, <a href="/staff/mei">Mei Chen</a>
      <span>on Monday, May 6th, 2024 at 11:08 a.m.</span></p>${STORY}`;
    expect(meta('', body).byline).toBe('Ola Nordmann, Mei Chen');
  });

  it('does not take a "By" sentence in the story for a byline', () => {
    const body = `<h1>Harbour budget approved</h1>${STORY}<p>By Friday Ola Nordmann had signed the order.</p><p>By Mei Chen's count, forty boats left.</p>`;
    expect(meta('', body).byline).toBeNull();
  });

  it('never takes a commenter for the author', () => {
    const body = `<h1>Harbour budget approved</h1>${STORY}<ul class="comments"><li class="comment"><div class="byline"><span class="username">Sky Walker</span></div>
      <p>Great news for the harbour.</p></li></ul><div class="article-author"><div class="author-name">Nadia Vasquez</div></div>`;
    expect(meta('', body).byline).toBe('Nadia Vasquez');
  });

  it('leaves out editors and credentials, keeps middle initials', () => {
    expect(meta('', `<h1>Harbour budget approved</h1><p class="byline author">Written by Rob Ewing<br>Edited by Betsy Bay</p>${STORY}`).byline).toBe('Rob Ewing');
    expect(meta(`<meta name="author" content="Ana Ruiz, MS, RDN">`).byline).toBe('Ana Ruiz');
    expect(meta(`<meta name="author" content="Sarah E. Needleman">`).byline).toBe('Sarah E. Needleman');
    expect(meta(`<meta name="author" content="Bruce Y. Lee">`).byline).toBe('Bruce Y. Lee');
  });

  it('reads several catalogue-style author tags as one person each', () => {
    expect(meta(`<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">`).byline).toBe('F. Kooman, Michiel de Jong');
  });
});

describe('dates, canonical URL and language', () => {
  it('falls back to <time datetime> and writes ISO 8601', () => {
    const a = meta('', `<time datetime="2022-02-03T04:05:06Z">3 February</time>${STORY}`);
    expect(a.published).toBe('2022-02-03T04:05:06Z');
  });

  it('normalises written-out dates to ISO 8601', () => {
    expect(meta(`<meta property="article:published_time" content="November 19, 2019">`).published).toBe('2019-11-19');
    expect(meta(`<meta property="article:published_time" content="Tue, 19 Nov 2019 10:30:00 GMT">`).published).toBe('2019-11-19T10:30:00.000Z');
  });

  it('reads link rel=canonical, resolved against the page URL, and the language', () => {
    const doc = page(STORY, `<link rel="canonical" href="/2024/05/budget-approved">`);
    doc.documentElement.setAttribute('lang', 'pt-BR');
    const a = extractArticle(doc, { url: 'https://news.example/amp/budget' })!;
    expect(a.canonicalUrl).toBe('https://news.example/2024/05/budget-approved');
    expect(a.language).toBe('pt-BR');
  });
});
