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

/**
 * Elements (or text nodes) a walk of the page visits between two pauses. A
 * visit costs a few microseconds on an idle core; measured step by step in
 * Chromium on the 5 MB bench article, chunks of 2,000 were steps of 80 ms and
 * more on a busy machine, hence 500. A pause is only a place where the
 * content script may end its slice: it runs as many chunks as fit in
 * IDLE_SLICE_MS, so an ordinary page is still walked in one task.
 */
export const WALK_CHUNK = 500;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs steps until `deadline` (a clock reading in ms); returns the result once
 * done, else undefined. It always runs one step, and starts another only when
 * one as long as the last would still end by the deadline: steps are of
 * uneven size (a paragraph of attribution, or a whole walk of the page), and
 * starting a long one just before the deadline would double the slice.
 */
export function runUntil<T>(steps: Steps<T>, deadline: number, clock: () => number): { value: T } | undefined {
  for (;;) {
    const started = clock();
    const next = steps.next();
    if (next.done) return { value: next.value };
    const ended = clock();
    if (ended + (ended - started) > deadline) return undefined;
  }
}

/**
 * Runs `steps` inside another stepped computation, pausing where it pauses,
 * and adds up the time spent working in it: the pauses, when the page had
 * the thread back, are not counted.
 */
export function* timedSteps<T>(steps: Steps<T>, clock: () => number): Steps<{ value: T; ms: number }> {
  let ms = 0;
  for (;;) {
    const resumed = clock();
    const next = steps.next();
    ms += clock() - resumed;
    if (next.done) return { value: next.value, ms };
    yield;
  }
}
