/**
 * The citation exports (CSL-JSON, BibTeX, RIS) read back by citation.js, the parser behind many
 * reference tools, and compared field by field with what the article says: a student's reference
 * manager must get the same title, authors (particles, suffixes, organisations, non-Latin names),
 * newspaper, dates and link.
 */
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { toCslItems, toCslJson } from '../../../core/export/csl-json';
import { toBibtex } from '../../../core/export/bibtex';
import { toRis } from '../../../core/export/ris';
import type { ExportArticle } from '../../../core/export/types';
import { HOSTILE, sampleArticles } from './library-fixture';

type Csl = Record<string, unknown> & { author?: Record<string, string>[]; reporter?: string[] };

/** How each author of the fixture must reach a reference manager. */
const EXPECTED_NAMES: Record<string, Record<string, string>> = {
  'Jan van der Berg': { given: 'Jan', family: 'Berg', 'non-dropping-particle': 'van der' },
  'María de la Cruz': { given: 'María', family: 'Cruz', 'non-dropping-particle': 'de la' },
  'Martin Luther King, Jr.': { given: 'Martin Luther', family: 'King', suffix: 'Jr.' },
  'Associated Press': { literal: 'Associated Press' },
  '习近平': { literal: '习近平' },
  '山田 太郎': { family: '山田', given: '太郎' },
  'Владимир Путин': { given: 'Владимир', family: 'Путин' },
  Reuters: { literal: 'Reuters' },
  'Ludwig van Beethoven': { given: 'Ludwig', family: 'Beethoven', 'non-dropping-particle': 'van' },
  'José Ortega y Gasset': { given: 'José', family: 'Ortega y Gasset' },
};

/** Zotero, BibTeX and RIS readers keep organisations as one field; citation.js reports it as `family`. */
function sameName(parsed: Record<string, string>, expected: Record<string, string>) {
  if (expected.literal !== undefined) {
    expect(parsed.literal ?? parsed.family).toBe(expected.literal);
    expect(parsed.given).toBeUndefined();
  } else {
    expect(parsed).toEqual(expected);
  }
}

const hostileArticle = (): ExportArticle => ({
  ...sampleArticles()[0],
  key: 'https://news.example/hostile',
  url: 'https://news.example/a_b/{x}?q=100%25&r=#frag',
  title: HOSTILE.join(' '),
  siteName: 'Site {with} \\ specials & co',
  authors: ['O\'Brien-Smith, Seán', 'Anne and Bob Group Inc'],
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function expectedDate(a: ExportArticle) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(a.published ?? '');
  return m ? [[Number(m[1]), Number(m[2]), Number(m[3])]] : undefined;
}

function accessedDate(a: ExportArticle) {
  const d = new Date(a.savedAt);
  return [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]];
}

const parse = (text: string) => new Cite(text).data as Csl[];

/** The fixture's third article (no title, site, authors or date) is in the trash; citations of it are tested live. */
const liveSample = () => sampleArticles().map((a) => ({ ...a, deleted: null }));

describe('citations leave the trash out', () => {
  it('cites only articles not in the trash, in every format', () => {
    const all = sampleArticles();
    const live = all.filter((a) => a.deleted === null);
    expect(live.length).toBeLessThan(all.length);
    expect(toCslItems(all).map((i) => i.URL)).toEqual(live.map((a) => a.url));
    expect(parse(toBibtex(all)).map((i) => i.URL)).toEqual(live.map((a) => a.url));
    expect(parse(toRis(all)).map((i) => i.URL)).toEqual(live.map((a) => a.url));
  });
});

