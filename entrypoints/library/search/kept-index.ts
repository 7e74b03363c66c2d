/**
 * Opening the search index: the kept one when it verifies (same version, readable, MiniSearch holding
 * exactly the documents its stamps list), brought up to date by re-indexing only what changed while the
 * library was closed; otherwise a new one, built in slices so the page stays responsive. A kept index is
 * never trusted on its word: a corrupt or foreign one is rebuilt, and the reason is returned.
 *
 * The store is handed in (the library page passes its table, tests pass a plain object), so this file
 * knows nothing of IndexedDB.
 */
import { SearchIndex, type KeptSearchIndex, type SliceOptions } from './search-index';
import type { SearchDoc } from './search-docs';

export interface KeptIndexStore {
  read(): Promise<unknown>;
  write(kept: KeptSearchIndex): Promise<void>;
}

export interface OpenedIndex {
  index: SearchIndex;
  /** 'kept': loaded and brought up to date; 'built': indexed from scratch. */
  from: 'kept' | 'built';
  /** Why a kept index was not used (absent when there was none, or it was used). */
  rejected?: string;
  /** Documents (re)indexed or removed on the way. */
  changed: number;
}

export interface OpenOptions extends SliceOptions {
  /** Handed the index as soon as it exists, so searches can answer from what is indexed so far. */
  onIndex?: (index: SearchIndex, from: OpenedIndex['from']) => void;
}

export async function openIndex(store: KeptIndexStore, docs: readonly SearchDoc[], options: OpenOptions = {}): Promise<OpenedIndex> {
  let rejected: string | undefined;
  let kept: unknown;
  try {
    kept = await store.read();
  } catch (error) {
    rejected = `could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
  if (kept !== undefined && kept !== null) {
    const loaded = await SearchIndex.fromKept(kept);
    if (loaded instanceof SearchIndex) {
      options.onIndex?.(loaded, 'kept');
      const changed = await loaded.syncInSlices(docs, options);
      return { index: loaded, from: 'kept', changed };
    }
    rejected = loaded.problem;
  }
  const index = new SearchIndex();
  options.onIndex?.(index, 'built');
  const changed = await index.syncInSlices(docs, options);
  return { index, from: 'built', changed, ...(rejected ? { rejected } : {}) };
}
