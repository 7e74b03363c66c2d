/**
 * The library page's one search index, kept for the page's lifetime (switching views does not rebuild
 * it) and between visits (schema v7's table). The Search view hands it the library's documents on every
 * live-query change; changes are applied in order, and when several arrive while a large one is being
 * indexed only the latest is applied (it contains the others).
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
  private queue: Promise<void> = Promise.resolve();
  private unsaved = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: KeptIndexStore) {}

  update(docs: readonly SearchDoc[]): void {
    this.latest = docs;
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
    if (!docs) return;
    this.latest = null;
    const onProgress = (from: OpenedIndex['from']) => (done: number, total: number) => {
      this.state.value = { phase: 'indexing', from, done, total };
      this.revision.value++;
    };
    let changed: number;
    if (!this.index) {
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
