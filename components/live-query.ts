/**
 * Dexie live queries as Preact signals: the UI re-renders whenever the
 * background writes, in this or any other extension page.
 */
import { liveQuery } from 'dexie';
import { signal, type Signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';

export interface LiveResult<T> {
  value: Signal<T | undefined>;
  error: Signal<Error | null>;
}

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): LiveResult<T> {
  const result = useMemo<LiveResult<T>>(() => ({ value: signal<T | undefined>(undefined), error: signal(null) }), []);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        result.value.value = value;
        result.error.value = null;
      },
      error: (error: unknown) => {
        result.error.value = error instanceof Error ? error : new Error(String(error));
      },
    });
    return () => subscription.unsubscribe();
    // The query closes over the caller's values; `deps` says when to subscribe again.
  }, deps);
  return result;
}
