/**
 * Collections (issue 13): named groups of articles the reader makes (an essay, a story under check). An
 * article can be in several; membership is its own row, so an article's record (and the Trash that
 * marks it) never changes when it joins or leaves a collection, and restoring an article from the Trash
 * finds its memberships where they were.
 */

export interface CollectionRecord {
  /** uuid; primary key. */
  id: string;
  name: string;
  /** ms since epoch. */
  created: number;
  /** ms since epoch: the last rename (an import keeps the newer name). */
  modified: number;
}

/**
 * One article in one collection. Primary key `[collectionId+articleKey]`, so adding twice stores it once.
 * Nothing else on it, so the backup (an id list on each article) restores it exactly.
 */
export interface CollectionItemRecord {
  collectionId: string;
  articleKey: string;
}

/** Given back by deleting a collection: the collection and its members, so Undo puts both back as they were. */
export interface CollectionUndoToken {
  collection: CollectionRecord;
  items: CollectionItemRecord[];
}

/** A collection as the library lists it. */
export interface CollectionSummary extends CollectionRecord {
  /** Articles in it that are not in the Trash. */
  articleCount: number;
}

/** Longest collection name or tag kept: longer input is refused with a message rather than cut. */
export const MAX_COLLECTION_NAME = 200;
export const MAX_TAG = 200;

/** The highlights a tag edit changed and their tags before it, so Undo restores exactly those. */
export interface TagChange {
  /** How many highlights changed. */
  changed: number;
  previous: { id: string; tags: string[] }[];
}
