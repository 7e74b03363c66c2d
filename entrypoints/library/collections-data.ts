/** The reader's collections and each article's memberships, live, for the views that show or change them. */
import { useLiveQuery, type LiveResult } from '../../components/live-query';
import { collectionsByArticle, listCollections } from '../../storage/queries';
import type { CollectionSummary } from '../../model';
import { db } from './db';

export interface CollectionsData {
  /** By name, with counts of articles not in the Trash. */
  collections: CollectionSummary[];
  /** Article key -> ids of its collections. */
  byArticle: Map<string, string[]>;
}

export function useCollections(): LiveResult<CollectionsData> {
  return useLiveQuery(
    () =>
      db.transaction('r', [db.collections, db.collectionItems, db.articles], async () => ({
        collections: await listCollections(db),
        byArticle: await collectionsByArticle(db),
      })),
    [],
  );
}

/** An article's collections by name, in the list's order. */
export function collectionsOf(data: CollectionsData | undefined, key: string): CollectionSummary[] {
  if (!data) return [];
  const ids = new Set(data.byArticle.get(key) ?? []);
  return data.collections.filter((c) => ids.has(c.id));
}
