/**
 * A reader's corrections to an article's analysis, as plain data (core/ knows nothing of storage: the
 * Dexie record in storage/records.ts is this plus its id and times).
 *
 * Claims are named by their match key (core/claim-key.ts: text, insensitive to spacing, case and quote
 * marks) and speakers by their name's key (speakerKey below), never by the ids one run of attribution
 * hands out: a correction must find its claim again after a reload, a re-analysis or a better extractor
 * that numbers the claims differently.
 */
import type { TextSelector } from '../anchoring/types';

export type CorrectionKind = 'dismiss' | 'speaker' | 'rename' | 'merge' | 'add';

/** "Not a claim": the claim is hidden from the lists and the exports, and can be brought back. */
export interface DismissCorrection {
  kind: 'dismiss';
  /** claimMatchKey of the claim's text. */
  target: string;
  /** The claim's text when it was dismissed, so the reader can see what they dismissed even if the page changed. */
  quote: string;
}

/** "Wrong speaker": the claim is someone else's (a speaker of the article, or a name the reader typed). */
export interface SpeakerCorrection {
  kind: 'speaker';
  target: string;
  quote: string;
  /** The right speaker's name as the reader chose or typed it. */
  speaker: string;
}

/** A speaker's name corrected ("Varga" -> "Helena Varga"). */
export interface RenameCorrection {
  kind: 'rename';
  /** speakerKey of the name the analysis (or the reader) first gave the speaker. */
  target: string;
  /** That name, for showing what was renamed. */
  from: string;
  to: string;
}

/** Two speakers are one ("Helena Varga" and "Varga"): `target`'s claims become `into`'s. */
export interface MergeCorrection {
  kind: 'merge';
  target: string;
  from: string;
  /** The name of the speaker merged into (its first name or its corrected one). */
  into: string;
}

/** A claim the analysis missed, made from a selection on the page; anchored by its selectors like a highlight. */
export interface AddCorrection {
  kind: 'add';
  target: string;
  quote: string;
  speaker: string;
  selector: TextSelector[];
}

export type Correction = DismissCorrection | SpeakerCorrection | RenameCorrection | MergeCorrection | AddCorrection;

/** A speaker's identity across runs: the name, insensitive to case, spacing and curly apostrophes. */
export function speakerKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
