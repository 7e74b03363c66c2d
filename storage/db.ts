/**
 * The Newsmark database. Open it only in the background and extension pages:
 * IndexedDB opened from a content script belongs to the news site's origin.
 */
import Dexie, { type Table } from 'dexie';
import type {
  ArticleRecord,
  CollectionItemRecord,
  CollectionRecord,
  ArticleSnapshotRecord,
  ClaimStatusRecord,
  CorrectionRecord,
  HighlightRecord,
  ReactionRecord,
  SettingsRecord,
} from '../model';
import { SCHEMA_VERSIONS } from './schema';
import type { KeptSearchIndexRecord } from './search-cache';

export const DEFAULT_DB_NAME = 'newsmark';

export class NewsmarkDB extends Dexie {
  // `declare` so class-field semantics (ES2022) do not overwrite the tables Dexie installs.
  declare articles: Table<ArticleRecord, string>;
  declare highlights: Table<HighlightRecord, string>;
  declare claims: Table<ClaimStatusRecord, string>;
  declare reactions: Table<ReactionRecord, string>;
  declare settings: Table<SettingsRecord, string>;
  declare corrections: Table<CorrectionRecord, string>;
  declare collections: Table<CollectionRecord, string>;
  declare collectionItems: Table<CollectionItemRecord, [string, string]>;
  declare snapshots: Table<ArticleSnapshotRecord, string>;
  declare searchIndex: Table<KeptSearchIndexRecord, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores as Record<string, string | null>);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}

/** Opens lazily: Dexie opens on first use, so this never throws. */
export function openNewsmarkDB(name: string = DEFAULT_DB_NAME): NewsmarkDB {
  return new NewsmarkDB(name);
}
