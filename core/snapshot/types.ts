/**
 * An article's snapshot: what the page said when the reader saved it (its text as extracted and its
 * analysis: speakers, claims with their selectors), so the library shows claims and highlights in
 * context without the page open, or after it changed or disappeared. One per saved article, keyed by
 * the article's key (schema v5); it goes to the Trash and is purged with its article. Types and limits
 * only (model/ re-exports them to every context).
 */
import type { Speaker } from '../attribution/types';
import type { AnalyzedClaim } from '../analyze-steps';

export type SnapshotSpeaker = Speaker;
export type SnapshotClaim = AnalyzedClaim;

/**
 * Characters of article text kept. A long read is 20,000 to 200,000 characters; a page that pours
 * 5 MB into its body (a transcript dump, a feed) keeps its first million, and the snapshot says so,
 * so the Speakers view, which reads every snapshot, stays fast.
 */
export const SNAPSHOT_MAX_TEXT_CHARS = 1_000_000;
/** Claims kept per snapshot (attribution's page budget stops far below this on real pages). */
export const SNAPSHOT_MAX_CLAIMS = 2_000;
/** Speakers kept per snapshot. */
export const SNAPSHOT_MAX_SPEAKERS = 500;
/** A claim's text longer than this is a misread block, not a quote: it is cut. */
export const SNAPSHOT_MAX_CLAIM_CHARS = 4_000;

/** What the content script sends: the snapshot without the article key and time (the store sets them). */
export interface SnapshotInput {
  /** The page the snapshot was taken on. */
  url: string;
  /** The article's text as extracted, at most SNAPSHOT_MAX_TEXT_CHARS of it. */
  text: string;
  /** The whole text's length: more than `text.length` when it was cut. */
  textLength: number;
  language: string | null;
  speakers: SnapshotSpeaker[];
  claims: SnapshotClaim[];
  /** Claims the analysis found: more than `claims.length` when some were left out. */
  claimsTotal: number;
}

export interface ArticleSnapshotRecord extends SnapshotInput {
  /** The article's key; primary key. */
  articleKey: string;
  /** ms since epoch. */
  takenAt: number;
}

/** The background's answer to a snapshot: stored or not, and what of the page was kept. */
export interface SnapshotOutcome {
  stored: boolean;
  /** Why it was not stored: the article is not saved (or is in the Trash), or an earlier snapshot was kept. */
  reason?: 'not-saved' | 'kept-earlier';
  /** Stored, but not all of the page: the text or the claims were cut to the limits. */
  partial?: boolean;
  /** For the reader: what was kept ("The whole text (12,034 characters) and 14 claims."). */
  message: string;
}

