/**
 * Stepped work (core/steps.ts) run to its end in slices, handing the page its
 * main thread back between them: for work that someone is waiting for (the
 * popup's first question re-attaching highlights), so it goes on at once
 * rather than at idle, but still never as one long task on a huge page.
 */
import { yieldToEventLoop } from '../../core/anchoring/anchor-all';
import { runUntil, type Steps } from '../../core/steps';

/** As anchoring's own slices (core/anchoring/anchor-all.ts): short, since the reader may be typing or scrolling. */
const SLICE_MS = 8;

const now = () => performance.now();

/** Rejects with the signal's reason once it aborts (checked between slices). */
export async function runSliced<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  for (;;) {
    signal?.throwIfAborted();
    const done = runUntil(steps, now() + SLICE_MS, now);
    if (done) return done.value;
    await yieldToEventLoop();
  }
}
