/**
 * Issue 11, third round of citation-metadata kinds: who the page credits when
 * its markup names someone else, headlines hidden by page furniture, and dates
 * kept only in the data a client-rendered page carries for its scripts. Each
 * block names the kind; every page here is our own writing and goes through
 * extractArticle, the path the content script and the CLI use.
 */
import { describe, expect, it } from 'vitest';
import { PARA, STORY, ld, meta } from './metadata-page';

const article = (author: unknown) => ld({ '@type': 'NewsArticle', headline: 'Bridge to close for repairs', author });

describe('authors: structured data naming the posting account or the editor, the page crediting someone else', () => {
  it('takes the visible byline when the structured author appears nowhere on the page', () => {
    const a = meta(
      article({ '@type': 'Person', name: 'Kim Webdesk' }),
      `<article><h1>Bridge to close for repairs</h1><span class="single-header-byline">By <a href="/people/ana-ruiz/">Ana Ruiz</a></span>${STORY}</article>`,
    );
    expect(a.authors).toEqual(['Ana Ruiz']);
    expect(a.sources.authors).toBe('byline');
  });

  it('takes the visible byline when the structured author is shown only as the editor, in several languages', () => {
    const cases: [string, string, string, string][] = [
      ['id', 'Editor : ', 'Naufal Zuhdi', 'Heryadi Santoso'],
      ['es', 'Editado por ', 'Lucía Fernández', 'Tomás Ibarra'],
      ['de', 'Redakteurin: ', 'Eva Kranich', 'Jonas Albrecht'],
    ];
    for (const [lang, label, writer, editor] of cases) {
      const a = meta(
        article({ '@type': 'Person', name: editor, url: 'https://riverside.example/author/112/x' }),
        `<section><div class="post-header"><h1>Bridge to close for repairs</h1><div class="info"><div class="author-2">${writer}</div></div></div>` +
          `<div class="article">${STORY}<div class="info-author">${label}<a class="author" href="https://riverside.example/author/112/x">${editor}</a></div></div></section>`,
        undefined,
        lang,
      );
      expect([lang, a.authors]).toEqual([lang, [writer]]);
    }
  });

  it('keeps the structured author the page shows anywhere outside an editor credit', () => {
    const a = meta(
      article({ '@type': 'Person', name: 'Ana Ruiz' }),
      `<article><h1>Bridge to close for repairs</h1><span class="byline">By Tom Becker</span>${STORY}<p class="bio">Ana Ruiz covers transport for the paper.</p></article>`,
    );
    expect(a.authors).toEqual(['Ana Ruiz']);
    expect(a.sources.authors).toBe('json-ld');
  });

  it('keeps the structured form of a name the byline writes shorter (same family name)', () => {
    const a = meta(
      article({ '@type': 'Person', name: 'André Oliver KLEIN' }),
      `<article><h1>Bridge to close for repairs</h1><a class="author-name" href="/autoren/508-andre-klein/">André Klein</a>${STORY}</article>`,
      undefined,
      'fr',
    );
    expect(a.authors).toEqual(['André Oliver KLEIN']);
  });
});

describe("authors: a teaser's byline is another story's", () => {
  it('does not credit the author of a teaser placed before the story, and finds the byline after it', () => {
    const a = meta(
      '',
      `<div class="Teaser_colorbox__x9"><a href="/other"><span class="TeaserMeta_author__a1">Rahel Berger, Adrian Vogt</span></a></div>` +
        `<article><h1>Bridge to close for repairs</h1><p class="byline">Von Paula Steiner</p>${STORY}</article>`,
      undefined,
      'de',
    );
    expect(a.authors).toEqual(['Paula Steiner']);
  });

  it('still reads a byline whose own class merely contains a similar word ("byline-related-info" is not a teaser box)', () => {
    const a = meta('', `<article><h1>Bridge to close for repairs</h1><div class="byline">By Ana Ruiz</div>${STORY}</article>`);
    expect(a.authors).toEqual(['Ana Ruiz']);
  });
});

