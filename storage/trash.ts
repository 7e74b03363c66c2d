/**
 * The Trash: an article or highlight the reader deletes is kept, restorable, for 30 days, then purged
 * for good (entrypoints/background/maintenance.ts). A trashed article keeps its highlights, claim
 * statuses, reaction and corrections attached, untouched, so restoring it brings it back whole; purging it removes
 * them all in one transaction.
 */
import type { NewsmarkDB } from './db';
import { guardWrite } from './errors';
import type { ArticleRecord, HighlightRecord } from '../model';

/** Moves the article and everything attached to it to the Trash. Returns whether it was live. */
export async function trashArticle(db: NewsmarkDB, key: string, now: number = Date.now()): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', db.articles, async () => {
      const existing = await db.articles.get(key);
      if (!existing || existing.deleted !== undefined) return false;
      await db.articles.put({ ...existing, deleted: now });
      return true;
    }),
  );
}

/** Takes the article out of the Trash, as it was. Returns whether it was there. */
export async function restoreArticle(db: NewsmarkDB, key: string): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', db.articles, async () => {
      const existing = await db.articles.get(key);
      if (!existing || existing.deleted === undefined) return false;
      const { deleted: _deleted, ...restored } = existing;
      await db.articles.put(restored);
      return true;
    }),
  );
}

/**
 * Removes for good articles trashed before `cutoff`, with their highlights, claims, reaction and the
 * reader's corrections and the snapshot of the page (as deleteArticle does: no orphan rows a later article with the same key would inherit).
 * Returns how many.
 */
export async function purgeDeletedArticles(db: NewsmarkDB, cutoff: number): Promise<number> {
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.highlights, db.claims, db.reactions, db.corrections, db.collectionItems, db.snapshots], async () => {
      const keys = (await db.articles.where('deleted').below(cutoff).primaryKeys()) as string[];
      if (keys.length === 0) return 0;
      await db.highlights.where('articleKey').anyOf(keys).delete();
      await db.claims.where('articleKey').anyOf(keys).delete();
      await db.reactions.bulkDelete(keys);
      await db.corrections.where('articleKey').anyOf(keys).delete();
      await db.collectionItems.where('articleKey').anyOf(keys).delete();
      await db.snapshots.bulkDelete(keys);
      await db.articles.bulkDelete(keys);
      return keys.length;
    }),
  );
}

export interface TrashContents {
  /** Trashed articles, most recently deleted first, with how many live highlights go with them. */
  articles: (ArticleRecord & { deleted: number; highlightCount: number })[];
  /** Deleted highlights of articles not themselves in the Trash, most recent first, with their article. */
  highlights: { highlight: HighlightRecord & { deleted: number }; article: ArticleRecord | undefined }[];
}

export async function listTrash(db: NewsmarkDB): Promise<TrashContents> {
  return db.transaction('r', [db.articles, db.highlights], async () => {
    const articles = (await db.articles.where('deleted').above(0).toArray()) as (ArticleRecord & { deleted: number })[];
    const trashedKeys = new Set(articles.map((a) => a.key));
    const counts = await Promise.all(
      articles.map((a) => db.highlights.where('articleKey').equals(a.key).filter((h) => h.deleted === undefined).count()),
    );
    const deleted = (await db.highlights.where('deleted').above(0).toArray()) as (HighlightRecord & { deleted: number })[];
    const loose = deleted.filter((h) => !trashedKeys.has(h.articleKey));
    const owners = await db.articles.bulkGet([...new Set(loose.map((h) => h.articleKey))]);
    const byKey = new Map(owners.filter((a): a is ArticleRecord => !!a).map((a) => [a.key, a]));
    return {
      articles: articles.map((a, i) => ({ ...a, highlightCount: counts[i] })).sort((x, y) => y.deleted - x.deleted),
      highlights: loose
        .sort((x, y) => y.deleted - x.deleted)
        .map((highlight) => ({ highlight, article: byKey.get(highlight.articleKey) })),
    };
  });
}
