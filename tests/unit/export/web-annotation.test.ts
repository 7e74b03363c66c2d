/**
 * The Web Annotation backup: what it writes is a W3C AnnotationCollection other tools can read, reading
 * it back gives the same library field by field, and every kind of bad file is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { toWebAnnotation, toWebAnnotationJson } from '../../../core/export/web-annotation';
import { parseWebAnnotationImport, type ImportOptions } from '../../../core/export/web-annotation-import';
import { CLAIM_STATUSES, HIGHLIGHT_COLORS, REACTIONS } from '../../../storage/records';
import { sampleLibrary } from './library-fixture';

const NOW = Date.UTC(2026, 11, 3, 8, 0, 0);
const options: ImportOptions = { now: NOW, vocabulary: { colors: HIGHLIGHT_COLORS, statuses: CLAIM_STATUSES, reactions: REACTIONS } };
const backup = () => JSON.parse(toWebAnnotationJson(sampleLibrary(), { exportedAt: NOW })) as Record<string, any>;
const importJson = (value: unknown, opts: Partial<ImportOptions> = {}) => parseWebAnnotationImport(JSON.stringify(value), { ...options, ...opts });

function refused(value: unknown, opts: Partial<ImportOptions> = {}): string {
  const r = typeof value === 'string' ? parseWebAnnotationImport(value, { ...options, ...opts }) : importJson(value, opts);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
}

describe('Web Annotation export', () => {
  const doc = backup();
  const items = doc.first.items as Record<string, any>[];

  it('is an AnnotationCollection under the W3C context, extended with a namespaced Newsmark context', () => {
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc['@context'][1].newsmark).toMatch(/^urn:/);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(items.length);
    expect(doc.first.type).toBe('AnnotationPage');
    // Every key beyond the W3C vocabulary is namespaced.
    const w3c = new Set(['@context', 'id', 'type', 'label', 'generator', 'generated', 'total', 'first', 'motivation', 'created', 'modified', 'body', 'target']);
    for (const key of [...Object.keys(doc), ...items.flatMap(Object.keys)]) expect(w3c.has(key) || key.startsWith('newsmark:')).toBe(true);
  });

  it('writes every highlight and claim as an Annotation with quote and position selectors and IRI ids', () => {
    const lib = sampleLibrary();
    const highlights = lib.articles.flatMap((a) => a.highlights);
    const claims = lib.articles.flatMap((a) => a.claims);
    expect(items).toHaveLength(highlights.length + claims.length);
    for (const a of items) {
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(/^urn:[a-z-]+:/);
      for (const s of a.target.selector ?? []) expect(['TextQuoteSelector', 'TextPositionSelector']).toContain(s.type);
    }
    const first = items[0];
    expect(first.target).toEqual({ source: highlights[0].url, selector: highlights[0].selectors });
    // Notes and tags are W3C TextualBody items with purposes; claim verdicts are "assessing".
    expect(first.body.filter((b: any) => b.purpose === 'commenting').map((b: any) => b.value)).toEqual([highlights[0].note]);
    expect(first.body.filter((b: any) => b.purpose === 'tagging').map((b: any) => b.value)).toEqual(highlights[0].tags);
    const misleading = items.find((a) => a['newsmark:claim']?.text === claims[0].text)!;
    expect(misleading.motivation).toBe('assessing');
    expect(misleading.body[0]).toEqual({ type: 'TextualBody', purpose: 'assessing', value: 'misleading' });
  });
});

describe('Web Annotation import of a Newsmark backup', () => {
  it('restores exactly the library that was exported, field by field (trash, reactions, collections, analysis)', () => {
    const lib = sampleLibrary();
    const r = parseWebAnnotationImport(toWebAnnotationJson(lib, { exportedAt: NOW }), options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('newsmark');
    expect(r.warnings).toEqual([]);
    expect(r.library).toStrictEqual(lib);
  });

  it('round-trips again to the same bytes (nothing drifts on a second backup)', () => {
    const text = toWebAnnotationJson(sampleLibrary(), { exportedAt: NOW });
    const r = parseWebAnnotationImport(text, options);
    if (!r.ok) throw new Error(r.error);
    expect(toWebAnnotationJson(r.library, { exportedAt: NOW })).toBe(text);
  });

  it('keeps non-uuid ids and one-article exports whole', () => {
    const lib = sampleLibrary();
    const one = { articles: [lib.articles[1]], collections: lib.collections };
    const r = importJson(toWebAnnotation(one, { exportedAt: NOW, label: 'one article' }));
    expect(r.ok && r.library).toStrictEqual(one);
  });
});

describe('Web Annotation import refuses bad files with the reason', () => {
  it('truncated JSON', () => {
    const text = toWebAnnotationJson(sampleLibrary(), { exportedAt: NOW });
    expect(refused(text.slice(0, Math.floor(text.length / 2)))).toMatch(/not valid JSON/);
    expect(refused('')).toMatch(/empty/);
  });

  it('a file over the size limit, before parsing it', () => {
    const big = '[' + ' '.repeat(50 * 1024 * 1024) + ']';
    expect(refused(big)).toMatch(/too large \(50 MB; at most 32 MB/);
    // Bytes, not characters: 2 MB of three-byte characters is 6 MB.
    expect(refused(JSON.stringify(['一'.repeat(2 * 1024 * 1024)]), { maxBytes: 5 * 1024 * 1024 })).toMatch(/too large \(6 MB/);
  });

  it('foreign JSON that is not annotations', () => {
    expect(refused({ hello: 'world' })).toMatch(/not an annotation file/);
    expect(refused(42)).toMatch(/not an annotation file/);
    // A CSL-JSON citation list is a list, but not of annotations.
    expect(refused([{ id: 'x', type: 'article-newspaper', title: 't' }])).toMatch(/annotation 1 \(x\): is not of type "Annotation"/);
    expect(refused({ '@context': 'https://schema.org', type: 'AnnotationCollection', first: { items: [] } })).toMatch(/another vocabulary/);
  });

  it('wrong types in a backup', () => {
    const doc = backup();
    doc['newsmark:articles'][0].savedAt = 1700000000000;
    expect(refused(doc)).toMatch(/article 1 \(https:\/\/news\.example\/politics\/rates\): "savedAt" must be a date and time/);
    const doc2 = backup();
    doc2.first.items[0]['newsmark:color'] = 'magenta';
    expect(refused(doc2)).toMatch(/colour "magenta" is not one Newsmark knows/);
    const doc3 = backup();
    doc3.first.items[0].body[0].value = 7;
    expect(refused(doc3)).toMatch(/body 1: "value" must be text/);
    const doc4 = backup();
    doc4['newsmark:articles'][1].reaction = { value: 'furious', at: new Date(NOW).toISOString() };
    expect(refused(doc4)).toMatch(/reaction "furious"/);
  });

  it('an annotation without selectors, or with a broken one', () => {
    const doc = backup();
    delete doc.first.items[2].target.selector;
    expect(refused(doc)).toMatch(/annotation 3 \(urn:uuid:[^)]+\): the target has no TextQuoteSelector or TextPositionSelector/);
    const doc2 = backup();
    doc2.first.items[0].target.selector = [{ type: 'TextPositionSelector', start: 9, end: 2 }];
    expect(refused(doc2)).toMatch(/selector 1: .*start <= end/);
    const doc3 = backup();
    doc3.first.items[0].target = 'https://news.example/politics/rates';
    expect(refused(doc3)).toMatch(/no selectors/);
  });

  it('a highlight without a quote, which could never be shown or found again', () => {
    const doc = backup();
    doc.first.items[0].target.selector = [{ type: 'TextPositionSelector', start: 1, end: 5 }];
    expect(refused(doc)).toMatch(/annotation 1 \(urn:uuid:[^)]+\): the target has no quote/);
    expect(refused([{ id: 'p', type: 'Annotation', target: { source: 'https://a.example/', selector: { type: 'TextPositionSelector', start: 1, end: 5 } } }])).toMatch(/no quote/);
  });

  it('references that do not resolve, duplicates, newer formats, linked pages', () => {
    const doc = backup();
    doc.first.items[0]['newsmark:article'] = 'https://elsewhere.example/';
    expect(refused(doc)).toMatch(/which the file does not list/);
    const doc2 = backup();
    doc2['newsmark:articles'][0].collections = ['c-missing'];
    expect(refused(doc2)).toMatch(/collection "c-missing", which the file does not define/);
    const doc3 = backup();
    doc3.first.items[1].id = doc3.first.items[0].id;
    expect(refused(doc3)).toMatch(/appears twice/);
    const doc4 = backup();
    doc4['newsmark:formatVersion'] = 2;
    expect(refused(doc4)).toMatch(/newer Newsmark/);
    const doc5 = backup();
    doc5.first = 'https://example.org/page1';
    expect(refused(doc5)).toMatch(/links to its pages/);
  });

  it('too many annotations', () => {
    const n = sampleLibrary().articles.reduce((sum, a) => sum + a.highlights.length + a.claims.length, 0);
    expect(refused(backup(), { maxAnnotations: 3 })).toBe(`The file holds ${n} annotations; at most 3 can be imported at once.`);
    expect(importJson(backup(), { maxAnnotations: n }).ok).toBe(true);
  });
});

describe('Web Annotation import from other tools', () => {
  const quote = { type: 'TextQuoteSelector', exact: 'the bank said', prefix: 'Today ', suffix: ' that' };
  const position = { type: 'TextPositionSelector', start: 120, end: 133 };

  it('reads W3C annotations: selectors, notes, tags, ids; other selector kinds passed over', () => {
    const page = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://annotations.example/a/1',
          type: 'Annotation',
          created: '2025-02-01T10:00:00Z',
          body: [
            { type: 'TextualBody', value: 'Check this "figure"', purpose: 'commenting' },
            { type: 'TextualBody', value: 'economy', purpose: 'tagging' },
          ],
          target: {
            source: 'https://www.news.example/politics/rates?utm_source=feed',
            selector: [{ type: 'RangeSelector', startSelector: {}, endSelector: {} }, quote, position],
          },
        },
        { type: 'Annotation', bodyValue: 'plain note', target: { source: 'https://news.example/politics/rates', selector: quote } },
      ],
    };
    const r = importJson(page, { defaultColor: 'green' });
    if (!r.ok) throw new Error(r.error);
    expect(r.format).toBe('w3c');
    // Both addresses are one article under Newsmark's key.
    expect(r.library.articles).toHaveLength(1);
    const [a] = r.library.articles;
    expect(a.key).toBe('https://news.example/politics/rates');
    expect(a.highlights.map((h) => [h.id, h.note, h.tags, h.color, h.selectors])).toEqual([
      ['https://annotations.example/a/1', 'Check this "figure"', ['economy'], 'green', [quote, position]],
      [expect.stringMatching(/^urn:x-newsmark:imported:[0-9a-f]{16}$/), 'plain note', [], 'green', [{ ...quote }]],
    ]);
    expect(a.highlights[0].created).toBe(Date.parse('2025-02-01T10:00:00Z'));
    // Importing the same file again gives the same ids (no duplicates in the store).
    const again = importJson(page, { defaultColor: 'green' });
    expect(again.ok && again.library.articles[0].highlights.map((h) => h.id)).toEqual(a.highlights.map((h) => h.id));
  });

  it("reads Hypothesis's export, skipping replies and page notes with a warning", () => {
    const exported = {
      export_date: '2025-03-01T12:00:00.000000+00:00',
      client_version: '1.0',
      annotations: [
        {
          id: 'AbC123',
          created: '2025-02-01T10:00:00.123456+00:00',
          updated: '2025-02-02T10:00:00.000000+00:00',
          uri: 'https://news.example/politics/rates',
          text: 'A **markdown** note <b>',
          tags: ['economy', '=cmd'],
          target: [{ source: 'https://news.example/politics/rates', selector: [{ type: 'RangeSelector' }, position, quote] }],
          document: { title: ['Rates rise'] },
          references: [],
        },
        {
          id: 'Old1',
          created: '2016-01-01T00:00:00+00:00',
          uri: 'https://news.example/politics/rates',
          text: '',
          tags: [],
          target: [{ source: ['https://news.example/politics/rates'], selector: [quote] }],
        },
        { id: 'Reply1', uri: 'https://news.example/politics/rates', text: 'agreed', tags: [], target: [{ source: 'https://news.example/politics/rates' }], references: ['AbC123'] },
        { id: 'Page1', uri: 'https://news.example/other', text: 'page note', tags: [], target: [{ source: 'https://news.example/other' }] },
      ],
    };
    const r = importJson(exported);
    if (!r.ok) throw new Error(r.error);
    expect(r.format).toBe('hypothesis');
    expect(r.warnings).toEqual(['2 replies or page notes were not imported: they mark no text on the page.']);
    expect(r.library.articles).toHaveLength(1);
    const [a] = r.library.articles;
    expect(a.title).toBe('Rates rise');
    expect(a.highlights).toEqual([
      {
        id: 'urn:x-hypothesis:AbC123',
        url: 'https://news.example/politics/rates',
        selectors: [position, quote],
        color: 'yellow',
        note: 'A **markdown** note <b>',
        tags: ['economy', '=cmd'],
        created: Date.parse('2025-02-01T10:00:00.123Z'),
        modified: Date.parse('2025-02-02T10:00:00Z'),
        deleted: null,
      },
      expect.objectContaining({ id: 'urn:x-hypothesis:Old1', selectors: [quote], created: Date.parse('2016-01-01T00:00:00Z') }),
    ]);
  });

  it('refuses a foreign annotation without selectors instead of importing half a file', () => {
    const error = refused([
      { id: 'ok', type: 'Annotation', target: { source: 'https://a.example/', selector: quote } },
      { id: 'bad', type: 'Annotation', target: 'https://a.example/' },
    ]);
    expect(error).toMatch(/^Nothing was imported\. In the file, annotation 2 \(bad\): the target has no selectors/);
  });
});
