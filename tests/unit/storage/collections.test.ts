/**
 * Collections and tags in the store: an article in several collections, counts that leave the Trash out,
 * delete with an exact undo, memberships kept through the Trash and gone with a purge; a backup restores
 * collections field by field and a second import adds nothing; tag rename, merge and bulk tagging change
 * every highlight in one go and undo puts each one back.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight, addToCollection, collectionsByArticle, createCollection, deleteArticle, deleteCollection, importLibrary,
  listCollections, listTags, removeFromCollection, renameCollection, renameTag, restoreArticle, restoreCollection,
  restoreCollectionItems, restoreTags, tagHighlights, trashArticle, CLAIM_STATUSES, HIGHLIGHT_COLORS, REACTIONS,
} from '../../../storage/repository';
import { readLibrary, toExportLibrary, pickArticles } from '../../../storage/library-snapshot';
import { purgeDeletedArticles } from '../../../storage/trash';
import { parseWebAnnotationImport, toWebAnnotationJson } from '../../../core/export';
import { article, closeAll, freshDb, highlight } from './fixtures';

afterEach(closeAll);

const vocabulary = { colors: HIGHLIGHT_COLORS, statuses: CLAIM_STATUSES, reactions: REACTIONS };

async function filled() {
  const db = freshDb();
  const a = article();
  const b = article('news.example/other', 'https://news.example/other');
  const h1 = await addHighlight(db, { ...highlight(a.key, 'the harbour will reopen'), body: { color: 'green', note: '', tags: ['port', 'labour'] } }, a);
  const h2 = await addHighlight(db, { ...highlight(b.key, 'another passage'), body: { color: 'yellow', note: '', tags: ['Port'] } }, b);
  const h3 = await addHighlight(db, { ...highlight(b.key, 'a third passage'), body: { color: 'yellow', note: '', tags: [] } }, b);
  const essay = await createCollection(db, '  Harbour   essay ');
  const check = await createCollection(db, 'Story under check');
  await addToCollection(db, essay.id, [a.key, b.key]);
  await addToCollection(db, check.id, [a.key]);
  return { db, a, b, h1, h2, h3, essay, check };
}

describe('collections', () => {
  it('groups articles (one in several), counts them, refuses a duplicate or empty name, and adding twice stores once', async () => {
    const { db, a, b, essay, check } = await filled();
    expect(essay.name).toBe('Harbour essay');
    expect((await listCollections(db)).map((c) => [c.name, c.articleCount])).toEqual([['Harbour essay', 2], ['Story under check', 1]]);
    expect(await addToCollection(db, essay.id, [a.key, 'not.saved/anywhere'])).toBe(0);
    expect(await db.collectionItems.count()).toBe(3);
    expect((await collectionsByArticle(db)).get(a.key)?.sort()).toEqual([essay.id, check.id].sort());
    await expect(createCollection(db, 'harbour ESSAY')).rejects.toThrow(/already a collection named “Harbour essay”/);
    await expect(createCollection(db, '   ')).rejects.toThrow(/needs a name/);
    await expect(renameCollection(db, check.id, 'Harbour essay')).rejects.toThrow(/already/);
    expect((await renameCollection(db, check.id, 'Ferry check'))?.name).toBe('Ferry check');
    const removed = await removeFromCollection(db, essay.id, [b.key]);
    expect((await listCollections(db)).find((c) => c.id === essay.id)?.articleCount).toBe(1);
    await restoreCollectionItems(db, removed);
    expect((await listCollections(db)).find((c) => c.id === essay.id)?.articleCount).toBe(2);
  });

  it('deletes a collection (never its articles) and Undo brings it back exactly', async () => {
    const { db, essay } = await filled();
    const before = { c: await db.collections.toArray(), i: await db.collectionItems.toArray() };
    const token = await deleteCollection(db, essay.id);
    expect(token?.items).toHaveLength(2);
    expect(await db.articles.count()).toBe(2);
    expect((await listCollections(db)).map((c) => c.name)).toEqual(['Story under check']);
    await restoreCollection(db, token!);
    expect(await db.collections.toArray()).toEqual(expect.arrayContaining(before.c));
    expect((await db.collectionItems.toArray()).length).toBe(before.i.length);
  });

  it('keeps memberships while the article is in the Trash (not counted), and drops them when it is purged or deleted', async () => {
    const { db, a, b, essay } = await filled();
    await trashArticle(db, a.key);
    expect((await listCollections(db)).find((c) => c.id === essay.id)?.articleCount).toBe(1);
    await restoreArticle(db, a.key);
    expect((await listCollections(db)).find((c) => c.id === essay.id)?.articleCount).toBe(2);
    await trashArticle(db, a.key, 1000);
    await purgeDeletedArticles(db, 2000);
    expect(await db.collectionItems.where('articleKey').equals(a.key).count()).toBe(0);
    await deleteArticle(db, b.key);
    expect(await db.collectionItems.count()).toBe(0);
  });

  it('travels in the JSON-LD backup: restored field by field, a second import adds nothing, an export of one collection names only it', async () => {
    const { db, a, essay, check } = await filled();
    await renameCollection(db, check.id, 'Ferry check', Date.now() + 10);
    const before = await readLibrary(db);
    const file = toWebAnnotationJson(toExportLibrary(before), { exportedAt: Date.now() });
    const parsed = parseWebAnnotationImport(file, { now: Date.now(), vocabulary });
    if (!parsed.ok) throw new Error(parsed.error);
    const empty = freshDb();
    await importLibrary(empty, parsed.library);
    await importLibrary(empty, parsed.library);
    const after = await readLibrary(empty);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    const byPair = <T extends { collectionId: string; articleKey: string }>(rows: T[]) =>
      [...rows].sort((x, y) => (x.collectionId + x.articleKey).localeCompare(y.collectionId + y.articleKey));
    expect(byId(after.collections!)).toEqual(byId(before.collections!));
    expect(byPair(after.collectionItems!)).toEqual(byPair(before.collectionItems!));

    const only = pickArticles(toExportLibrary(before), new Set([ 'news.example/other' ]));
    expect(only.collections.map((c) => c.name)).toEqual([essay.name]);
    expect(pickArticles(toExportLibrary(before), new Set([a.key])).collections).toHaveLength(2);
  });

  it('imports an old backup without collections, and refuses an article in a collection the file does not define', async () => {
    const { db } = await filled();
    const library = toExportLibrary(await readLibrary(db));
    const empty = freshDb();
    const old = { articles: library.articles.map((x) => ({ ...x, collections: [] })), collections: [] };
    await importLibrary(empty, old);
    expect(await empty.collections.count()).toBe(0);
    await expect(importLibrary(empty, { ...library, collections: [] })).rejects.toThrow(/does not define/);
  });
});

describe('tags across the library', () => {
  it('lists tags with counts, leaving the Trash out', async () => {
    const { db, a } = await filled();
    // "port" and "Port" are one tag, shown as first given (h1's).
    expect(await listTags(db)).toEqual([{ tag: 'labour', count: 1 }, { tag: 'port', count: 2 }]);
    await trashArticle(db, a.key);
    expect(await listTags(db)).toEqual([{ tag: 'Port', count: 1 }]);
  });

  it('renames and merges a tag on every highlight at once; undo puts each back', async () => {
    const { db, h1, h2 } = await filled();
    const merge = await renameTag(db, 'Port', 'port');
    expect(merge.changed).toBe(1);
    expect((await listTags(db)).map((t) => [t.tag, t.count])).toEqual([['labour', 1], ['port', 2]]);
    const rename = await renameTag(db, 'port', 'harbour');
    expect(rename.changed).toBe(2);
    expect((await db.highlights.get(h1.id))?.body.tags).toEqual(['harbour', 'labour']);
    // Merging into a tag the highlight already has leaves one.
    await renameTag(db, 'labour', 'harbour');
    expect((await db.highlights.get(h1.id))?.body.tags).toEqual(['harbour']);
    await restoreTags(db, rename.previous);
    expect((await db.highlights.get(h2.id))?.body.tags).toEqual(['port']);
  });

  it('adds or removes one tag on several highlights at once', async () => {
    const { db, h1, h2, h3 } = await filled();
    const added = await tagHighlights(db, [h2.id, h3.id], { add: 'ferries' });
    expect(added.changed).toBe(2);
    expect((await db.highlights.get(h3.id))?.body.tags).toEqual(['ferries']);
    const removed = await tagHighlights(db, [h1.id, h2.id, h3.id], { remove: 'ferries' });
    expect(removed.changed).toBe(2);
    expect((await db.highlights.get(h1.id))?.body.tags).toEqual(['port', 'labour']);
    await expect(tagHighlights(db, [h1.id], { add: '  ' })).rejects.toThrow(/empty/);
  });
});
