/**
 * What the library's search is built from, read for it alone: articles, highlights, claims, reactions and
 * collection memberships, without the saved pages' text, the corrections or anything else `readLibrary`
 * brings for exports. Read whole once when the Search view opens; after that only the rows a write
 * changed (storage/changed-keys.ts, followTables).
 */
import type { NewsmarkDB } from './db';
import type { ArticleRecord, ClaimStatusRecord, CollectionItemRecord, HighlightRecord, ReactionRecord } from '../model';
import type { ChangedRows } from './changed-keys';

export interface SearchSourceRows {
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
  claims: ClaimStatusRecord[];
  reactions: ReactionRecord[];
  collectionItems: CollectionItemRecord[];
}

export const SEARCH_SOURCE_TABLES = ['articles', 'highlights', 'claims', 'reactions', 'collectionItems'] as const;
export type SearchSourceTable = (typeof SEARCH_SOURCE_TABLES)[number];

export type SearchSourceChanges = { [K in SearchSourceTable]?: ChangedRows<SearchSourceRows[K][number]> };

/** Everything the search needs, in one read transaction so the tables agree. */
export async function readSearchSource(db: NewsmarkDB): Promise<SearchSourceRows> {
  return db.transaction('r', [db.articles, db.highlights, db.claims, db.reactions, db.collectionItems], async () => {
    const [articles, highlights, claims, reactions, collectionItems] = await Promise.all([
      db.articles.toArray(), db.highlights.toArray(), db.claims.toArray(), db.reactions.toArray(), db.collectionItems.toArray(),
    ]);
    return { articles, highlights, claims, reactions, collectionItems };
  });
}