describe('title: the headline as shown when page furniture hides it', () => {
  it('leaves out a <style> the page inlines in its headline (CSS-in-JS)', () => {
    const a = meta(
      '',
      `<article><h1><style>.css-1x{font-size:38px;font-weight:800}</style><span class="css-1x">Bridge to close for repairs</span></h1>${STORY}</article>`,
    );
    expect(a.title).toBe('Bridge to close for repairs');
  });

  it('takes the <h2> heading the article\'s own header when there is no <h1> and the declared title is an SEO rewrite', () => {
    const a = meta(
      `<meta property="og:title" content="Brückensanierung im Landkreis: alle Umleitungen im Überblick">`,
      `<main><article><header><h2><span data-manual="overline">Kreis und quer</span><span>Streber und faule Socken</span></h2></header>${STORY}<h2>Mehr zum Thema</h2></article></main>`,
      undefined,
      'de',
    );
    expect(a.title).toBe('Streber und faule Socken');
  });

  it('does not take a teaser <h2> outside an article header as the headline', () => {
    const a = meta(
      `<meta property="og:title" content="Bridge to close for repairs">`,
      `<div class="rail"><h2>Most read this week</h2></div><div class="story">${STORY}</div>`,
    );
    expect(a.title).toBe('Bridge to close for repairs');
  });

  it("cuts a declared title to another declared headline it begins with, whatever the suffix's separator", () => {
    const ko = meta(
      `<title>장동혁, 제명 이후 부담 커졌다-정치ㅣ한국일보</title><meta property="og:title" content="장동혁, 제명 이후 부담 커졌다-정치ㅣ한국일보"><meta name="headline" content="장동혁, 제명 이후 부담 커졌다"><meta property="og:site_name" content="한국일보">`,
      `<div id="root">${STORY}</div>`,
      'https://www.hankook.example/news/article/A2026',
      'ko',
    );
    expect(ko.title).toBe('장동혁, 제명 이후 부담 커졌다');
    const en = meta(
      `<meta property="og:title" content="Bridge to close for repairs|Local|Riverside"><meta name="headline" content="Bridge to close for repairs">`,
      `<div id="root">${STORY}</div>`,
    );
    expect(en.title).toBe('Bridge to close for repairs');
  });

  it('does not cut a declared headline at a shorter declared title followed by more words', () => {
    const a = meta(
      `<meta property="og:title" content="Bridge to close for repairs after council vote"><meta name="headline" content="Bridge to close for repairs">`,
      `<div id="root">${STORY}</div>`,
    );
    expect(a.title).toBe('Bridge to close for repairs after council vote');
  });
});

describe("dates: kept only in the data a client-rendered page carries for its scripts", () => {
  it('reads a first-publication key from hydration state, an analytics data layer or a data attribute, in several formats', () => {
    const cases: [string, string][] = [
      [`<script>self.__state={"articleId":"A1","deployDt":"2026.01.29 18:40","reDeployDt":"2026.01.29 18:49"}</script>`, '2026-01-29'],
      [`<script>dataLayer.push({'type':'post','published_date':'2026-01-20 18:30:00','editor':'X'});</script>`, '2026-01-20'],
      [`<script>window.__NUXT__={"story":{"publishedAt":"2025-03-04T08:00:00+01:00"}}</script>`, '2025-03-04'],
      [`<div data-publishdate="2023-04-28 19:50:30"></div>`, '2023-04-28'],
    ];
    for (const [data, day] of cases) {
      const a = meta('', `<div id="root"><h1>Bridge to close for repairs</h1>${STORY}</div>${data}`);
      expect([data, a.published?.slice(0, 10)]).toEqual([data, day]);
      expect(a.sources.published).toBe('page-data');
    }
  });

  it('reads no modification, creation or bare date key, and never overrides a declared date', () => {
    const none = meta(
      '',
      `<div id="root"><h1>Bridge to close for repairs</h1>${STORY}</div><script>x={"updatedAt":"2025-03-04T08:00:00Z","createdAt":"2025-03-01","date":"2025-02-02"}</script>`,
    );
    expect(none.published).toBeNull();
    const declared = meta(
      `<meta property="article:published_time" content="2024-05-02T10:00:00Z">`,
      `<div id="root"><h1>Bridge to close for repairs</h1>${STORY}</div><script>x={"publishedAt":"2025-03-04T08:00:00Z"}</script>`,
    );
    expect(declared.published?.slice(0, 10)).toBe('2024-05-02');
  });
});

