/**
 * Re-attaching many targets at once without freezing the page: the body text
 * is indexed once, cheap stages run for every target before expensive ones,
 * and work pauses for the event loop whenever a slice has used its budget
 * (long approximate scans pause mid-scan), so no task runs much past it.
 *
 * Stages over the whole batch, cheapest first:
 * 1. stored position still holding the quote;
 * 2. exact quote;
 * 3. approximate quote.
 * Targets attached in earlier stages tell later ones where to look: an edit
 * shifts its neighbours by the same amount, so the expected place of an
 * unattached target is its old position moved by the shift of the nearest
 * attached target before it. That keeps approximate searches local (fast, and
 * the right copy of repeated text) on lightly edited pages.
 */
import { anchorByPosition, readTarget, type AnchorTarget, type ReadTarget } from './anchor';
import { BodyTextIndex } from './body-text';
import { findExact, findFuzzySteps, isWeakExact, type QuoteCandidate } from './quote-match';
import { searchIndexAtOrAfter, searchSpanToBody } from './search-text';
import type { AnchorResult } from './types';

export interface AnchorAllOptions {
  /** Stops the pass; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Work per slice before yielding to the event loop, in ms (default 8). */
  sliceMs?: number;
  /** Called once per target as soon as its result is final (null: orphan). */
  onResult?: (i: number, result: AnchorResult | null) => void;
}

type SchedulerLike = { yield?: () => Promise<void> };

/** Lets the event loop run (input, rendering) before continuing. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // MessageChannel, unlike nested setTimeout(0), is not clamped to 4 ms.
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Anchoring was aborted', 'AbortError');
}

/** Old start -> new start of attached targets, sorted by old start. */
class ShiftMap {
  private olds: number[] = [];
  private news: number[] = [];

  constructor(pairs: Array<[number, number]>) {
    pairs.sort((a, b) => a[0] - b[0]);
    for (const [o, n] of pairs) {
      this.olds.push(o);
      this.news.push(n);
    }
  }

  /** Where text that used to start at `old` is expected now. */
  expected(old: number): number {
    const olds = this.olds;
    if (olds.length === 0) return old;
    let lo = 0;
    let hi = olds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (olds[mid] <= old) lo = mid;
      else hi = mid - 1;
    }
    // Before every attached target: the shift of the first one applies.
    return old + (this.news[lo] - olds[lo]);
  }
}

export async function anchorAll(
  source: BodyTextIndex | Document,
  targets: readonly AnchorTarget[],
  options: AnchorAllOptions = {},
): Promise<(AnchorResult | null)[]> {
  const { signal, onResult } = options;
  const sliceMs = options.sliceMs ?? 8;
  const clock = globalThis.performance ?? Date;
  let sliceStart = clock.now();
  if (signal?.aborted) throw abortReason(signal);

  const checkpoint = async (): Promise<void> => {
    if (clock.now() - sliceStart < sliceMs) return;
    await yieldToEventLoop();
    if (signal?.aborted) throw abortReason(signal);
    sliceStart = clock.now();
  };

  const index = source instanceof BodyTextIndex ? source : BodyTextIndex.fromDocument(source);
  const n = targets.length;
  const results: (AnchorResult | null)[] = new Array(n).fill(null);
  const read: (ReadTarget | null)[] = new Array(n).fill(null);
  const settle = (i: number, r: AnchorResult | null) => {
    results[i] = r;
    onResult?.(i, r);
  };

  // Stage 1: positions.
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = readTarget(targets[i]);
    read[i] = t;
    const r = t ? anchorByPosition(index, t) : null;
    if (r) settle(i, r);
    else if (t?.prepared) open.push(i);
    else settle(i, null);
    await checkpoint();
  }
  if (open.length === 0) return results;

  const search = index.searchText();
  const shifts = (): ShiftMap => {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < n; i++) {
      const r = results[i];
      const p = read[i]?.position;
      if (r && p) pairs.push([p.start, r.start]);
    }
    return new ShiftMap(pairs);
  };
  const hintFor = (i: number, map: ShiftMap): number | undefined => {
    const p = read[i]?.position;
    return p ? searchIndexAtOrAfter(search, Math.max(0, Math.min(index.length, map.expected(p.start)))) : undefined;
  };
  const toResult = (c: QuoteCandidate): AnchorResult => {
    const span = searchSpanToBody(search, c.start, c.end);
    return { start: span.start, end: span.end, method: c.fuzzy ? 'fuzzy' : 'quote', score: c.score };
  };

  // Stage 2: exact quotes.
  let map = shifts();
  const weakExact = new Map<number, QuoteCandidate>();
  const fuzzyNeeded: number[] = [];
  for (const i of open) {
    const q = read[i]!.prepared!;
    const c = findExact(search, q, hintFor(i, map));
    if (c && !isWeakExact(c)) settle(i, toResult(c));
    else {
      if (c) weakExact.set(i, c);
      fuzzyNeeded.push(i);
    }
    await checkpoint();
  }

  // Stage 3: approximate quotes.
  map = shifts();
  for (const i of fuzzyNeeded) {
    const q = read[i]!.prepared!;
    const steps = findFuzzySteps(search, q, { hint: hintFor(i, map) });
    let step = steps.next();
    while (!step.done) {
      await checkpoint();
      step = steps.next();
    }
    const exact = weakExact.get(i);
    const fuzzy = step.value;
    const best = exact && (!fuzzy || exact.score >= fuzzy.score) ? exact : fuzzy;
    settle(i, best ? toResult(best) : null);
    await checkpoint();
  }
  return results;
}
