/**
 * Re-attaching the article's stored highlights to the page as it is now:
 * position, then exact quote, then approximate quote (core/anchoring), in
 * slices that leave the page responsive. Highlights that do not attach stay
 * stored and are reported as orphans; when content arrives late (lazy
 * loading, paywall scripts, in-page navigation) the pass runs again.
 */
import { anchorAll } from '../../../core/anchoring/anchor-all';
import { BodyTextIndex } from '../../../core/anchoring/body-text';
import type { HighlightRecord } from '../../../storage/records';
import type { AttachState } from '../../../messaging/protocol';
import type { PaintedHighlight } from './painter';

export interface AttachReport {
  state: AttachState;
  attached: PaintedHighlight[];
  orphanIds: string[];
}

const MUTATION_SETTLE_MS = 600;
/**
 * Passes triggered by page changes for one visit. A highlight whose text is
 * really gone would otherwise re-run the pass on every ad rotation forever;
 * late content (lazy loading, paywall scripts) arrives within a few changes.
 */
const MAX_LATE_PASSES = 20;

export class HighlightAttacher {
  private report: AttachReport = { state: 'done', attached: [], orphanIds: [] };
  private records: HighlightRecord[] = [];
  private pass: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private latePasses = 0;

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

  /** Attach these records now; keep watching for late content while any is orphaned. */
  async attach(records: HighlightRecord[]): Promise<AttachReport> {
    this.latePasses = 0;
    return this.runPass(records);
  }

  private async runPass(records: HighlightRecord[]): Promise<AttachReport> {
    this.records = records;
    this.pass?.abort();
    const pass = new AbortController();
    this.pass = pass;
    this.publish({ ...this.report, state: 'attaching' });
    const index = BodyTextIndex.fromDocument(document);
    let results;
    try {
      results = await anchorAll(
        index,
        records.map((r) => r.target.selector),
        { signal: AbortSignal.any([pass.signal, this.signal]) },
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
    this.publish({ state: 'done', attached, orphanIds });
    this.watchForLateContent(orphanIds.length > 0);
    return this.report;
  }

  private publish(report: AttachReport): void {
    this.report = report;
    this.onReport(report);
  }

  private watchForLateContent(needed: boolean): void {
    if (!needed || this.latePasses >= MAX_LATE_PASSES) {
      this.observer?.disconnect();
      this.observer = null;
      return;
    }
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver((mutations) => {
      const pageChanged = mutations.some((m) =>
        [...m.addedNodes, ...(m.type === 'characterData' ? [m.target] : [])].some((n) => !this.isOwnNode(n)),
      );
      if (!pageChanged) return;
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => {
        this.latePasses++;
        void this.runPass(this.records);
      }, MUTATION_SETTLE_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }
}
