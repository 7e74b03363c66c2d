/**
 * Collections: named groups of articles (model/collections.ts). Every change is one transaction; a
 * deleted collection is handed back whole (with its members) so the library's Undo restores it exactly.
 * Memberships of an article in the Trash are kept (a restore finds them); purging the article removes them
 * (storage/trash.ts, deleteArticle).
 */
import type { NewsmarkDB } from './db';
import { InvalidRecordError, guardWrite } from './errors';
import {
  MAX_COLLECTION_NAME,
  type CollectionItemRecord,
  type CollectionRecord,
  type CollectionSummary,
  type CollectionUndoToken,
} from '../model';

/** A name as the reader means it: trimmed, inner runs of spaces as one; refused when empty or too long. */
export function checkCollectionName(value: unknown): string {
  if (typeof value !== 'string') throw new InvalidRecordError('A collection name must be text.');
  const name = value.trim().replace(/\s+/g, ' ');
  if (!name) throw new InvalidRecordError('A collection needs a name.');
  if (name.length > MAX_COLLECTION_NAME) throw new InvalidRecordError(`A collection name has at most ${MAX_COLLECTION_NAME} characters.`);
  return name;
}

/** Two collections with one name (ignoring case) could not be told apart in a menu: refused with the name. */
async function assertNameFree(db: NewsmarkDB, name: string, exceptId?: string): Promise<void> {
  const folded = name.toLowerCase();
  const clash = await db.collections.filter((c) => c.id !== exceptId && c.name.toLowerCase() === folded).first();
  if (clash) throw new InvalidRecordError(`There is already a collection named “${clash.name}”.`);
}

export async function createCollection(db: NewsmarkDB, rawName: string, now: number = Date.now()): Promise<CollectionRecord> {
  const name = checkCollectionName(rawName);
  return guardWrite(() =>
    db.transaction('rw', db.collections, async () => {
      await assertNameFree(db, name);
      const record: CollectionRecord = { id: crypto.randomUUID(), name, created: now, modified: now };
      await db.collections.add(record);
      return record;
    }),
  );
}

export async function renameCollection(db: NewsmarkDB, id: string, rawName: string, now: number = Date.now()): Promise<CollectionRecord | null> {
  const name = checkCollectionName(rawName);
  return guardWrite(() =>
    db.transaction('rw', db.collections, async () => {
      const existing = await db.collections.get(id);
      if (!existing) return null;
      await assertNameFree(db, name, id);
      const record = { ...existing, name, modified: Math.max(now, existing.modified) };
      await db.collections.put(record);
      return record;
    }),
  );
}

/** Removes the collection and its memberships (never the articles). Returns what Undo needs, or null. */
export async function deleteCollection(db: NewsmarkDB, id: string): Promise<CollectionUndoToken | null> {
  return guardWrite(() =>
    db.transaction('rw', [db.collections, db.collectionItems], async () => {
      const collection = await db.collections.get(id);
      if (!collection) return null;
      const items = await db.collectionItems.where('collectionId').equals(id).toArray();
      await db.collectionItems.where('collectionId').equals(id).delete();
      await db.collections.delete(id);
      return { collection, items };
    }),
  );
}

/** Undo of deleteCollection: the collection and its members as they were (members of purged articles are left out). */
export async function restoreCollection(db: NewsmarkDB, token: CollectionUndoToken): Promise<void> {
  const collection = { ...token.collection, name: checkCollectionName(token.collection.name) };
  await guardWrite(() =>
    db.transaction('rw', [db.collections, db.collectionItems, db.articles], async () => {
      await assertNameFree(db, collection.name, collection.id);
      await db.collections.put(collection);
      const keys = token.items.map((i) => i.articleKey);
      const present = new Set((await db.articles.bulkGet(keys)).filter((a) => a !== undefined).map((a) => a!.key));
      await db.collectionItems.bulkPut(
        token.items.filter((i) => present.has(i.articleKey)).map((i) => ({ collectionId: collection.id, articleKey: i.articleKey })),
      );
    }),
  );
}

/** Adds the saved articles among `keys` to the collection. Returns how many were not in it before. */
export async function addToCollection(db: NewsmarkDB, collectionId: string, keys: readonly string[]): Promise<number> {
  return guardWrite(() =>
    db.transaction('rw', [db.collections, db.collectionItems, db.articles], async () => {
      if (!(await db.collections.get(collectionId))) throw new InvalidRecordError('That collection no longer exists.');
      const unique = [...new Set(keys)];
      const articles = await db.articles.bulkGet(unique);
      const saved = unique.filter((_, i) => articles[i] !== undefined);
      const existing = await db.collectionItems.bulkGet(saved.map((k) => [collectionId, k] as [string, string]));
      const fresh = saved.filter((_, i) => existing[i] === undefined);
      await db.collectionItems.bulkAdd(fresh.map((articleKey) => ({ collectionId, articleKey })));
      return fresh.length;
    }),
  );
}

/** Takes `keys` out of the collection (the articles stay in the library). Returns the rows removed, for Undo. */
export async function removeFromCollection(db: NewsmarkDB, collectionId: string, keys: readonly string[]): Promise<CollectionItemRecord[]> {
  return guardWrite(() =>
    db.transaction('rw', db.collectionItems, async () => {
      const ids = [...new Set(keys)].map((k) => [collectionId, k] as [string, string]);
      const rows = (await db.collectionItems.bulkGet(ids)).filter((r): r is CollectionItemRecord => r !== undefined);
      await db.collectionItems.bulkDelete(ids);
      return rows;
    }),
  );
}

/** Undo of removeFromCollection: the rows as they were, for articles and a collection still there. */
export async function restoreCollectionItems(db: NewsmarkDB, items: readonly CollectionItemRecord[]): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.collections, db.collectionItems, db.articles], async () => {
      const keep: CollectionItemRecord[] = [];
      for (const i of items) {
        if ((await db.collections.get(i.collectionId)) && (await db.articles.get(i.articleKey))) keep.push({ ...i });
      }
      await db.collectionItems.bulkPut(keep);
    }),
  );
}

/** Every collection by name, with how many of its articles are not in the Trash. */
export async function listCollections(db: NewsmarkDB): Promise<CollectionSummary[]> {
  return db.transaction('r', [db.collections, db.collectionItems, db.articles], async () => {
    const [collections, items] = await Promise.all([db.collections.orderBy('name').toArray(), db.collectionItems.toArray()]);
    const articles = await db.articles.bulkGet([...new Set(items.map((i) => i.articleKey))]);
    const live = new Set(articles.filter((a) => a && a.deleted === undefined).map((a) => a!.key));
    const counts = new Map<string, number>();
    for (const i of items) if (live.has(i.articleKey)) counts.set(i.collectionId, (counts.get(i.collectionId) ?? 0) + 1);
    return collections
      .map((c) => ({ ...c, articleCount: counts.get(c.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
  });
}

export async function getCollection(db: NewsmarkDB, id: string): Promise<CollectionRecord | undefined> {
  return db.collections.get(id);
}

/** The keys of the collection's articles. */
export async function listCollectionArticleKeys(db: NewsmarkDB, id: string): Promise<string[]> {
  return (await db.collectionItems.where('collectionId').equals(id).toArray()).map((r) => r.articleKey);
}

/** Each article's collection ids (articles in none are absent). */
export async function collectionsByArticle(db: NewsmarkDB): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const i of await db.collectionItems.toArray()) {
    const list = out.get(i.articleKey);
    if (list) list.push(i.collectionId);
    else out.set(i.articleKey, [i.collectionId]);
  }
  return out;
}
