/**
 * The library page's one search index, kept for the page's lifetime (switching views does not rebuild
 * it) and between visits (schema v7's table). It is handed the library's documents once (search-mirror.ts,
 * on opening) and then each write's changed documents; changes are applied in order, and those that
 * arrive while a large one is being indexed are applied together (a document's latest version only).
 *
 * Keeping costs a pause: MiniSearch writes its JSON in one go (seconds at 100,000 highlights on a loaded
 * machine, bench:library). So the index is kept at the first idle moment once it was built or much
 * changed, and otherwise when the page is hidden or at an idle moment a minute after the last edit, never
 * on every edit. An index kept a little stale costs only the re-indexing of what changed since, on the
 * next visit. (Building and keeping it in a worker would remove the pause: not done yet.)
 */
import { signal } from '@preact/signals';
import { readKeptSearchIndex, writeKeptSearchIndex } from '../../../storage/queries';
import { db } from '../db';
import { SearchMirror } from './search-mirror';
import { openIndex, type KeptIndexStore, type OpenedIndex } from './kept-index';
import type { SearchIndex } from './search-index';
import type { SearchDoc } from './search-docs';

export type SearchState =
  | { phase: 'reading' }
  | { phase: 'indexing'; from: OpenedIndex['from']; done: number; total: number }
  | { phase: 'ready' };

/** Changes at which the index is kept at once rather than when the page is hidden. */
const KEEP_AT_ONCE = 1000;
const KEEP_AFTER_QUIET_MS = 60_000;
/** How long an idle moment is waited for before keeping anyway. */
const IDLE_WAIT_MS = 5_000;

const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
  else setTimeout(run, 0);
};

export class LibrarySearch {
  readonly state = signal<SearchState>({ phase: 'reading' });
  /** Raised whenever what a search would find may have changed. */
  readonly revision = signal(0);
  index: SearchIndex | null = null;
  private latest: readonly SearchDoc[] | null = null;
  /** Changes not yet applied, by document id (null: removed); a later change to a document replaces an earlier. */
  private pending = new Map<string, SearchDoc | null>();
  private queue: Promise<void> = Promise.resolve();
  private unsaved = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: KeptIndexStore) {}

  /** The whole set of documents (opening): the index is brought to exactly these. */
  update(docs: readonly SearchDoc[]): void {
    this.latest = docs;
    this.pending.clear();
    this.enqueue();
  }

  /** One write's documents made or changed and ids removed (search-mirror.ts): only those are re-indexed. */
  change(upserts: readonly SearchDoc[], removedIds: readonly string[]): void {
    for (const id of removedIds) this.pending.set(id, null);
    for (const doc of upserts) this.pending.set(doc.id, doc);
    this.enqueue();
  }

  private enqueue(): void {
    this.queue = this.queue.then(() => this.apply()).catch((error: unknown) => {
      console.warn('Newsmark could not update the search index.', error);
    });
  }

  /** Keeps the index now if it changed since it was last kept (the page calls this when hidden). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.queue = this.queue.then(() => this.keep()).catch((error: unknown) => {
      // Not kept: the next visit re-indexes what changed, nothing the reader made is lost.
      console.warn('Newsmark could not keep the search index.', error);
    });
    return this.queue;
  }

  private async apply(): Promise<void> {
    const docs = this.latest;
    const pending = this.pending;
    if (!docs && (!pending.size || !this.index)) return;
    this.latest = null;
    this.pending = new Map();
    const onProgress = (from: OpenedIndex['from']) => (done: number, total: number) => {
      this.state.value = { phase: 'indexing', from, done, total };
      this.revision.value++;
    };
    let changed = 0;
    if (!docs) {
      // Only changes: nothing to open or compare.
    } else if (!this.index) {
      let from: OpenedIndex['from'] = 'built';
      const opened = await openIndex(this.store, docs, {
        onIndex: (index, f) => {
          this.index = index;
          from = f;
        },
        onProgress: (done, total) => onProgress(from)(done, total),
      });
      if (opened.rejected) console.info(`Newsmark rebuilt the search index: the kept one ${opened.rejected}.`);
      changed = opened.from === 'built' ? Math.max(opened.changed, KEEP_AT_ONCE) : opened.changed;
    } else {
      changed = await this.index.syncInSlices(docs, { onProgress: onProgress('kept') });
    }
    // Changes that came after the whole set (update clears those before it).
    if (pending.size && this.index) {
      const upserts = [...pending.values()].filter((d): d is SearchDoc => d !== null);
      const removed = [...pending].filter(([, d]) => d === null).map(([id]) => id);
      changed += await this.index.applyInSlices(upserts, removed, { onProgress: onProgress('kept') });
    }
    this.state.value = { phase: 'ready' };
    this.revision.value++;
    this.unsaved += changed;
    clearTimeout(this.timer);
    if (this.unsaved >= KEEP_AT_ONCE) whenIdle(() => void this.flush());
    else if (this.unsaved > 0) this.timer = setTimeout(() => whenIdle(() => void this.flush()), KEEP_AFTER_QUIET_MS);
  }

  private async keep(): Promise<void> {
    if (!this.index || this.unsaved === 0) return;
    const unsaved = this.unsaved;
    await this.store.write(await this.index.toKept());
    this.unsaved -= unsaved;
  }
}

let shared: LibrarySearch | undefined;
let mirror: SearchMirror | undefined;

/** The page's search index, made on first use. */
export function librarySearch(): LibrarySearch {
  if (!shared) {
    const search = new LibrarySearch({ read: () => readKeptSearchIndex(db), write: (kept) => writeKeptSearchIndex(db, kept) });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void search.flush();
    });
    shared = search;
  }
  return shared;
}

/** The page's copy of what search reads, following the database from first use on (it feeds the index). */
export function searchMirror(): SearchMirror {
  if (!mirror) {
    mirror = new SearchMirror(librarySearch());
    mirror.follow(db);
  }
  return mirror;
}
