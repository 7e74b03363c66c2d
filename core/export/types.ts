/**
 * What every export format reads: the user's library (or the part of it being exported) as plain data.
 *
 * Plain on purpose: no Dexie records, no extension types, so the formats run the same in the library
 * page, in Node and in tests, and the Web Annotation import hands back exactly this shape. The
 * vocabulary (colours, statuses, reactions) is typed as strings here because core/ may not import
 * storage/; the library maps its records to and from this shape, and the import checks the values
 * against the vocabulary it is given.
 */
import type { TextSelector } from '../anchoring/types';
import type { SpeakerKind } from '../attribution/types';
import type { CitationCorrections } from '../citation';
import type { Correction } from '../corrections/types';

/**
 * One of the reader's corrections to the article's analysis (core/corrections), with its times. Its
 * identity is the article, kind and target, so a backup restored twice stores it once.
 */
export type ExportCorrection = Correction & {
  /** ms since epoch. */
  created: number;
  modified: number;
};

export interface ExportHighlight {
  id: string;
  /** The URL the highlight was made on (an article may have been read under several). */
  url: string;
  selectors: TextSelector[];
  color: string;
  note: string;
  tags: string[];
  /** ms since epoch. */
  created: number;
  modified: number;
  /** ms since epoch when moved to the trash; null while live. */
  deleted: number | null;
}

export interface ExportSpeaker {
  name: string;
  kind: SpeakerKind;
  role: string | null;
}

export interface ExportClaim {
  id: string;
  /** The claim's words as the article gives them. */
  text: string;
  /** Speaker name; matches an `ExportSpeaker.name` of the same article when the analysis knew them. */
  speaker: string;
  selectors: TextSelector[];
  /** The user's verdict, null when the claim was never marked. */
  status: string | null;
  note: string;
  /** ms since epoch of the last change to status or note; null when never marked. */
  modified: number | null;
}

/**
 * The page as it was when the reader saved it (model/snapshot.ts): its analysis, whole; its text is the
 * article's `text`. Only the backup carries it; an article saved before snapshots existed has none.
 */
export interface ExportSnapshot {
  url: string;
  /** ms since epoch. */
  takenAt: number;
  /** The whole text's length as extracted: more than `text.length` when only its start was kept. */
  textLength: number;
  language: string | null;
  speakers: { id: string; name: string; kind: SpeakerKind; role: string | null; mentions: number }[];
  claims: { id: string; speakerId: string; speaker: string; text: string; kind: string; cue: string; confidence: number; selectors: TextSelector[] }[];
  claimsTotal: number;
}

export interface ExportReaction {
  value: string;
  /** ms since epoch. */
  at: number;
}

export interface ExportArticle {
  /** The article's identity (see core/article-key). */
  key: string;
  /** The URL of the latest action: where citations and links point. */
  url: string;
  urls: string[];
  title: string | null;
  siteName: string | null;
  byline: string | null;
  /** Author names one by one, as the byline gives them (see `bylineAuthors`). */
  authors: string[];
  /** ISO 8601 as extracted, or null. */
  published: string | null;
  /** The article's text as extracted when saved, or null. */
  text: string | null;
  savedAt: number;
  updatedAt: number;
  reaction: ExportReaction | null;
  /** Ids of the collections the article is in. */
  collections: string[];
  speakers: ExportSpeaker[];
  highlights: ExportHighlight[];
  claims: ExportClaim[];
  /** ms since epoch when the whole article was moved to the trash; null while live. */
  deleted: number | null;
  /**
   * The reader's corrections to title, authors, site, date and URL (core/citation.ts). The reading
   * formats cite the corrected values; the backup keeps both, so a restore loses neither.
   */
  citation?: CitationCorrections | null;
  /**
   * The reader's corrections to the analysis (dismissed claims, speakers changed, renamed, merged, claims
   * added), oldest first. The reading formats apply them (core/export/live.ts); the backup keeps them as
   * they are, so a restore gives back the same corrections rather than their result.
   */
  corrections?: ExportCorrection[];
  /** The page's analysis when saved (the backup restores it); absent in older files and unsaved pages. */
  snapshot?: ExportSnapshot;
}

export interface ExportCollection {
  id: string;
  name: string;
  created: number;
  /** ms since epoch of the last rename; absent in files from before collections could be renamed (then: created). */
  modified?: number;
}

export interface ExportLibrary {
  articles: ExportArticle[];
  collections: ExportCollection[];
}
