/**
 * Planning an import against the library: the same file twice adds nothing, new records are added,
 * newer copies from the file replace older local ones, and a local edit newer than the file is kept
 * and reported, never silently overwritten.
 */
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../core/export/import-plan';
import { parseWebAnnotationImport } from '../../../core/export/web-annotation-import';
import { toWebAnnotationJson } from '../../../core/export/web-annotation';
import type { ExportLibrary } from '../../../core/export/types';
import { sampleLibrary } from './library-fixture';

const empty: ExportLibrary = { articles: [], collections: [] };
const totals = (lib: ExportLibrary) => ({
  article: lib.articles.length,
  highlight: lib.articles.reduce((n, a) => n + a.highlights.length, 0),
  claim: lib.articles.reduce((n, a) => n + a.claims.length, 0),
  collection: lib.collections.length,
});

describe('planImport', () => {
  it('into an empty library adds everything and gives back the file exactly', () => {
    const file = sampleLibrary();
    const plan = planImport(empty, file);
    expect(plan.result).toStrictEqual(file);
    const t = totals(file);
    for (const kind of ['article', 'highlight', 'claim', 'collection'] as const) {
      expect(plan.counts[kind]).toEqual({ added: t[kind], unchanged: 0, updated: 0, keptLocal: 0 });
    }
    expect(plan.conflicts).toEqual([]);
  });

  it('importing a backup of the same library (or the same file twice) adds nothing', () => {
    const lib = sampleLibrary();
    const parsed = parseWebAnnotationImport(toWebAnnotationJson(lib, { exportedAt: 0 }), { now: 0 });
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(lib, parsed.library);
    expect(plan.result).toStrictEqual(lib);
    expect(Object.values(plan.counts).every((c) => c.added === 0 && c.updated === 0 && c.keptLocal === 0)).toBe(true);
    expect(plan.counts.highlight.unchanged).toBe(totals(lib).highlight);
  });

  it('takes newer copies from the file, keeps newer local edits and reports them, adds what is new', () => {
    const local = sampleLibrary();
    const file = sampleLibrary();
    const [a] = file.articles;
    // The file has a newer note on highlight 0, an older one on highlight 1, and one highlight more.
    a.highlights[0] = { ...a.highlights[0], note: 'edited in the backup', modified: a.highlights[0].modified + 1000 };
    a.highlights[1] = { ...a.highlights[1], note: 'stale', modified: a.highlights[1].modified - 1000 };
    a.highlights.push({ ...a.highlights[2], id: 'brand-new', note: 'new' });
    // The local library edited claim 1's verdict after the backup.
    local.articles[0].claims[0] = { ...local.articles[0].claims[0], status: 'inaccurate', modified: local.articles[0].claims[0].modified! + 5000 };
    const plan = planImport(local, file);
    const merged = plan.result.articles[0];
    expect(merged.highlights[0].note).toBe('edited in the backup');
    expect(merged.highlights[1].note).toBe(local.articles[0].highlights[1].note);
    expect(merged.highlights.at(-1)!.id).toBe('brand-new');
    expect(merged.claims[0].status).toBe('inaccurate');
    expect(plan.counts.highlight).toMatchObject({ added: 1, updated: 1, keptLocal: 1 });
    expect(plan.conflicts).toEqual([
      { kind: 'highlight', id: local.articles[0].highlights[1].id },
      { kind: 'claim', id: local.articles[0].claims[0].id },
    ]);
  });

  it('keeps every collection and URL either side knows for an article', () => {
    const local = sampleLibrary();
    const file = sampleLibrary();
    file.collections.push({ id: 'c-new', name: 'New', created: 5 });
    file.articles[0] = { ...file.articles[0], collections: ['c-new'], urls: ['https://news.example/amp/rates'], updatedAt: file.articles[0].updatedAt + 1 };
    const plan = planImport(local, file);
    expect(plan.result.articles[0].collections).toEqual(['c-new', 'c-essay']);
    expect(plan.result.articles[0].urls).toEqual(['https://news.example/amp/rates', ...local.articles[0].urls]);
    expect(plan.counts.collection.added).toBe(1);
    expect(plan.counts.article.updated).toBe(1);
  });
});
