/** Message shapes for the reader's corrections (see core/corrections), kept apart from protocol.ts. */
import type { TextSelector } from '../core/anchoring/types';
import type { Correction } from '../core/corrections/types';
import type { ArticleInput } from '../storage/records';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A correction as a page sends it: the background derives its target from the text or name. */
export type CorrectionRequest = DistributiveOmit<Correction, 'target'>;

/** A selection the reader wants to add as a claim, waiting for the add-claim form to name its speaker. */
export interface PendingClaim {
  article: ArticleInput;
  quote: string;
  selector: TextSelector[];
  /** The article's speakers as the page's analysis found them, to choose from. */
  speakers: string[];
}
