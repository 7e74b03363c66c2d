/**
 * Articles: saved only as part of a user action (highlight, claim mark,
 * reaction, Save). There is deliberately no "visited" write: Newsmark keeps
 * no reading history.
 */
import Dexie from 'dexie';
import type { NewsmarkDB } from './db';
import { guardWrite } from './errors';
import type { ArticleInput, ArticleRecord, ArticleSummary } from '../model';
import { checkArticle } from './validate';

/** Metadata found now wins; a field the extractor missed this time keeps what was found before. */
function mergeArticle(existing: ArticleRecord, input: ArticleInput, now: number): ArticleRecord {
  const urls = existing.urls.includes(input.url) ? existing.urls : [...existing.urls, input.url];
  return {
    key: existing.key,
    url: input.url,
    urls,
    title: input.title ?? existing.title,
    siteName: input.siteName ?? existing.siteName,
    byline: input.byline ?? existing.byline,
    published: input.published ?? existing.published,
    savedAt: existing.savedAt,
    updatedAt: Math.max(now, existing.updatedAt),
    // The reader's corrections outlive every re-extraction.
    ...(existing.citation ? { citation: existing.citation } : {}),
  };
}

/** The record after applying `inputs` in order to `existing` (or to a new article). */
export function applyArticleInputs(
  existing: ArticleRecord | undefined,
  inputs: readonly ArticleInput[],
  now: number,
): ArticleRecord {
  let record = existing;
  for (const input of inputs) {
    record = record ? mergeArticle(record, input, now) : { ...input, urls: [input.url], savedAt: now, updatedAt: now };
  }
  if (!record) throw new Error('applyArticleInputs needs an existing article or at least one input.');
  return record;
}

/**
 * Insert or merge, reading and writing inside the caller's transaction (which
 * must include `articles` in rw mode), so concurrent saves of one article
 * under different URLs keep every URL.
 */
export async function upsertArticleInTx(db: NewsmarkDB, input: ArticleInput, now: number): Promise<ArticleRecord> {
  const record = applyArticleInputs(await db.articles.get(input.key), [input], now);
  await db.articles.put(record);
  return record;
}

/** Marks the article as just acted on, if it is saved. Inside the caller's rw transaction. */
export async function touchArticleInTx(db: NewsmarkDB, key: string, now: number): Promise<void> {
  await db.articles
    .where(':id')
    .equals(key)
    .modify((a) => {
      a.updatedAt = Math.max(now, a.updatedAt);
    });
}

/** The user pressed Save (or acted on the article): insert, or merge metadata and URLs. Keeps savedAt. */
export async function saveArticle(db: NewsmarkDB, article: ArticleInput): Promise<ArticleRecord> {
  const input = checkArticle(article);
  return guardWrite(() => db.transaction('rw', db.articles, () => upsertArticleInTx(db, input, Date.now())));
}

export async function getArticle(db: NewsmarkDB, key: string): Promise<ArticleRecord | undefined> {
  return db.articles.get(key);
}

/** The saved article seen under `url` (any of its URLs), if any. */
export async function findArticleByUrl(db: NewsmarkDB, url: string): Promise<ArticleRecord | undefined> {
  return db.articles.where('urls').equals(url).first();
}

export interface ListArticlesOptions {
  /** 'saved' (default): newest saved first. 'updated': most recently acted on first. */
  order?: 'saved' | 'updated';
  offset?: number;
  limit?: number;
}

/** Saved articles not in the Trash, newest first, each with its live highlight count, marked-claim count and reaction. */
export async function listArticles(db: NewsmarkDB, options: ListArticlesOptions = {}): Promise<ArticleSummary[]> {
  const index = options.order === 'updated' ? 'updatedAt' : 'savedAt';
  return db.transaction('r', [db.articles, db.highlights, db.claims, db.reactions], async () => {
    // Articles in the Trash are listed by the Trash view only (listTrash).
    let query = db.articles.orderBy(index).reverse().filter((a) => a.deleted === undefined);
    if (options.offset) query = query.offset(options.offset);
    if (options.limit !== undefined) query = query.limit(options.limit);
    const articles = await query.toArray();
    const keys = articles.map((a) => a.key);
    const [highlightCounts, claimCounts, reactions] = await Promise.all([
      Promise.all(
        keys.map(async (key) => {
          const rows = await db.highlights
            .where('[articleKey+created]')
            .between([key, Dexie.minKey], [key, Dexie.maxKey])
            .toArray();
          return rows.filter((h) => h.deleted === undefined).length;
        }),
      ),
      Promise.all(keys.map((key) => db.claims.where('articleKey').equals(key).count())),
      db.reactions.bulkGet(keys),
    ]);
    return articles.map((a, i) => ({
      ...a,
      highlightCount: highlightCounts[i],
      claimCount: claimCounts[i],
      reaction: reactions[i]?.reaction ?? null,
    }));
  });
}

/** Deletes the article and everything attached to it, all or nothing. Returns whether it existed. */
export async function deleteArticle(db: NewsmarkDB, key: string): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.highlights, db.claims, db.reactions, db.corrections, db.collectionItems, db.snapshots], async () => {
      const existed = (await db.articles.get(key)) !== undefined;
      await db.highlights.where('articleKey').equals(key).delete();
      await db.claims.where('articleKey').equals(key).delete();
      await db.reactions.delete(key);
      await db.corrections.where('articleKey').equals(key).delete();
      await db.collectionItems.where('articleKey').equals(key).delete();
      await db.snapshots.delete(key);
      await db.articles.delete(key);
      return existed;
    }),
  );
}
