/**
 * The records Newsmark keeps in its Dexie database (current schema version), shaped for every context:
 * the background stores them, messages carry them, pages show them. Only the background and extension
 * pages open the database; content scripts ask the background, because IndexedDB opened in a page
 * belongs to the site.
 */
import type { TextSelector } from '../core/anchoring/types';
import type { HighlightColor } from './palette';
import type { ClaimStatus, Reaction } from './vocabulary';
import type { CitationCorrections } from '../core/citation/types';
import type { Correction } from '../core/corrections/types';

/** An article the user acted on (highlight, claim mark, reaction, Save). Browsing alone stores nothing. */
export interface ArticleRecord {
  /** The extraction's articleKey; primary key. */
  key: string;
  /** The URL of the user's latest action on this article. */
  url: string;
  /** Every URL the article was acted on under (multiEntry index), so one article is one record. */
  urls: string[];
  title: string | null;
  siteName: string | null;
  byline: string | null;
  /** ISO 8601, as extracted. */
  published: string | null;
  /** ms since epoch: first user action. Never changes once set. */
  savedAt: number;
  /** ms since epoch: latest user action on the article or anything attached to it. */
  updatedAt: number;
  /**
   * Set (ms since epoch) while the article is in the Trash, with everything attached to it; purged for
   * good 30 days later. Acting on the article again (a new highlight, a reaction) takes it out.
   */
  deleted?: number;
  /** The reader's corrections to the citation (not indexed; no schema change): they win over the fields above. */
  citation?: CitationCorrections;
}

/** What callers hand to the repository: the store owns `urls`, `savedAt`, `updatedAt` and the reader's `citation`. */
export type ArticleInput = Omit<ArticleRecord, 'savedAt' | 'updatedAt' | 'urls' | 'citation'>;

/**
 * The selector carries a version so the anchoring algorithm can change later
 * without guessing what an old record meant.
 */
export interface VersionedSelector {
  v: 1;
  selectors: TextSelector[];
}

/** A highlight shaped as a W3C Web Annotation (target + body), flattened for IndexedDB. */
export interface HighlightRecord {
  /** uuid */
  id: string;
  /** Same as target.source; kept at top level because it is indexed. */
  articleKey: string;
  target: { source: string; url: string; selector: VersionedSelector };
  body: { color: HighlightColor; note: string; tags: string[] };
  created: number;
  modified: number;
  /** Set when soft-deleted (ms since epoch), so an undo can bring it back. */
  deleted?: number;
}

/** What a caller hands to addHighlight: the store owns the times; the id is generated when absent. */
export interface HighlightInput {
  id?: string;
  articleKey: string;
  target: { source?: string; url: string; selector: VersionedSelector };
  body: { color: HighlightColor; note?: string; tags?: string[] };
}

/** Fields of a highlight the user can change after creating it. */
export interface HighlightPatch {
  color?: HighlightColor;
  note?: string;
  tags?: string[];
}

/** The user's verdict on one claim. Matched back to the page by `quote`, with `selector` as a hint. */
export interface ClaimStatusRecord {
  id: string;
  articleKey: string;
  /** The claim's text. */
  quote: string;
  speaker: string;
  selector: TextSelector[];
  status: ClaimStatus;
  note: string;
  modified: number;
}

export type ClaimStatusInput = Omit<ClaimStatusRecord, 'modified'>;

/** One reaction per article; a missing record means "no reaction" (distinct from 'no-comment'). */
export interface ReactionRecord {
  /** primary */
  articleKey: string;
  reaction: Reaction;
  at: number;
}

export interface Settings {
  /** Hostnames where the content script does nothing (webmail, banking). Lower case. */
  pausedSites: string[];
  /** Whether anything from private (incognito) windows may be stored. Off by default. */
  storeIncognito: boolean;
  /** When the library was last backed up ("Back up now"), ms since epoch; null: never. */
  lastBackupAt: number | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ pausedSites: [], storeIncognito: false, lastBackupAt: null });

/** Settings are stored one row per key, so two pages changing different settings never clash. */
export type SettingsRecord = {
  [K in keyof Settings]: { key: K; value: Settings[K] };
}[keyof Settings];

/** An article as the library lists it. */
export interface ArticleSummary extends ArticleRecord {
  /** Live (not soft-deleted) highlights. */
  highlightCount: number;
  /** Claims the user marked. */
  claimCount: number;
  reaction: Reaction | null;
}

/** Given back by deleteHighlight; hand it to restoreHighlight to undo. Plain data, so it can cross messaging. */
export interface HighlightUndoToken {
  highlightId: string;
  deletedAt: number;
}

/**
 * A reader's correction to one article's analysis (see core/corrections): one row per article, kind and
 * target, so correcting the same thing again replaces it. Kept when its claim or speaker is gone from the
 * page: the page may show it again, and the reader can still see and undo it.
 */
export type CorrectionRecord = Correction & {
  /** `${articleKey}#${kind}#${target}` */
  id: string;
  articleKey: string;
  created: number;
  modified: number;
};

/** What a caller hands the store: the correction without its target (the store derives it from the text or name) or times. */
export type CorrectionInput = { articleKey: string } & DistributiveOmit<Correction, 'target'>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Given back by putCorrection: the correction stored and the one it replaced (restore it to undo; null: delete). */
export interface CorrectionChange {
  record: CorrectionRecord;
  previous: CorrectionRecord | null;
}
