/**
 * Saving as the reader types: a change is written a few hundred ms after the
 * last keystroke, and at once when the page goes away (popup closed, editor
 * frame removed, window hidden or blurred). Parts typed in different fields
 * of one record are merged into one pending write, so a quick switch from
 * note to tags cannot drop the note.
 *
 * The write is started synchronously on `pagehide`: its message is handed to
 * the browser before the page dies, and the background (which outlives the
 * popup) finishes it. Its reply may never arrive; that is fine.
 */
import { signal, type Signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';

export const SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

export interface Autosave<P extends object> {
  /** Queues `part` (merged with what is already queued) and restarts the delay. */
  schedule(part: P): void;
  /** Writes what is queued now. */
  flush(): void;
  state: Signal<SaveState>;
}

/** Every live autosave on this page, flushed together when the page goes away. */
const live = new Set<() => void>();
let listening = false;

function flushAll(): void {
  for (const flush of live) flush();
}

function listenForLeaving(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('pagehide', flushAll);
  // A framed editor loses focus when the reader clicks the article; its frame may be removed right after.
  window.addEventListener('blur', flushAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
}

export function createAutosave<P extends object>(write: (patch: P) => Promise<unknown>, delay = SAVE_DELAY_MS): Autosave<P> & { dispose(): void; setWrite(w: (patch: P) => Promise<unknown>): void } {
  let pending: P | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current = write;
  const state = signal<SaveState>('idle');
  const flush = () => {
    clearTimeout(timer);
    const patch = pending;
    if (!patch) return;
    pending = null;
    current(patch).then(
      () => {
        if (!pending) state.value = 'saved';
      },
      () => {
        state.value = 'failed';
      },
    );
  };
  live.add(flush);
  listenForLeaving();
  return {
    schedule(part) {
      pending = { ...(pending ?? {}), ...part } as P;
      state.value = 'pending';
      clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
    flush,
    state,
    setWrite(w) {
      current = w;
    },
    dispose() {
      flush();
      live.delete(flush);
    },
  };
}

/** createAutosave for a component: always writes with the latest `write`, and flushes when unmounted. */
export function useAutosave<P extends object>(write: (patch: P) => Promise<unknown>, delay = SAVE_DELAY_MS): Autosave<P> {
  const saver = useMemo(() => createAutosave(write, delay), []);
  saver.setWrite(write);
  useEffect(() => () => saver.dispose(), []);
  return saver;
}

/** The words for a save state, for a polite live region beside the field. */
export function saveStateText(state: SaveState): string {
  return state === 'saved' ? 'Saved' : state === 'pending' ? '' : state === 'failed' ? 'Not saved' : '';
}
