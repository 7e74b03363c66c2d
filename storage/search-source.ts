/**
 * What the library's search is built from, read for it alone: articles, highlights, claims, reactions and
 * collection memberships, without the saved pages' text, the corrections or anything else `readLibrary`
 * brings for exports. Read whole once when the Search view opens; after that only the rows a write
 * changed (`readChangedRows`, with the keys of storage/changed-keys.ts).
 */
import type { NewsmarkDB } from './db';
import type { ArticleRecord, ClaimStatusRecord, CollectionItemRecord, HighlightRecord, ReactionRecord } from '../model';
import type { TableChange } from './changed-keys';

export interface SearchSourceRows {
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
  claims: ClaimStatusRecord[];
  reactions: ReactionRecord[];
  collectionItems: CollectionItemRecord[];
}

export const SEARCH_SOURCE_TABLES = ['articles', 'highlights', 'claims', 'reactions', 'collectionItems'] as const;
export type SearchSourceTable = (typeof SEARCH_SOURCE_TABLES)[number];

/** One table's change as read: the whole table again, or each changed key with its row (undefined: deleted). */
export type ChangedRows<T> = { all: T[] } | { keys: unknown[]; rows: (T | undefined)[] };

export type SearchSourceChanges = { [K in SearchSourceTable]?: ChangedRows<SearchSourceRows[K][number]> };

function tables(db: NewsmarkDB) {
  return { articles: db.articles, highlights: db.highlights, claims: db.claims, reactions: db.reactions, collectionItems: db.collectionItems };
}

/** Everything the search needs, in one read transaction so the tables agree. */
export async function readSearchSource(db: NewsmarkDB): Promise<SearchSourceRows> {
  const t = tables(db);
  return db.transaction('r', Object.values(t), async () => {
    const [articles, highlights, claims, reactions, collectionItems] = await Promise.all([
      t.articles.toArray(), t.highlights.toArray(), t.claims.toArray(), t.reactions.toArray(), t.collectionItems.toArray(),
    ]);
    return { articles, highlights, claims, reactions, collectionItems };
  });
}

/** The rows behind `changes` (one read transaction): a table marked 'all' is read whole, otherwise only its keys. */
export async function readChangedRows(db: NewsmarkDB, changes: ReadonlyMap<string, TableChange>): Promise<SearchSourceChanges> {
  const t = tables(db);
  const wanted = SEARCH_SOURCE_TABLES.filter((name) => changes.has(name));
  if (!wanted.length) return {};
  return db.transaction('r', wanted.map((name) => t[name]), async () => {
    const out: SearchSourceChanges = {};
    await Promise.all(
      wanted.map(async (name) => {
        const change = changes.get(name)!;
        // The tables differ only in their row type; each is read the same way.
        const table = t[name] as unknown as { toArray(): Promise<unknown[]>; bulkGet(keys: unknown[]): Promise<unknown[]> };
        (out as Record<string, ChangedRows<unknown>>)[name] =
          change === 'all' ? { all: await table.toArray() } : { keys: change, rows: await table.bulkGet(change) };
      }),
    );
    return out;
  });
}