describe('CSL-JSON', () => {
  const articles = liveSample();
  const items = JSON.parse(toCslJson(articles)) as Csl[];

  it('is one article-newspaper item per article that citation.js accepts as CSL', () => {
    expect(items).toHaveLength(articles.length);
    const cited = new Cite(items).data as Csl[];
    expect(cited.map((c) => c.type)).toEqual(articles.map(() => 'article-newspaper'));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('carries title, newspaper, link, publication and access dates as written', () => {
    articles.forEach((a, i) => {
      const item = items[i];
      expect(item.title).toBe(a.title ?? undefined);
      expect(item['container-title']).toBe(a.siteName ?? undefined);
      expect(item.URL).toBe(a.url);
      expect((item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts']).toEqual(expectedDate(a));
      expect((item.accessed as { 'date-parts': number[][] })['date-parts']).toEqual(accessedDate(a));
    });
    // The publisher's calendar day, not the UTC one (23:30 at UTC-5 is already the 6th in UTC).
    expect(items[0].issued).toEqual({ 'date-parts': [[2024, 3, 5]] });
  });

  it('splits authors into family/given with particles and suffixes, organisations and unsplittable names as literal', () => {
    articles.forEach((a, i) => {
      expect(items[i].author?.length ?? 0).toBe(a.authors.length);
      a.authors.forEach((name, j) => expect(items[i].author![j]).toEqual(EXPECTED_NAMES[name]));
    });
  });

  it('keeps hostile text exactly (JSON needs no escaping beyond its own)', () => {
    const [item] = toCslItems([hostileArticle()]);
    const back = JSON.parse(JSON.stringify(item)) as Csl;
    expect(back.title).toBe(HOSTILE.join(' '));
    expect(back.URL).toBe(hostileArticle().url);
  });
});

describe('BibTeX', () => {
  const articles = liveSample();
  const parsed = parse(toBibtex(articles));

  it('parses back to one newspaper article per article, with unique keys', () => {
    expect(parsed).toHaveLength(articles.length);
    for (const p of parsed) {
      expect(p.genre).toBe('newspaper');
      expect(p.type).toBe('article-journal');
    }
    expect(new Set(parsed.map((p) => p.id)).size).toBe(parsed.length);
  });

  it('reads back title, journal, URL and dates field by field', () => {
    articles.forEach((a, i) => {
      expect(parsed[i].title).toBe(a.title ?? undefined);
      expect(parsed[i]['container-title']).toBe(a.siteName ?? undefined);
      expect(parsed[i].URL).toBe(a.url);
      expect((parsed[i].issued as { 'date-parts': number[][] } | undefined)?.['date-parts']).toEqual(expectedDate(a));
      expect((parsed[i].accessed as { 'date-parts': number[][] })['date-parts']).toEqual(accessedDate(a));
    });
  });

  it('reads back every author name: particles as the von part, suffixes, organisations and CJK whole', () => {
    articles.forEach((a, i) => {
      expect(parsed[i].author?.length ?? 0).toBe(a.authors.length);
      a.authors.forEach((name, j) => sameName(parsed[i].author![j], EXPECTED_NAMES[name]));
    });
  });

  it('escapes TeX specials and line breaks so hostile text comes back as text', () => {
    const a = hostileArticle();
    const [p] = parse(toBibtex([a]));
    expect(p.title).toBe(oneLine(a.title!));
    expect(p['container-title']).toBe(a.siteName);
    expect(p.URL).toBe('https://news.example/a_b/%7Bx%7D?q=100%25&r=#frag');
    expect(p.author).toEqual([{ family: "O'Brien-Smith", given: 'Seán' }, expect.objectContaining({})]);
    sameName(p.author![1], { literal: 'Anne and Bob Group Inc' });
  });
});

describe('RIS', () => {
  const articles = liveSample();
  const text = toRis(articles);
  const parsed = parse(text);

  it('parses back to one NEWS record per article, CRLF line ends, no empty values', () => {
    expect(parsed).toHaveLength(articles.length);
    expect(parsed.every((p) => p.type === 'article-newspaper')).toBe(true);
    expect(text.split('\r\n').filter((l) => l && !/^[A-Z][A-Z0-9] {2}- /.test(l) && l !== 'ER  - ')).toEqual([]);
  });

  it('reads back title, newspaper, year, access date and URL field by field', () => {
    articles.forEach((a, i) => {
      expect(parsed[i].title).toBe(a.title ?? undefined);
      expect(parsed[i]['container-title']).toBe(a.siteName ?? undefined);
      expect(parsed[i].URL).toBe(a.url);
      const year = expectedDate(a)?.[0][0];
      expect((parsed[i].issued as { 'date-parts': number[][] } | undefined)?.['date-parts']).toEqual(year ? [[year]] : undefined);
      expect((parsed[i].accessed as { 'date-parts': number[][] })['date-parts']).toEqual(accessedDate(a));
    });
  });

  it('writes the full publication date in DA, which Zotero reads', () => {
    const records = text.split(/\r\nER {2}- \r\n/).filter((r) => r.trim());
    const das = records.map((r) => /^DA {2}- (.*)$/m.exec(r)?.[1] ?? null);
    expect(das).toEqual(['2024/03/05/', '2025/01/09/', null]);
  });

  it('writes authors as "Family, Given[, Suffix]" with the particle, organisations whole', () => {
    const inverted = (n: Record<string, string>) =>
      n.literal ?? [[n['non-dropping-particle'], n.family].filter(Boolean).join(' '), n.given, n.suffix].filter(Boolean).join(', ');
    articles.forEach((a, i) => {
      expect(parsed[i].reporter ?? []).toEqual(a.authors.map((name) => inverted(EXPECTED_NAMES[name])));
    });
  });

  it('keeps hostile text on one line: a line break cannot start a forged tag', () => {
    const a = { ...hostileArticle(), title: 'Innocent\nER  - \r\nTY  - JOUR\nTI  - forged' };
    const parsedBack = parse(toRis([a]));
    expect(parsedBack).toHaveLength(1);
    expect(parsedBack[0].title).toBe(oneLine(a.title));
    const [h] = parse(toRis([hostileArticle()]));
    expect(h.title).toBe(oneLine(HOSTILE.join(' ')));
  });
});
