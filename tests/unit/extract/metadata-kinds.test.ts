/**
 * Issue 11's kinds of citation-metadata failure, one block per kind, each on
 * small pages of our own writing with cases the rule must and must not match.
 * Every case goes through extractArticle, the path the content script and the
 * CLI use.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { relaxedJson } from '../../../core/extract/metadata/relaxed-json';
import { parseWrittenDate } from '../../../core/extract/metadata/written-dates';
import { page } from './helpers';

const PARA = (n: number) =>
  `<p>${'The ferry did not sail on Monday morning because an engine would not start, and hundreds of commuters waited at the pier. '.repeat(2)} (${n})</p>`;
const STORY = `${PARA(1)}${PARA(2)}${PARA(3)}`;

function meta(head: string, body: string, url = 'https://harbour.example/news/2024/ferry') {
  return extractArticle(page(body, head), { url })!;
}
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('title: the headline the page shows', () => {
  it('takes the story <h1> over og:title and JSON-LD headline, keeping those as alternates', () => {
    const a = meta(
      `<meta property="og:title" content="Ferry cancelled: what commuters need to know">${ld({ '@type': 'NewsArticle', headline: 'Ferry cancelled: what commuters need to know' })}`,
      `<article><h1>Ferry cancelled, commuters wait for hours</h1>${STORY}</article>`,
    );
    expect(a.title).toBe('Ferry cancelled, commuters wait for hours');
    expect(a.sources.title).toBe('h1');
    expect(a.alternateTitles.map((t) => t.value)).toContain('Ferry cancelled: what commuters need to know');
  });

  it('skips a logo <h1> and a kicker inside the headline; keeps a colon that is part of it', () => {
    const a = meta(
      `<title>Harbour strike: dockers walk out | Harbour Times</title>`,
      `<header><div class="logo"><h1>Harbour Times</h1></div></header><article><h1><span class="kicker">Live</span> Harbour strike: dockers walk out</h1>${STORY}</article>`,
    );
    expect(a.title).toBe('Harbour strike: dockers walk out');
  });

  it('reads the <h2> headline where the only <h1> is a breadcrumb', () => {
    const a = meta(
      `<meta property="og:title" content="Fährausfall: Pendler warten stundenlang am Anleger">`,
      `<nav><ol><li><a href="/">Start</a></li><li><h1>Fährausfall im Hafen SEO</h1></li></ol></nav><article><h2><span data-ob="overline">Nahverkehr</span><span class="visually-hidden">:</span> Fährausfall: Pendler warten stundenlang am Anleger</h2>${STORY}</article>`,
    );
    expect(a.title).toBe('Fährausfall: Pendler warten stundenlang am Anleger');
  });

  it("does not take a blog's name in an <h1> that agrees with nothing the page declares", () => {
    const a = meta(`<meta property="og:title" content="Open Verilog flow for programmable logic">`, `<header><h1>Silicon Exposed</h1></header><div>${STORY}</div>`);
    expect(a.title).toBe('Open Verilog flow for programmable logic');
  });
});

describe('authors: the publisher is no author', () => {
  it('drops a JSON-LD Organization author that is the site itself, and then reads the visible byline', () => {
    const a = meta(
      ld({ '@type': 'NewsArticle', headline: 'Ferry cancelled', author: { '@type': 'Organization', name: 'Harbour Times' }, publisher: { '@type': 'Organization', name: 'Harbour Times' } }),
      `<h1>Ferry cancelled</h1><p class="byline">By Ana Ruiz</p>${STORY}`,
    );
    expect(a.byline).toBe('Ana Ruiz');
    expect(a.sources.authors).toBe('byline');
  });

  it('drops the host or brand as author ("stern.de", "MDR THÜRINGEN"), keeps an agency that is not the site', () => {
    expect(meta(`<meta name="author" content="harbour.example">`, `<h1>Ferry cancelled</h1>${STORY}`).byline).toBeNull();
    expect(meta(`<meta name="author" content="Ana Ruiz, HARBOUR NORTH">`, `<h1>Ferry cancelled</h1>${STORY}`).byline).toBe('Ana Ruiz');
    expect(meta(ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Reuters' }, publisher: { '@type': 'Organization', name: 'Harbour Times' } }), `<h1>Ferry cancelled</h1>${STORY}`).byline).toBe('Reuters');
  });

  it('keeps a person whose own site this is (a Person publisher, or the publisher named as the author)', () => {
    const a = meta(
      ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Haki Benita' }, publisher: { '@type': 'Organization', name: 'Haki Benita' } }),
      `<h1>Simple anomaly detection</h1>${STORY}`,
      'https://hakibenita.example/sql-anomaly-detection',
    );
    expect(a.byline).toBe('Haki Benita');
  });
});

describe('authors: what sticks to a name', () => {
  it('removes an outlet glued to the name, not a surname', () => {
    expect(meta(`<meta name="author" content="Jane Roe Associated Press">`, STORY).byline).toBe('Jane Roe');
    expect(meta(`<meta name="author" content="Jane Roe USA TODAY">`, STORY).byline).toBe('Jane Roe');
    expect(meta(`<meta name="author" content="Finian Cunningham. Harbour International">`, STORY).byline).toBe('Finian Cunningham');
    expect(meta(`<meta name="author" content="Mary Press">`, STORY).byline).toBe('Mary Press');
  });

  it('removes a role in brackets, a kind of piece before the lead-in, and a date after the name', () => {
    expect(meta(`<meta name="author" content="Martí Abad (Enviado especial)">`, STORY).byline).toBe('Martí Abad');
    expect(meta(`<meta name="author" content="Kommentar von Nicole Opitz">`, STORY).byline).toBe('Nicole Opitz');
    expect(meta(`<meta name="author" content="David Mouriquand Publié le 06/01/2026">`, STORY).byline).toBe('David Mouriquand');
    expect(meta(`<meta name="author" content="Maria von Trapp">`, STORY).byline).toBe('Maria von Trapp');
  });

  it('drops an affiliation that is the site ("Name, Futurism"), keeps a second person', () => {
    expect(meta(`<meta property="og:site_name" content="Futurism">`, `<h1>Rocket test</h1><p class="byline">By Dan Robitzski, Futurism</p>${STORY}`, 'https://futurism.example/rocket').byline).toBe('Dan Robitzski');
    expect(meta('', `<h1>Rocket test</h1><p class="byline">By Dan Robitzski, Kristin Houser</p>${STORY}`).byline).toBe('Dan Robitzski, Kristin Houser');
  });

  it('reads a magazine name with "&" as one name, two people with "&" as two', () => {
    expect(meta(`<meta name="author" content="Mac & i">`, STORY).byline).toBe('Mac & i');
    expect(meta(`<meta name="author" content="Mac & i"><meta property="og:site_name" content="Mac & i">`, STORY).byline).toBeNull();
    expect(meta(`<meta name="author" content="Ana Ruiz & Tom Becker">`, STORY).byline).toBe('Ana Ruiz, Tom Becker');
  });

  it('takes the visible byline of two when structured data names one of them, not a unit listed after a name', () => {
    const head = ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Ingrid Treborg' } });
    const two = `<h1>Sentenced to life</h1><div class="bylines"><div class="byline"><address><a rel="author" href="mailto:it@x">Ingrid Treborg</a></address></div>
      <div class="byline"><address><a rel="author" href="mailto:mh@x">Marlene Lundberg Holm</a></address></div></div>${STORY}`;
    expect(meta(head, two).byline).toBe('Ingrid Treborg, Marlene Lundberg Holm');
    const unit = `<h1>Sentenced to life</h1><p class="byline">By Ingrid Treborg, ACLU Speech, Privacy, Technology Project</p>${STORY}`;
    expect(meta(head, unit).byline).toBe('Ingrid Treborg');
  });

  it('never takes interface text ("Last Updated", "Follow", a lone "Von") or a user account for a name', () => {
    expect(meta(`<meta name="author" content="Last Updated">`, STORY).byline).toBeNull();
    expect(meta(`<meta name="author" content="Follow">`, STORY).byline).toBeNull();
    expect(meta(`<meta name="author" content="jdadmin">`, STORY).byline).toBeNull();
    expect(meta(`<meta name="author" content="AS">`, STORY).byline).toBeNull();
    expect(meta('', `<h1>Ferry cancelled</h1><p class="byline">Von</p>${STORY}`).byline).toBeNull();
    expect(meta(`<meta name="author" content="PTI">`, STORY).byline).toBe('PTI');
  });
});

describe('authors: bylines in other languages', () => {
  const cases: [string, string, string][] = [
    ['French', 'Par Sébastien Farcis', 'Sébastien Farcis'],
    ['German', 'Von Anna Giulia Fink und Jan Marchart', 'Anna Giulia Fink, Jan Marchart'],
    ['Spanish', 'Por Marta Cañete', 'Marta Cañete'],
    ['Italian', 'Di Giulia Rossi', 'Giulia Rossi'],
    ['Dutch', 'Door Pieter de Vries', 'Pieter de Vries'],
    ['Russian, Текст:', 'Текст: Анна Петрова', 'Анна Петрова'],
    ['Russian, Автор:', 'Автор: Иван Смирнов', 'Иван Смирнов'],
    ['Korean, 기자', '신현주 기자', '신현주'],
    ['Japanese, 記者', '山田太郎 記者', '山田太郎'],
  ];
  for (const [language, line, names] of cases) {
    it(`${language}: "${line}" under the headline`, () => {
      expect(meta('', `<h1>Fähre fällt aus am Montag</h1><div class="meta"><span>${line}</span></div>${STORY}`).byline).toBe(names);
    });
  }

  it('does not read a sentence of the story that starts with the same word as a byline', () => {
    expect(meta('', `<h1>Fähre fällt aus am Montag</h1>${STORY}<p>Von Montag an fährt die Fähre wieder nach Plan.</p>`).byline).toBeNull();
  });
});

describe("authors: a fact-check's claimant is not its author", () => {
  it('reads the ClaimReview author, never itemReviewed.author, in JSON-LD and in microdata', () => {
    const review = ld({
      '@type': 'ClaimReview',
      datePublished: '2021-03-04',
      author: { '@type': 'Person', name: 'Rosa Checker' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Senator Loud' } },
    });
    const a = meta(review, `<h1>Did the senator say that?</h1><div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Claim"><span itemprop="author">Senator Loud</span></div>${STORY}`);
    expect(a.byline).toBe('Rosa Checker');
    expect(a.published).toBe('2021-03-04');
    const micro = meta('', `<h1>Did the senator say that?</h1><div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Claim"><span itemprop="author">Senator Loud</span></div>${STORY}`);
    expect(micro.byline).toBeNull();
  });
});

describe('dates that appear only as visible text', () => {
  const cases: [string, string, string, string][] = [
    ['English, capitals', 'en', '<p class="date">18 NOV 2019</p>', '2019-11-18'],
    ['English, <time> without datetime', 'en', '<time>November 18, 2019</time>', '2019-11-18'],
    ['Portuguese label, ISO date', 'pt', '<p>Publicado em: 2018-08-25 10:31</p>', '2018-08-25'],
    ['German', 'de', '<p>Veröffentlicht am 18. November 2019</p>', '2019-11-18'],
    ['Spanish', 'es', '<p>Actualizado: 3 de mayo de 2024</p>', '2024-05-03'],
    ['Russian', 'ru', '<p>Опубликовано 25 августа 2018</p>', '2018-08-25'],
    ['Korean', 'ko', '<p>입력 2024년 5월 3일 10:20</p>', '2024-05-03'],
    ['Turkish', 'tr', '<p>Yayınlanma: 12 Mart 2023</p>', '2023-03-12'],
  ];
  for (const [name, lang, line, day] of cases) {
    it(`${name}: ${line}`, () => {
      const doc = page(`<h1>Ferry cancelled on Monday</h1>${line}${STORY}`);
      doc.documentElement.setAttribute('lang', lang);
      const a = extractArticle(doc, { url: 'https://harbour.example/news/ferry' })!;
      expect(a.published).toBe(day);
    });
  }

  it('does not take a date from a sentence of the story', () => {
    expect(meta('', `<h1>Ferry cancelled on Monday</h1>${STORY}<p>A similar failure on 3 June 2019 took two days to fix, the company said in a statement to the press.</p>`).published).toBeNull();
  });

  it('parses written dates with the day first except in US English, and rejects impossible days', () => {
    expect(parseWrittenDate('03/04/2019', 'en-US')).toBe('2019-03-04');
    expect(parseWrittenDate('03/04/2019', 'fr')).toBe('2019-04-03');
    expect(parseWrittenDate('2024年5月3日')).toBe('2024-05-03');
    expect(parseWrittenDate('31 February 2019')).toBeNull();
    expect(parseWrittenDate('Room 12, 3rd floor')).toBeNull();
  });
});

describe('dates: lenient JSON-LD and a chain no rejected source ends', () => {
  it('reads JSON-LD with trailing commas and single-quoted strings', () => {
    const a = meta(`<script type="application/ld+json">{'@type': 'NewsArticle', 'datePublished': '2020-01-02T08:00:00Z', 'author': [{'@type': 'Person', 'name': 'Li Wei'},],}</script>`, STORY);
    expect(a.published).toBe('2020-01-02T08:00:00Z');
    expect(a.byline).toBe('Li Wei');
    expect(relaxedJson('{"a": [1, 2,], }')).toEqual({ a: [1, 2] });
    expect(relaxedJson('{not json at all')).toBeNull();
  });

  it('passes over an invalid JSON-LD date to the next source, and says which one it took', () => {
    const a = meta(`${ld({ '@type': 'NewsArticle', datePublished: 'TBD' })}<meta property="article:published_time" content="2021-06-01T09:30:00+02:00">`, STORY);
    expect(a.published).toBe('2021-06-01T09:30:00+02:00');
    expect(a.sources.published).toBe('open-graph');
  });

  it('reads the date of a CreativeWork that is not an article', () => {
    expect(meta(ld({ '@type': 'VideoObject', name: 'Ferry clip', datePublished: '2022-02-03' }), STORY).published).toBe('2022-02-03');
  });
});

describe('site name', () => {
  it('prefers the JSON-LD publisher to a junk og:site_name ("Hosted", the section)', () => {
    expect(meta(`<meta property="og:site_name" content="Hosted">${ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Harbour Times' } })}`, STORY).siteName).toBe('Harbour Times');
    expect(meta(`<meta property="og:site_name" content="Politics"><meta property="article:section" content="Politics"><title>Ferry cancelled | Harbour Times</title>`, STORY).siteName).toBe('Harbour Times');
  });

  it('falls back to the title suffix ("| Example.com"), then to the host', () => {
    const a = meta(`<title>Ferry cancelled, commuters wait | Example.com</title>`, `<h1>Ferry cancelled, commuters wait</h1>${STORY}`);
    expect(a.siteName).toBe('Example.com');
    expect(a.sources.siteName).toBe('title-tag');
    expect(meta('', STORY, 'https://www.harbour-times.example/news/1').siteName).toBe('harbour-times.example');
    // The name before the headline: "The Space Review: Seeking a bigger role"; not a colon inside a headline.
    expect(meta(`<title>The Space Review: Seeking a bigger role</title>`, `<h1>Seeking a bigger role</h1>${STORY}`, 'https://tsr.example/a/1').siteName).toBe('The Space Review');
    expect(meta(`<title>Harbour strike: dockers walk out</title>`, `<h1>Harbour strike: dockers walk out</h1>${STORY}`, 'https://tsr.example/a/1').siteName).toBe('tsr.example');
  });

  it('takes the name matching the address over a tagline, and keeps a good og:site_name', () => {
    expect(meta(`<meta property="og:site_name" content="Expert how-to for English riders"><title>Trot poles | Practical Horseman</title>`, STORY, 'https://practicalhorseman.example/trot').siteName).toBe('Practical Horseman');
    expect(meta(`<meta property="og:site_name" content="Bay Courier">`, STORY).siteName).toBe('Bay Courier');
  });
});
