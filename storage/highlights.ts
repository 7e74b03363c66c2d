/**
 * Highlights (W3C Web Annotation shaped). Every write is one transaction
 * that also records the article, so a failure leaves neither half.
 */
import Dexie from 'dexie';
import type { NewsmarkDB } from './db';
import { applyArticleInputs, touchArticleInTx, upsertArticleInTx } from './articles';
import { InvalidRecordError, guardWrite } from './errors';
import type {
  ArticleInput,
  HighlightInput,
  HighlightPatch,
  HighlightRecord,
  HighlightUndoToken,
} from '../model';
import { checkArticle, checkArticleMatches, checkHighlightInput, checkHighlightPatch } from './validate';

function newId(): string {
  return crypto.randomUUID();
}

function buildHighlight(input: HighlightInput, now: number): HighlightRecord {
  const h = checkHighlightInput(input);
  return {
    id: h.id ?? newId(),
    articleKey: h.articleKey,
    target: { source: h.articleKey, url: h.target.url, selector: h.target.selector },
    body: h.body,
    created: now,
    modified: now,
  };
}

/** Whether `existing` is what `record` would store: the same highlight sent again (a retry). */
function sameHighlight(existing: HighlightRecord, record: HighlightRecord): boolean {
  return (
    existing.articleKey === record.articleKey &&
    JSON.stringify(existing.target.selector) === JSON.stringify(record.target.selector)
  );
}

/**
 * Saves a new highlight and its article together. Idempotent on the id: the
 * caller makes the id before sending, so a save retried after its reply was
 * lost (the service worker stopping mid-reply) answers with the highlight
 * already stored instead of storing a second one. An id already used by a
 * different highlight is refused.
 */
export async function addHighlight(
  db: NewsmarkDB,
  highlight: HighlightInput,
  article: ArticleInput,
): Promise<HighlightRecord> {
  const now = Date.now();
  const record = buildHighlight(highlight, now);
  const articleInput = checkArticle(article);
  checkArticleMatches(articleInput, record.articleKey);
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.highlights], async () => {
      const existing = await db.highlights.get(record.id);
      if (existing) {
        if (!sameHighlight(existing, record)) throw new InvalidRecordError(`A different highlight already has the id ${record.id}.`);
        return existing;
      }
      await upsertArticleInTx(db, articleInput, now);
      await db.highlights.add(record);
      return record;
    }),
  );
}

/**
 * Saves many highlights (import, sync from another device) in one transaction:
 * either all of them and their articles are stored, or none.
 */
export async function addHighlights(
  db: NewsmarkDB,
  items: readonly { highlight: HighlightInput; article: ArticleInput }[],
): Promise<HighlightRecord[]> {
  if (!Array.isArray(items)) throw new InvalidRecordError('addHighlights needs a list of { highlight, article }.');
  const now = Date.now();
  const records: HighlightRecord[] = [];
  // Per article: every URL it came with, in order; the last input carries the freshest metadata.
  const articles = new Map<string, ArticleInput[]>();
  for (const item of items) {
    if (!item || typeof item !== 'object') throw new InvalidRecordError('addHighlights: each entry must be { highlight, article }.');
    const { highlight, article } = item;
    const record = buildHighlight(highlight, now);
    const articleInput = checkArticle(article);
    checkArticleMatches(articleInput, record.articleKey);
    records.push(record);
    const inputs = articles.get(articleInput.key);
    if (inputs) inputs.push(articleInput);
    else articles.set(articleInput.key, [articleInput]);
  }
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.highlights], async () => {
      // One bulk read and one bulk write for all articles: a batch touches hundreds of them.
      const keys = [...articles.keys()];
      const existing = await db.articles.bulkGet(keys);
      await db.articles.bulkPut(keys.map((key, i) => applyArticleInputs(existing[i], articles.get(key)!, now)));
      await db.highlights.bulkAdd(records);
      return records;
    }),
  );
}

export async function getHighlight(db: NewsmarkDB, id: string): Promise<HighlightRecord | undefined> {
  return db.highlights.get(id);
}

/**
 * Changes colour, note or tags. Read and write happen in one transaction, so
 * two pages editing different fields of one highlight at once both win.
 * Returns the updated highlight, or undefined if it does not exist or is deleted.
 */
export async function updateHighlight(
  db: NewsmarkDB,
  id: string,
  patch: HighlightPatch,
): Promise<HighlightRecord | undefined> {
  const change = checkHighlightPatch(patch);
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.highlights], async () => {
      const existing = await db.highlights.get(id);
      if (!existing || existing.deleted !== undefined) return undefined;
      const now = Date.now();
      const updated: HighlightRecord = {
        ...existing,
        body: { ...existing.body, ...change },
        modified: Math.max(now, existing.modified),
      };
      await db.highlights.put(updated);
      await touchArticleInTx(db, existing.articleKey, now);
      return updated;
    }),
  );
}

/**
 * Soft delete: the highlight disappears from lists but stays stored until
 * purged, so the user can undo. Returns the token for restoreHighlight, or
 * null when there was nothing to delete.
 */
export async function deleteHighlight(db: NewsmarkDB, id: string): Promise<HighlightUndoToken | null> {
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.highlights], async () => {
      const existing = await db.highlights.get(id);
      if (!existing || existing.deleted !== undefined) return null;
      const now = Date.now();
      await db.highlights.put({ ...existing, deleted: now });
      await touchArticleInTx(db, existing.articleKey, now);
      return { highlightId: id, deletedAt: now };
    }),
  );
}

/**
 * Undoes one deleteHighlight. A token only restores the deletion it came
 * from: if the highlight was restored and deleted again since, the old token
 * does nothing. Returns the restored highlight, or undefined.
 */
export async function restoreHighlight(
  db: NewsmarkDB,
  token: HighlightUndoToken,
): Promise<HighlightRecord | undefined> {
  if (!token || typeof token.highlightId !== 'string' || typeof token.deletedAt !== 'number') {
    throw new InvalidRecordError('The undo token is not one deleteHighlight gave.');
  }
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.highlights], async () => {
      const existing = await db.highlights.get(token.highlightId);
      if (!existing || existing.deleted !== token.deletedAt) return undefined;
      const { deleted: _deleted, ...restored } = existing;
      await db.highlights.put(restored);
      await touchArticleInTx(db, existing.articleKey, Date.now());
      return restored;
    }),
  );
}

/** One article's live highlights, oldest first. Uses the [articleKey+created] index: no table scan. */
export async function listHighlights(db: NewsmarkDB, articleKey: string): Promise<HighlightRecord[]> {
  // Filtering after toArray keeps Dexie on IndexedDB's getAll (one round trip)
  // instead of a cursor step per row; deleted rows are few.
  const rows = await db.highlights
    .where('[articleKey+created]')
    .between([articleKey, Dexie.minKey], [articleKey, Dexie.maxKey])
    .toArray();
  return rows.filter((h) => h.deleted === undefined);
}

/** Removes for good highlights soft-deleted before `cutoff` (ms since epoch). Returns how many. */
export async function purgeDeletedHighlights(db: NewsmarkDB, cutoff: number): Promise<number> {
  return guardWrite(() => db.highlights.where('deleted').below(cutoff).delete());
}
