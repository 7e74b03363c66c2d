/**
 * "Show claims on page": every claim painted in its speaker's colour with the
 * CSS Custom Highlight API, one Highlight per speaker (`newsmark-claim-N`,
 * styled by the manifest CSS, highlights.css), so nothing is added to the
 * page's DOM; only ranges go into the registry the page can read, never a
 * speaker's name or a verdict. Clicking a painted claim says whose it is and
 * the reader's verdict, in the toolbar.
 *
 * The palette has twelve colours, told apart by most readers (the first
 * eight after Okabe and Ito's colour-blind-safe set); an article quoting more
 * people than that paints the least-quoted ones together in grey, as "Other
 * speakers", because a thirteenth colour would no longer be told from the
 * first twelve.
 */
import type { AnalyzedClaim } from '../../core/analyze-steps';
import type { Speaker } from '../../core/attribution/types';
import { anchor } from '../../core/anchoring/anchor';
import { BodyTextIndex } from '../../core/anchoring/body-text';
import type { ClaimsLegend } from '../../messaging/protocol';
import type { ClaimStatus } from '../../storage/records';
import { CLAIM_STATUS_LABELS } from '../../components/labels';
import { applyCorrections } from '../../core/corrections/apply';
import type { Correction } from '../../core/corrections/types';
import { CLAIM_HIGHLIGHT_PREFIX, OTHER_SPEAKERS_COLOR, SPEAKER_COLORS } from '../../model/palette';
import { caretAt } from './caret';

// Colours and their ::highlight rules come from one table (model/palette.ts, generated into highlights.css).
export const CLAIM_COLORS = SPEAKER_COLORS;
const PREFIX = CLAIM_HIGHLIGHT_PREFIX;
const RECHECK_MS = 2000;

export interface PaintedClaim {
  claim: AnalyzedClaim;
  range: Range;
}

/** What the toolbar says about a clicked claim. */
export interface ClaimInfo {
  speaker: string;
  status: string;
  text: string;
}

export class ClaimsOnPage {
  private painted: PaintedClaim[] = [];
  private registered = new Map<string, Highlight>();
  private statuses = new Map<string, ClaimStatus>();
  private legend: ClaimsLegend = { shown: false, speakers: [] };
  /** The verdicts and corrections of the last show, for repainting when the analysis grows. */
  private lastStatuses: readonly { quote: string; status: ClaimStatus }[] = [];
  private lastCorrections: readonly Correction[] = [];

  constructor(
    signal: AbortSignal,
    /** A trusted click landed on a painted claim. */
    onClick: (info: ClaimInfo, at: { x: number; y: number }) => void,
  ) {
    const timer = setInterval(() => this.ensureRegistered(), RECHECK_MS);
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      this.hide();
    });
    document.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted || !this.painted.length) return;
        const selection = document.getSelection();
        if (selection && !selection.isCollapsed) return;
        const hit = this.at(event.clientX, event.clientY);
        if (hit) onClick(this.info(hit.claim), { x: event.clientX, y: event.clientY });
      },
      { signal },
    );
  }

  get shown(): boolean {
    return this.legend.shown;
  }

  current(): ClaimsLegend {
    return this.legend;
  }

  /** Paints `claims` (replacing what was painted); returns the legend the popup shows. */
  show(
    analysedClaims: readonly AnalyzedClaim[],
    analysedSpeakers: readonly Speaker[],
    statuses: readonly { quote: string; status: ClaimStatus }[],
    corrections: readonly Correction[] = [],
  ): ClaimsLegend {
    this.lastStatuses = statuses;
    this.lastCorrections = corrections;
    this.statuses = new Map(statuses.map((s) => [s.quote, s.status]));
    // The reader's corrections, laid over the analysis by the same function the popup uses, so the page
    // never paints a dismissed claim or names a speaker by the name the reader replaced.
    const { claims, speakers } = applyCorrections({ speakers: [...analysedSpeakers], claims: [...analysedClaims] }, corrections);
    this.clearRegistry();
    const index = BodyTextIndex.fromDocument(document);
    const bySpeaker = new Map<string, PaintedClaim[]>();
    this.painted = [];
    for (const claim of claims) {
      const found = anchor(index, claim.selector);
      const range = found ? index.toRange(found.start, found.end) : null;
      if (!range) continue;
      const painted = { claim, range };
      this.painted.push(painted);
      const list = bySpeaker.get(claim.speakerId) ?? [];
      list.push(painted);
      bySpeaker.set(claim.speakerId, list);
    }
    // The most-quoted speakers get the colours; the rest share grey.
    const order = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length);
    const names = new Map(speakers.map((s) => [s.id, s.name]));
    const legend: ClaimsLegend = { shown: true, speakers: [] };
    const others: Range[] = [];
    let otherClaims = 0;
    order.forEach(([speakerId, list], i) => {
      const name = names.get(speakerId) ?? list[0].claim.speaker;
      if (i < CLAIM_COLORS.length) {
        this.register(`${PREFIX}${i}`, list.map((p) => p.range));
        legend.speakers.push({ speakerId, name, color: CLAIM_COLORS[i], claims: list.length });
      } else {
        others.push(...list.map((p) => p.range));
        otherClaims += list.length;
      }
    });
    if (others.length) {
      this.register(`${PREFIX}other`, others);
      legend.speakers.push({ speakerId: '', name: 'Other speakers', color: OTHER_SPEAKERS_COLOR, claims: otherClaims });
    }
    this.legend = legend;
    return legend;
  }

  /**
   * The analysis grew (content appended below, an infinite feed): while
   * claims are shown, the new ones are painted too, with the reader's last
   * verdicts and corrections, without waiting for the popup to be opened.
   */
  refresh(claims: readonly AnalyzedClaim[], speakers: readonly Speaker[]): void {
    if (this.legend.shown) this.show(claims, speakers, this.lastStatuses, this.lastCorrections);
  }

  hide(): ClaimsLegend {
    this.clearRegistry();
    this.painted = [];
    this.legend = { shown: false, speakers: [] };
    return this.legend;
  }

  /** The painted claim under a point of the viewport, if any. */
  at(x: number, y: number): PaintedClaim | null {
    const caret = caretAt(x, y);
    if (!caret) return null;
    for (const p of this.painted) {
      try {
        if (p.range.isPointInRange(caret.node, caret.offset)) return p;
      } catch {
        // A point in another document or a detached node: not a claim.
      }
    }
    return null;
  }

  private info(claim: AnalyzedClaim): ClaimInfo {
    const status = this.statuses.get(claim.text);
    return { speaker: claim.speaker, status: status ? CLAIM_STATUS_LABELS[status] : 'Not marked', text: claim.text };
  }

  private register(name: string, ranges: Range[]): void {
    const highlight = new Highlight(...ranges);
    this.registered.set(name, highlight);
    CSS.highlights.set(name, highlight);
  }

  private clearRegistry(): void {
    for (const [name, highlight] of this.registered) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.registered.clear();
  }

  /** The page may delete or replace our entries: they are put back. */
  private ensureRegistered(): void {
    for (const [name, highlight] of this.registered) if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
  }
}
