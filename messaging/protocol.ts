/**
 * The one message protocol every Newsmark context speaks. Types only, so
 * popup, library, background and content script agree at compile time.
 *
 * Two directions:
 * - BackgroundProtocol: handled by the background, which alone writes the
 *   database. Extension pages read through Dexie live queries; they write here.
 * - ContentProtocol: handled by the content script of one tab (the page's
 *   analysis and what is painted on it).
 */
import type { TextSelector } from '../core/anchoring/types';
import type { Speaker } from '../core/attribution/types';
import type { AnalyzedClaim, AttributionLimit } from '../core/analyze-steps';
import type { HighlightPatch } from '../model';
import type { ExportLibrary } from '../core/export/types';
import type { ImportOutcome } from '../model/import-outcome';
import type { CitationPatch } from '../core/citation';
import type { MetadataSources } from '../core/extract/types';
import type { PageClaimReview } from '../core/fact-check';
import type { CorrectionRequest, PendingClaim } from './corrections';
import type { LibraryProtocol } from './library-protocol';
import type { Correction } from '../core/corrections/types';
import type { CorrectionChange, CorrectionRecord } from '../model';
import type { SnapshotInput, SnapshotOutcome } from '../model/snapshot';
import type {
  ArticleInput,
  ArticleRecord,
  ClaimStatus,
  ClaimStatusRecord,
  HighlightColor,
  HighlightRecord,
  Reaction,
  HighlightUndoToken,
  ReactionRecord,
  Settings,
} from '../model';

/** What the page tells about its article: enough to save it, nothing more. */
export type ArticleRef = ArticleInput;

export type PageSpeaker = Speaker;
export type PageClaim = AnalyzedClaim;

export type AttachState = 'attaching' | 'done';

export interface PageAnalysis {
  article: ArticleRef;
  isArticle: boolean;
  /** The site is paused by the user: nothing was analysed or painted. */
  paused: boolean;
  /** The analysis is still running (a long page): ask again shortly. Speakers and claims are empty. */
  analysing?: boolean;
  /** No article found, and the page's text is where Newsmark cannot read it (an open shadow root, an embedded frame). */
  unreadable?: 'shadow-root' | 'frame' | null;
  /** Attribution stopped at the page budget: how much of the article it read. */
  limited?: AttributionLimit | null;
  speakers: PageSpeaker[];
  /** The first claims (a bounded number); the rest through `page.claims`. */
  claims: PageClaim[];
  /**
   * Whether the article is in English (from its text, else its declared
   * language): attribution reads English only, and the popup says so.
   */
  english: boolean;
  /** All claims found on the page. */
  claimsTotal?: number;
  /** Claims per speaker id, over all the page's claims. */
  claimsBySpeaker?: Record<string, number>;
  /** Highlights' re-attachment on this page. */
  attach: { state: AttachState; orphanIds: string[]; attachedIds: string[] };
  /** The authors one by one, as extracted (the article's byline joins them). */
  authors?: string[];
  /** Where each citation field came from (shown as a hint beside it). */
  sources?: MetadataSources | null;
  /** The page's own verdicts: schema.org ClaimReview markup on a fact-check page. */
  claimReviews?: PageClaimReview[];
  /** Whether the claims are painted on the page ("Show claims on page"). */
  claimsShown?: boolean;
}

export interface NewHighlight {
  /** Made by the sender (a UUID), so a retried save cannot store the highlight twice. */
  id?: string;
  article: ArticleRef;
  selector: TextSelector[];
  color: HighlightColor;
  note?: string;
  tags?: string[];
}

export type { HighlightPatch } from '../model';

export interface ClaimStatusInput {
  article: ArticleRef;
  quote: string;
  speaker: string;
  selector: TextSelector[];
  status: ClaimStatus;
  note: string;
}

