/**
 * A small library for the export tests: names with particles, suffixes, organisations and non-Latin
 * scripts, and hostile text (quotes, line breaks, markup, formula prefixes, TeX and Markdown specials)
 * in every field a user or a page can fill.
 */
import type { ExportArticle, ExportLibrary } from '../../../core/export/types';

export const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  '+1 sounds fine',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTabbed',
  '\rCarriage',
  'Quotes "double", \'single\', and a comma',
  'Two\nlines\r\nand CRLF',
  '<script>alert("x")</script> <img src=x onerror=alert(1)>',
  '# not a heading *not bold* _nor_ [a](javascript:alert(1)) `code` > quote | pipe \\ backslash',
  'TeX: 100% & $5 #1 under_score {braces} ~tilde ^caret \\textbf{x}',
  '1. not a list',
];

const t0 = Date.UTC(2026, 10, 20, 9, 30, 15, 123);

export function sampleArticles(): ExportArticle[] {
  const first: ExportArticle = {
    key: 'https://news.example/politics/rates',
    url: 'https://news.example/politics/rates?utm_source=x&a=1#top',
    urls: ['https://news.example/politics/rates?utm_source=x&a=1#top', 'https://news.example/politics/rates'],
    title: 'Rates rise "sharply" as <b>bank</b> acts: 100% & more',
    siteName: 'The Daily_Example & Co',
    byline: 'By Jan van der Berg, María de la Cruz and Martin Luther King, Jr.',
    authors: ['Jan van der Berg', 'María de la Cruz', 'Martin Luther King, Jr.', 'Associated Press'],
    published: '2024-03-05T23:30:00-05:00',
    text: 'The bank said rates would rise.\n\nCritics disagreed.',
    savedAt: t0,
    updatedAt: t0 + 60_000,
    reaction: { value: 'angry', at: t0 + 5_000 },
    collections: ['c-essay'],
    speakers: [
      { name: 'Christine Lagarde', kind: 'person', role: 'ECB president' },
      { name: 'European Central Bank', kind: 'organization', role: null },
    ],
    highlights: HOSTILE.map((text, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i.toString(16)}`,
      url: 'https://news.example/politics/rates',
      selectors: [
        { type: 'TextQuoteSelector', exact: text, prefix: i % 2 ? '' : 'before "', suffix: i % 3 ? 'after\n' : '' },
        { type: 'TextPositionSelector', start: 10 * i, end: 10 * i + text.length },
      ],
      color: ['yellow', 'green', 'blue', 'pink', 'purple'][i % 5],
      note: HOSTILE[(i + 3) % HOSTILE.length],
      tags: i % 2 ? [] : ['economy', HOSTILE[(i + 5) % HOSTILE.length], 'été'],
      created: t0 + i * 1000,
      modified: t0 + i * 1000 + 7,
      deleted: i === 4 ? t0 + 99_000 : null,
    })),
    claims: [
      {
        id: 'claim-1',
        text: 'Rates will rise "as long as needed", =2+2',
        speaker: 'Christine Lagarde',
        selectors: [{ type: 'TextQuoteSelector', exact: 'Rates will rise', prefix: '', suffix: '' }],
        status: 'misleading',
        note: 'Context:\nshe said "for now".',
        modified: t0 + 30_000,
      },
      {
        id: 'claim-2',
        text: 'Inflation is <em>under control</em>',
        speaker: 'European Central Bank',
        // Stored claims may have no selectors at all (they are found again by their text).
        selectors: [],
        status: null,
        note: '',
        modified: null,
      },
      {
        id: 'claim-3',
        text: '@the market will calm',
        speaker: 'Christine Lagarde',
        selectors: [{ type: 'TextQuoteSelector', exact: 'the market will calm', prefix: 'p', suffix: 's' }],
        status: 'accurate',
        note: '',
        modified: t0 + 31_000,
      },
    ],
    deleted: null,
  };
  const second: ExportArticle = {
    key: 'https://zh.example/news/2025/01/xi',
    url: 'https://zh.example/news/2025/01/xi',
    urls: ['https://zh.example/news/2025/01/xi'],
    title: '习近平会见 Владимир Путин: «переговоры»',
    siteName: '新华网',
    byline: '习近平, 山田 太郎',
    authors: ['习近平', '山田 太郎', 'Владимир Путин', 'Reuters', 'Ludwig van Beethoven', 'José Ortega y Gasset'],
    published: '2025-01-09',
    text: null,
    savedAt: t0 + 86_400_000,
    updatedAt: t0 + 86_400_000,
    reaction: null,
    collections: ['c-essay', 'c-check'],
    speakers: [{ name: 'Владимир Путин', kind: 'person', role: null }],
    highlights: [
      {
        id: 'h-zh-1',
        url: 'https://zh.example/news/2025/01/xi',
        selectors: [{ type: 'TextQuoteSelector', exact: '双方同意', prefix: '', suffix: '' }],
        color: 'blue',
        note: '',
        tags: [],
        created: t0 + 86_400_000,
        modified: t0 + 86_400_000,
        deleted: null,
      },
    ],
    claims: [
      {
        id: 'claim-ru',
        text: 'Мы готовы к переговорам',
        speaker: 'Владимир Путин',
        selectors: [{ type: 'TextQuoteSelector', exact: 'Мы готовы к переговорам', prefix: '', suffix: '' }],
        status: 'needs-context',
        note: '',
        modified: t0 + 86_500_000,
      },
    ],
    deleted: null,
  };
  const bare: ExportArticle = {
    key: 'https://blog.example/p/1',
    url: 'https://blog.example/p/1',
    urls: ['https://blog.example/p/1'],
    title: null,
    siteName: null,
    byline: null,
    authors: [],
    published: null,
    text: null,
    savedAt: t0,
    updatedAt: t0,
    reaction: { value: 'no-comment', at: t0 },
    collections: [],
    speakers: [],
    highlights: [],
    claims: [],
    deleted: t0 + 1,
  };
  return [first, second, bare];
}

export function sampleLibrary(): ExportLibrary {
  return {
    articles: sampleArticles(),
    collections: [
      { id: 'c-essay', name: 'Essay: "rates" & <inflation>', created: t0 - 1000 },
      { id: 'c-check', name: 'Fact-check Путин', created: t0 - 500 },
    ],
  };
}
