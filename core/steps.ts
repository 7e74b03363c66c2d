/**
 * Work that can pause: a generator that yields between steps, so a caller
 * with a time budget (the content script, in idle callbacks) can spread it
 * over several tasks, and any other caller can simply run it to the end.
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * The longest slice of stepped work the content script runs in one task:
 * well inside the 50 ms a page may be blocked, leaving room for one step
 * that overruns it.
 */
export const IDLE_SLICE_MS = 30;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs steps until `deadline` (a clock reading in ms); returns the result once done, else undefined. */
export function runUntil<T>(steps: Steps<T>, deadline: number, clock: () => number): { value: T } | undefined {
  do {
    const next = steps.next();
    if (next.done) return { value: next.value };
  } while (clock() < deadline);
  return undefined;
}
