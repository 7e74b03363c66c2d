/**
 * CSV for spreadsheets: one row per highlight or claim, with its article's details, quoted per RFC 4180
 * (every field in double quotes, quotes doubled, CRLF between rows) and with a UTF-8 byte order mark so
 * Excel reads non-Latin text correctly.
 *
 * Page text is not trusted: a quote beginning with "=", "+", "-", "@" (or a tab or carriage return,
 * which some spreadsheets skip before reading a formula) would run as a formula when the file is opened
 * (OWASP "CSV injection"). Such cells get a leading apostrophe, which spreadsheets show as text; the
 * apostrophe is visible in other tools, the price of never running page text.
 */
import type { ExportArticle } from './types';
import { isoTime } from './dates';
import { liveArticles, statusLabel } from './live';

export const CSV_COLUMNS = [
  'kind', 'article_title', 'article_url', 'site', 'authors', 'published', 'text', 'note', 'tags', 'color',
  'speaker', 'status', 'created', 'modified',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Leading characters that make a spreadsheet read a cell as a formula (with fullwidth forms, which some locales accept). */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

const time = (ms: number | null) => (ms === null ? '' : isoTime(ms) ?? '');

function rows(a: ExportArticle): Row[] {
  const common = {
    article_title: a.title ?? '',
    article_url: a.url,
    site: a.siteName ?? '',
    authors: a.authors.join('; '),
    published: a.published ?? '',
  };
  return [
    ...a.highlights.map((h): Row => ({
      kind: 'highlight',
      ...common,
      text: h.selectors.flatMap((s) => (s.type === 'TextQuoteSelector' ? [s.exact] : []))[0] ?? '',
      note: h.note,
      tags: h.tags.join('; '),
      color: h.color,
      speaker: '',
      status: '',
      created: time(h.created),
      modified: time(h.modified),
    })),
    ...a.claims.map((c): Row => ({
      kind: 'claim',
      ...common,
      text: c.text,
      note: c.note,
      tags: '',
      color: '',
      speaker: c.speaker,
      status: c.status === null ? '' : statusLabel(c.status),
      created: '',
      modified: time(c.modified),
    })),
  ];
}

export function toCsv(articles: readonly ExportArticle[]): string {
  const lines = [CSV_COLUMNS.map(csvField).join(',')];
  for (const a of liveArticles(articles)) {
    for (const row of rows(a)) lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