describe("authors: the site's technical account is no writer, and a credit set as the story's first line is", () => {
  it('credits nobody for an account whose profile is /author/admin/, whatever name it displays', () => {
    const a = meta(
      article({ '@id': 'https://riverside.example/author/admin/', '@type': 'Person', name: 'Riverside D', url: 'https://riverside.example/author/admin/' }),
      `<article><h1>Bridge to close for repairs</h1><p class="meta">by <a href="https://riverside.example/author/admin/" rel="author">Riverside D</a> | 5 November 2024</p>${STORY}</article>`,
    );
    expect(a.authors).toEqual([]);
  });

  it('takes a name in bold capitals opening the story, in several languages, where the byline is an account', () => {
    const cases: [string, string, string][] = [
      ['zu', 'https://ilanga.example/author/admin/', 'THANDI MOKOENA'],
      ['es', 'https://diario.example/autor/redaccion/', 'MARÍA JOSÉ PAREDES'],
      ['de', 'https://blatt.example/user/webmaster', 'JÜRGEN WEISS'],
    ];
    for (const [lang, profile, name] of cases) {
      const a = meta(
        '',
        `<article><h1>Bridge to close for repairs</h1><p class="meta">by <a href="${profile}" rel="author">Site Desk</a></p><div class="content"><p><strong>${name}&nbsp;</strong></p>${STORY}</div></article>`,
        'https://riverside.example/2024/11/05/bridge/',
        lang,
      );
      expect([lang, a.authors]).toEqual([lang, [name]]);
    }
  });

  it('does not take a bold capital subheading, a long bold line, or one after the story has begun', () => {
    const bodies = [
      `<p><strong>BACKGROUND</strong></p>${STORY}`,
      `<p><strong>COUNCIL VOTES TO CLOSE THE OLD BRIDGE</strong></p>${STORY}`,
      `${PARA(1)}<p><strong>ANA RUIZ</strong></p>${PARA(2)}`,
      `<p><strong>Ana Ruiz</strong></p>${STORY}`,
    ];
    for (const body of bodies) {
      const a = meta('', `<article><h1>Bridge to close for repairs</h1><div class="content">${body}</div></article>`);
      expect([body.slice(0, 60), a.authors]).toEqual([body.slice(0, 60), []]);
    }
  });
});

describe('site name: every declared name a tagline', () => {
  it("takes the name the address spells from the page's own description or desk credit", () => {
    const a = meta(
      `<title>Bridge to close for repairs - Expert how-to for English Riders</title><meta property="og:site_name" content="Expert how-to for English Riders">` +
        `<meta name="description" content="Riverside Horseman's top picks for the month."><meta name="author" content="Riverside Horseman Editorial Staff">`,
      `<article><h1>Bridge to close for repairs</h1>${STORY}</article>`,
      'https://riversidehorsemanmag.example/news/bridge',
    );
    expect(a.siteName).toBe('Riverside Horseman');
  });

  it('keeps a declared name that is a name, even when it does not match the address', () => {
    const a = meta(
      `<meta property="og:site_name" content="Prefeitura Municipal de Vale Alto"><meta name="description" content="Valealtonoticias: Prefeitura de Vale Alto.">`,
      `<article><h1>Ponte será fechada para reparos</h1>${STORY}</article>`,
      'https://valealtonoticias.example/news/ponte',
      'pt',
    );
    expect(a.siteName).toBe('Prefeitura Municipal de Vale Alto');
  });
});
