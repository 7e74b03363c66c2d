/**
 * Re-attaching the article's stored highlights to the page as it is now:
 * position, then exact quote, then approximate quote (core/anchoring), in
 * slices that leave the page responsive. Highlights that do not attach stay
 * stored and are reported as orphans.
 *
 * The page keeps changing after that, and two kinds of change need a new pass:
 * - content arriving late (lazy loading, paywall scripts, in-page
 *   navigation), while any highlight is an orphan;
 * - the nodes that hold a painted highlight being replaced (hydration, a
 *   framework re-rendering a paragraph with innerHTML): the painted range
 *   collapses or is left in detached nodes, and nothing shows.
 * A pass runs once the page has been quiet for a moment, but never later
 * than MAX_WAIT_MS after the first change it answers: a page that never stops
 * changing (a clock, a ticker, a paragraph re-rendered every 100 ms) would
 * otherwise postpone it for ever.
 */
import { anchorAll } from '../../../core/anchoring/anchor-all';
import { BodyTextIndex } from '../../../core/anchoring/body-text';
import type { HighlightRecord } from '../../../model';
import type { AttachState } from '../../../messaging/protocol';
import type { PaintedHighlight } from './painter';
import { runSliced } from '../run-sliced';

export interface AttachReport {
  state: AttachState;
  attached: PaintedHighlight[];
  orphanIds: string[];
}

/** Quiet time after a change before a pass (more changes are probably coming). */
const MUTATION_SETTLE_MS = 300;
/** The longest a change waits for its pass, however busy the page stays. */
const MAX_WAIT_MS = 1000;
/**
 * Passes for late content in one visit. A highlight whose text is really
 * gone would otherwise re-run the pass on every ad rotation for ever; late
 * content (lazy loading, paywall scripts) arrives within a few changes.
 * Repainting highlights whose nodes were replaced is not limited: it is what
 * keeps them visible on a page that re-renders.
 */
const MAX_LATE_PASSES = 20;

/** A painted range that no longer shows its text: collapsed, or in nodes taken out of the page. */
export function isBroken(range: Range): boolean {
  return range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected;
}

export class HighlightAttacher {
  private report: AttachReport = { state: 'done', attached: [], orphanIds: [] };
  private records: HighlightRecord[] = [];
  private pass: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet answered by a pass happened (null: none waiting). */
  private firstChangeAt: number | null = null;
  private latePasses = 0;
  private lateWanted = false;
  /** The text each attached highlight showed when it was attached, for a repair in place. */
  private shown = new Map<string, string>();

  constructor(
    private readonly signal: AbortSignal,
    private readonly onReport: (report: AttachReport) => void,
    /** Nodes of our own UI: their changes are not new page content. */
    private readonly isOwnNode: (node: Node) => boolean,
  ) {
    signal.addEventListener('abort', () => {
      this.pass?.abort();
      this.observer?.disconnect();
      clearTimeout(this.settleTimer);
    });
  }

  get current(): AttachReport {
    return this.report;
  }

  /** Attach these records now; keep watching for late content and for painted nodes being replaced. */
  async attach(records: HighlightRecord[]): Promise<AttachReport> {
    this.latePasses = 0;
    return this.runPass(records);
  }

  /** The report as the page is now: a highlight whose range broke is not attached, it is being re-attached. */
  live(): AttachReport {
    const broken = this.report.attached.filter((h) => isBroken(h.range));
    if (broken.length === 0) return this.report;
    return { ...this.report, state: 'attaching', attached: this.report.attached.filter((h) => !broken.includes(h)) };
  }

  private async runPass(records: HighlightRecord[]): Promise<AttachReport> {
    this.records = records;
    this.pass?.abort();
    clearTimeout(this.settleTimer);
    this.firstChangeAt = null;
    const pass = new AbortController();
    this.pass = pass;
    // An article with no highlight (nearly every page) has nothing to attach: the page is not read for it.
    if (records.length === 0) {
      this.shown = new Map();
      this.publish({ state: 'done', attached: [], orphanIds: [] });
      this.lateWanted = false;
      this.watch();
      return this.report;
    }
    this.publish({ ...this.report, state: 'attaching' });
    const signal = AbortSignal.any([pass.signal, this.signal]);
    let results;
    let index: BodyTextIndex;
    try {
      // Reading the page's text, and what quote search builds on it, is a walk of the whole page:
      // in slices, like anchoring itself (a single task of 100 ms and more on a 5 MB article).
      index = await runSliced(BodyTextIndex.fromDocumentSteps(document), signal);
      await runSliced(index.prepareSteps(), signal);
      results = await anchorAll(
        index,
        records.map((r) => r.target.selector),
        { signal },
      );
    } catch {
      return this.report; // superseded by a newer pass, or the page went away
    }
    const attached: PaintedHighlight[] = [];
    const orphanIds: string[] = [];
    results.forEach((result, i) => {
      const range = result ? index.toRange(result.start, result.end) : null;
      if (range) attached.push({ id: records[i].id, color: records[i].body.color, range });
      else orphanIds.push(records[i].id);
    });
    this.shown = new Map(attached.map((h) => [h.id, h.range.toString()]));
    this.publish({ state: 'done', attached, orphanIds });
    this.lateWanted = orphanIds.length > 0 && this.latePasses < MAX_LATE_PASSES;
    this.watch();
    return this.report;
  }

  private publish(report: AttachReport): void {
    this.report = report;
    this.onReport(report);
  }

  private watch(): void {
    if (!this.lateWanted && this.report.attached.length === 0) {
      this.observer?.disconnect();
      this.observer = null;
      return;
    }
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver((mutations) => this.onMutations(mutations));
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Re-finds each broken highlight's text in the element its range fell
   * back to (a re-rendered paragraph puts the same text under the same
   * parent), in this mutation callback, before the page is painted again:
   * the reader sees no flicker. False if any could not be found there.
   */
  private repairInPlace(): boolean {
    let all = true;
    const attached = this.report.attached.map((h) => {
      if (!isBroken(h.range)) return h;
      const text = this.shown.get(h.id);
      const holder = h.range.commonAncestorContainer;
      const element = holder.nodeType === Node.ELEMENT_NODE ? holder : holder.parentNode;
      if (!text || !element?.isConnected) {
        all = false;
        return h;
      }
      const index = BodyTextIndex.fromRoot(element);
      const at = index.text.indexOf(text);
      const range = at >= 0 ? index.toRange(at, at + text.length) : null;
      if (!range) all = false;
      return range ? { ...h, range } : h;
    });
    this.publish({ ...this.report, state: all ? 'done' : 'attaching', attached });
    return all;
  }

  private onMutations(mutations: MutationRecord[]): void {
    const broken = this.report.attached.some((h) => isBroken(h.range));
    const late =
      this.lateWanted &&
      mutations.some((m) => [...m.addedNodes, ...(m.type === 'characterData' ? [m.target] : [])].some((n) => !this.isOwnNode(n)));
    const repaint = broken && !this.repairInPlace();
    if (!repaint && !late) return;
    if (repaint) this.publish(this.live());
    const now = performance.now();
    this.firstChangeAt ??= now;
    const wait = Math.max(0, Math.min(MUTATION_SETTLE_MS, this.firstChangeAt + MAX_WAIT_MS - now));
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      // Only passes for late content count against their limit; repaints do not.
      if (!this.report.attached.some((h) => isBroken(h.range))) this.latePasses++;
      void this.runPass(this.records);
    }, wait);
  }
}
