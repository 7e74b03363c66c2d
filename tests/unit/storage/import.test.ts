/**
 * Import into the database: a backup restores every record field by field, importing it twice adds
 * nothing, a bad record refuses the whole file and writes nothing, a newer local edit is kept.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight, deleteHighlight, importLibrary, putCorrection, setArticleCitation, setClaimStatus, setReaction, trashArticle,
  updateHighlight,
} from '../../../storage/repository';
import { readLibrary, toExportLibrary } from '../../../storage/library-snapshot';
import { toWebAnnotationJson, parseWebAnnotationImport } from '../../../core/export';
import { CLAIM_STATUSES, HIGHLIGHT_COLORS, REACTIONS } from '../../../model';
import { article, closeAll, freshDb, highlight } from './fixtures';

afterEach(closeAll);

async function filled() {
  const db = freshDb();
  const a = article();
  const b = article('news.example/other', 'https://news.example/other');
  const h = await addHighlight(db, { ...highlight(a.key, 'the harbour will reopen'), body: { color: 'green', note: 'check «été»', tags: ['port', 'vote'] } }, a);
  const gone = await addHighlight(db, highlight(a.key, 'deleted one'), a);
  await deleteHighlight(db, gone.id);
  await addHighlight(db, highlight(b.key, 'another passage'), b);
  await setClaimStatus(db, { id: 'c1', articleKey: a.key, quote: 'We kept it running', speaker: 'Varga', selector: [], status: 'misleading', note: 'logs' }, a);
  await setReaction(db, a.key, 'angry', a);
  await setArticleCitation(db, a, { title: 'Harbour vote: council reopens the port', authors: ['Helena Varga', 'Ana Ruiz'], published: '2026-11-02' });
  await putCorrection(db, { articleKey: a.key, kind: 'dismiss', quote: 'The weather was fine' }, a);
  await putCorrection(db, { articleKey: a.key, kind: 'speaker', quote: 'We kept it running', speaker: 'Port authority' }, a);
  await putCorrection(db, { articleKey: a.key, kind: 'rename', from: 'Varga', to: 'Helena Varga' }, a);
  await putCorrection(db, { articleKey: a.key, kind: 'merge', from: 'H. Varga', into: 'Helena Varga' }, a);
  await putCorrection(db, {
    articleKey: a.key, kind: 'add', quote: 'the port opens on Monday', speaker: 'Mayor',
    selector: [{ type: 'TextQuoteSelector', exact: 'the port opens on Monday', prefix: 'said ', suffix: '.' }],
  }, a);
  await putCorrection(db, { articleKey: b.key, kind: 'rename', from: 'Ruiz', to: 'Ana Ruiz' }, b);
  await trashArticle(db, b.key);
  return { db, a, h };
}

const vocabulary = { colors: HIGHLIGHT_COLORS, statuses: CLAIM_STATUSES, reactions: REACTIONS };

function sorted<T extends object>(rows: T[], key: keyof T): T[] {
  return [...rows].sort((x, y) => String(x[key]).localeCompare(String(y[key])));
}

describe('importing a backup', () => {
  it('restores every record field by field into an empty database, and a second import adds nothing', async () => {
    const { db } = await filled();
    const before = await readLibrary(db);
    const file = toWebAnnotationJson(toExportLibrary(before), { exportedAt: Date.now() });
    const parsed = parseWebAnnotationImport(file, { now: Date.now(), vocabulary });
    if (!parsed.ok) throw new Error(parsed.error);

    const empty = freshDb();
    const first = await importLibrary(empty, parsed.library);
    expect(first.counts.highlight.added).toBe(3);
    const after = await readLibrary(empty);
    expect(sorted(after.articles, 'key')).toEqual(sorted(before.articles, 'key'));
    expect(sorted(after.highlights, 'id')).toEqual(sorted(before.highlights, 'id'));
    expect(after.claims).toEqual(before.claims);
    expect(after.reactions).toEqual(before.reactions);
    expect(before.articles.find((x) => x.citation)?.citation?.title).toBe('Harbour vote: council reopens the port');
    expect(before.corrections).toHaveLength(6);
    expect(sorted(after.corrections, 'id')).toEqual(sorted(before.corrections, 'id'));

    const second = await importLibrary(empty, parsed.library);
    expect(second.counts.highlight).toMatchObject({ added: 0, unchanged: 3 });
    expect(await empty.highlights.count()).toBe(3);
    expect(sorted((await readLibrary(empty)).corrections, 'id')).toEqual(sorted(before.corrections, 'id'));
  });

  it('keeps a newer local edit and says so', async () => {
    const { db, h } = await filled();
    const backup = toExportLibrary(await readLibrary(db));
    await new Promise((r) => setTimeout(r, 5));
    await updateHighlight(db, h.id, { note: 'edited after the backup' });
    const outcome = await importLibrary(db, backup);
    // The highlight and its article (touched by the edit) were both changed here after the backup.
    expect(outcome.conflicts).toBe(2);
    expect((await db.highlights.get(h.id))?.body.note).toBe('edited after the backup');
  });

  it('refuses the whole file when one record is bad, and writes nothing', async () => {
    const { db } = await filled();
    const before = await readLibrary(db);
    const library = toExportLibrary(before);
    const fresh = { ...library.articles[0], key: 'news.example/new', highlights: library.articles[0].highlights.map((x) => ({ ...x, id: x.id + '-new' })) };
    fresh.highlights[fresh.highlights.length - 1] = { ...fresh.highlights[0], id: 'bad', color: 'chartreuse' };
    await expect(importLibrary(db, { articles: [fresh], collections: [] })).rejects.toThrow(/colour/);
    expect(await readLibrary(db)).toEqual(before);
  });
});
