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

/**
 * The next turn of the event loop, as an ordinary task: after whatever the
 * page has queued (its timers, input, rendering), but without the 4 ms that
 * nested zero-delay timers are clamped to, which added up to a tenth of a
 * hurried analysis made of 30 ms slices. Not `scheduler.yield()`: its
 * continuations run ahead of the page's own tasks of the same priority.
 */
export function nextTurn(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((ok) => setTimeout(ok, 0));
  return new Promise((ok) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      ok();
    };
    channel.port2.postMessage(null);
  });
}
