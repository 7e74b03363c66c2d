/** A claim while a paragraph is read: offsets in the paragraph, its speaker already resolved. */
import type { ClaimKind } from './types';
import type { Entity } from './registry';
import type { QuoteSpan } from './quotes';
import type { ParagraphView } from './rules/types';

export interface DraftClaim {
  entity: Entity;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  kind: ClaimKind;
  cue: string;
  confidence: number;
  /** Shown text when it is not simply the span (a quote split by its attribution). */
  text?: string;
  /** The paragraph a claim belongs to when it was resolved while reading a later one. */
  origin?: { base: number; text: string };
}

export interface ParagraphResult {
  claims: DraftClaim[];
  /** Whether it ended with an attribution and a colon, so a quote-only paragraph after it is that speaker's. */
  endsWithColon: boolean;
  /** A paragraph that is one closed quote with no speaker yet: the next paragraph may name its speaker first. */
  orphans: Omit<DraftClaim, 'entity'>[];
}

export interface QuoteGroup {
  /** Quoted paragraphs whose speaker is named only further on. */
  pending: Omit<DraftClaim, 'entity'>[];
  speaker: Entity | null;
}

/**
 * The paragraph as the rules see it while it is read (`ParagraphView`): the claims so far and what ran on
 * from the paragraph before. A class rather than an object literal with getters: one is made per paragraph,
 * and V8 builds a literal with accessors slowly (it was about 1% of attribution's time).
 */
export class ParagraphSoFar implements ParagraphView {
  /** The speaker of the last claim added. */
  speaker: Entity | null = null;

  constructor(
    private readonly claims: DraftClaim[],
    private readonly claimedQuotes: Set<QuoteSpan>,
    private readonly orphans: Omit<DraftClaim, 'entity'>[],
    private readonly currentGroup: QuoteGroup | null,
    private readonly base: number,
    private readonly text: string,
    readonly startsWithQuote: boolean,
    readonly firstQuote: QuoteSpan | undefined,
    readonly quoteCount: number,
    readonly groupSpeaker: Entity | null | undefined,
    readonly afterColon: Entity | null,
    readonly previousClaim: DraftClaim | undefined,
  ) {}

  get lastCue(): string | undefined {
    return this.claims[this.claims.length - 1]?.cue;
  }

  pend(claim: Omit<DraftClaim, 'entity'>, q: QuoteSpan): void {
    this.currentGroup!.pending.push({ ...claim, origin: { base: this.base, text: this.text } });
    this.claimedQuotes.add(q);
  }

  orphan(claim: Omit<DraftClaim, 'entity'>, q: QuoteSpan): void {
    this.orphans.push({ ...claim, origin: { base: this.base, text: this.text } });
    this.claimedQuotes.add(q);
  }
}
