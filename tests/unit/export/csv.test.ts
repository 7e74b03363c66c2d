/**
 * The CSV export read back by csv-parse (RFC 4180): one row per live highlight or claim, every cell the
 * same text (commas, quotes and line breaks intact), and no cell a spreadsheet would run as a formula.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, toCsv } from '../../../core/export/csv';
import { HOSTILE, sampleArticles } from './library-fixture';

const FORMULA = /^[=+\-@\t\r]/;

function read(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, relax_quotes: false, record_delimiter: '\r\n' }) as Record<string, string>[];
}

/** What a cell must hold: the value, behind an apostrophe when it would start a formula. */
const safe = (v: string) => (/^\s*[=+\-@]|^[\t\r]/.test(v) ? `'${v}` : v);

describe('CSV export', () => {
  const articles = sampleArticles();
  const text = toCsv(articles);
  const records = read(text);

  it('starts with a BOM and the header, and ends rows with CRLF', () => {
    expect(text.startsWith('\uFEFF"kind","article_title"')).toBe(true);
    expect(Object.keys(records[0])).toEqual([...CSV_COLUMNS]);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has one row per live highlight and per claim, with their fields field by field', () => {
    const live = articles.filter((a) => a.deleted === null);
    const expected = live.flatMap((a) => [
      ...a.highlights.filter((h) => h.deleted === null).map((h) => ({
        kind: 'highlight', article_title: a.title ?? '', article_url: a.url, text: (h.selectors[0] as { exact: string }).exact,
        note: h.note, tags: h.tags.join('; '), color: h.color, speaker: '', created: new Date(h.created).toISOString(),
      })),
      ...a.claims.map((c) => ({
        kind: 'claim', article_title: a.title ?? '', article_url: a.url, text: c.text, note: c.note, tags: '', color: '', speaker: c.speaker,
        created: '',
      })),
    ]);
    expect(records).toHaveLength(expected.length);
    records.forEach((r, i) => {
      for (const [k, v] of Object.entries(expected[i])) expect(r[k], `row ${i + 1} ${k}`).toBe(safe(v));
    });
    expect(records.filter((r) => r.kind === 'claim').map((r) => r.status)).toEqual(['Misleading', '', 'Accurate', 'Needs context']);
    expect(records[0].authors).toBe(articles[0].authors.join('; '));
  });

  it('keeps commas, quotes and line breaks inside cells, and neutralises every formula prefix', () => {
    for (const h of HOSTILE) {
      const [r] = read(toCsv([{ ...articles[0], title: h, highlights: [{ ...articles[0].highlights[0], note: h, tags: [h] }], claims: [] }]));
      expect(r.article_title).toBe(safe(h));
      expect(r.note).toBe(safe(h));
      expect(r.text).toBe(safe((articles[0].highlights[0].selectors[0] as { exact: string }).exact));
    }
    for (const r of records) for (const v of Object.values(r)) expect(FORMULA.test(v), v).toBe(false);
    // The neutralised cells are exactly the ones that began with a formula character.
    const neutralised = records.flatMap((r) => Object.values(r)).filter((v) => v.startsWith("'")).length;
    expect(neutralised).toBeGreaterThan(5);
  });
});