/** Each entry: request payload -> reply. */
export interface BackgroundProtocol extends LibraryProtocol {
  'article.save': { req: { article: ArticleRef }; res: ArticleRecord | null };
  'article.delete': { req: { key: string }; res: void };
  /** The reader's corrections to the article's citation (saves the article if needed). */
  'article.setCitation': { req: { article: ArticleRef; patch: CitationPatch }; res: ArticleRecord | null };
  /** The library's Delete: to the Trash, restorable for 30 days. */
  'article.trash': { req: { key: string }; res: boolean };
  'article.restore': { req: { key: string }; res: boolean };
  /** A parsed backup or W3C annotations (core/export), stored in one transaction; refused whole if any record is bad. */
  'library.import': { req: { library: ExportLibrary }; res: ImportOutcome };
  'highlight.add': { req: NewHighlight; res: HighlightRecord | null };
  'highlight.update': { req: { id: string; patch: HighlightPatch }; res: void };
  'highlight.delete': { req: { id: string }; res: HighlightUndoToken | null };
  'highlight.restore': { req: HighlightUndoToken; res: void };
  'highlights.list': { req: { articleKey: string }; res: HighlightRecord[] };
  'claim.setStatus': { req: ClaimStatusInput; res: ClaimStatusRecord | null };
  'claims.list': { req: { articleKey: string }; res: ClaimStatusRecord[] };
  'reaction.set': {
    req: { article: ArticleRef; reaction: Reaction | null };
    res: ReactionRecord | null;
  };
  'settings.get': { req: void; res: Settings };
  'settings.update': { req: Partial<Settings>; res: Settings };
  'site.setPaused': { req: { host: string; paused: boolean }; res: Settings };
  /** Asked by a content script before it does any work on its page. */
  'site.isPaused': { req: { host: string }; res: boolean };
  /** Whether a page's canonical link (on `canonical`) is on the page's own site (`page`), by the Public Suffix List. */
  'site.sameSite': { req: { page: string; canonical: string }; res: boolean };
  /**
   * From a content script, before it frames the note editor: the highlight
   * the editor in this tab is for. Its id travels here, not in the frame's
   * address, where the page could read it.
   */
  'note.open': { req: { id: string }; res: void };
  /** From the note editor framed in a tab: which highlight it edits (null: none known). */
  'note.target': { req: void; res: string | null };
  /** From the note editor framed in a tab: close it. */
  'note.close': { req: void; res: void };
  /** The reader's corrections to the analysis (see core/corrections): store one, replacing the same kind and target. */
  'correction.put': { req: { article: ArticleRef; correction: CorrectionRequest }; res: CorrectionChange };
  /** Undo a correction; gives it back, so that can be undone too. */
  'correction.delete': { req: { id: string }; res: CorrectionRecord | null };
  /** Put back a correction handed out by put or delete (undo). */
  'correction.restore': { req: CorrectionRecord; res: CorrectionRecord };
  /** From a content script, before it frames the add-claim form: the selection to add (kept per tab, like note.open). */
  'claim.open': { req: PendingClaim; res: void };
  /** From the add-claim form framed in a tab: the selection it adds (null: none known). */
  'claim.pending': { req: void; res: PendingClaim | null };
  /**
   * The page's text and analysis for a saved article (model/snapshot.ts), from the content script of its
   * tab: stored if the article is saved, replacing an earlier one only with `refresh` (the reader saved again).
   */
  'article.snapshot': { req: { article: ArticleRef; snapshot: SnapshotInput; refresh: boolean }; res: SnapshotOutcome };
  /** From a content script's bootstrap: inject one part of its code into its frame (entrypoints/content/parts.ts). */
  'content.loadPart': { req: { part: 'analysis' | 'attribution' | 'highlights' }; res: void };
}

export interface ContentProtocol {
  'page.analysis': { req: void; res: PageAnalysis };
  /** More of the page's claims, in order, from `from` (a bounded page of them). */
  'page.claims': { req: { from: number }; res: { claims: PageClaim[]; total: number } };
  /** `selector`: where a claim the page's analysis does not know (one the reader added) is. */
  'page.scrollToClaim': { req: { claimId: string; selector?: TextSelector[] }; res: boolean };
  'page.scrollToHighlight': { req: { id: string }; res: boolean };
  /** The stored highlights changed: repaint from the database. */
  'page.highlightsChanged': { req: { articleKey: string }; res: void };
  /** Highlight the current selection (keyboard command, context menu). */
  'page.highlightSelection': { req: { color?: HighlightColor }; res: boolean };
  /** The note editor framed over the article is done. */
  'page.closeNote': { req: void; res: void };
  /** The reader paused or resumed Newsmark on this site. */
  'page.setPaused': { req: { paused: boolean }; res: void };
  /** Paint every claim, one colour per speaker, or stop (with the reader's verdicts, for the toolbar). */
  /** `corrections`: the reader's (core/corrections), so the page paints what the popup lists. */
  'page.showClaims': { req: { show: boolean; statuses: { quote: string; status: ClaimStatus }[]; corrections?: Correction[] }; res: ClaimsLegend };
  /** Send the page's snapshot for its saved article to the background (after Save, a reaction, a claim mark, a first highlight). */
  'page.keepSnapshot': { req: { refresh: boolean }; res: SnapshotOutcome | null };
  /** Put the keyboard in the toolbar for the current selection (the focus-toolbar command). */
  'page.focusToolbar': { req: void; res: boolean };
}

/** The colours the page paints the claims in, per speaker, in the order shown. */
export interface ClaimsLegend {
  shown: boolean;
  speakers: { speakerId: string; name: string; color: string; claims: number }[];
}

export type Req<P, K extends keyof P> = P[K] extends { req: infer R } ? R : never;
export type Res<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;

/** On the wire: the message and its reply envelope. Errors travel as data so
 * a storage failure reaches the UI with its message instead of a generic one. */
export interface WireMessage {
  newsmark: 1;
  type: string;
  data: unknown;
}

export type WireReply =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; message: string } };
