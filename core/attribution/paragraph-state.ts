/** A claim while a paragraph is read: offsets in the paragraph, its speaker already resolved. */
import type { ClaimKind } from './types';
import type { Entity } from './registry';

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
