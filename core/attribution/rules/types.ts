/**
 * What every attribution rule is: a function of one site in a sentence (a cue word, or a quotation nobody
 * has claimed yet) that says who spoke which words there, or that it does not apply.
 */
import type { QuoteSpan } from '../quotes';
import type { Entity, SpeakerRegistry } from '../registry';
import type { Attribution, SentenceCtx } from '../sentence';
import type { FoundCue } from '../find-cues';
import type { DraftClaim } from '../paragraph-state';

/**
 * A rule's answer. An attribution; `NO_CLAIM` when the rule owns the site and finds it is no claim (the rules
 * after it are not tried: '"Q," he said.' with no speaker found must not be read again as 'S said CLAUSE');
 * null when it does not apply and the next rule is tried.
 */
export const NO_CLAIM = Symbol('no claim');
export type RuleOutcome = Attribution | typeof NO_CLAIM | null;

/** What the paragraph knows when a rule runs: claims so far, and quotes run on from earlier paragraphs. */
export interface ParagraphView {
  /** The speaker of the last claim in this paragraph so far. */
  readonly speaker: Entity | null;
  /** The cue of the last claim in this paragraph so far. */
  readonly lastCue: string | undefined;
  /** Whether the paragraph opens with a quotation. */
  readonly startsWithQuote: boolean;
  /** The paragraph's first quotation. */
  readonly firstQuote: QuoteSpan | undefined;
  readonly quoteCount: number;
  /** A quote running over paragraphs that this paragraph continues, and its speaker when known. */
  readonly groupSpeaker: Entity | null | undefined;
  /** The previous paragraph ended with "S said:" and this one's quote is S's. */
  readonly afterColon: Entity | null;
  /** The last claim of the previous paragraph. */
  readonly previousClaim: DraftClaim | undefined;
  /** Parks a quoted paragraph of a running quote until its speaker is named. */
  pend(claim: Omit<DraftClaim, 'entity'>, q: QuoteSpan): void;
  /** Parks a quote-only paragraph for the next paragraph's opening speaker. */
  orphan(claim: Omit<DraftClaim, 'entity'>, q: QuoteSpan): void;
}

export interface RuleSite {
  ctx: SentenceCtx;
  registry: SpeakerRegistry;
  /** The cue this site is about (cue rules), or null. */
  cue: CueSite | null;
  /** The unclaimed quotation this site is about (quote rules), or null. */
  quote: QuoteSpan | null;
  paragraph: ParagraphView;
}

export interface CueSite {
  found: FoundCue;
  /** The subject of the sentence's previous attribution, for coordinated cues ("..., but added that"). */
  prevSubject: Entity | null;
  /** Where the previous attribution in the sentence ended. */
  consumedUntil: number;
  /** Where the sentence's later cues start. */
  laterCues: number[];
}

export interface Rule {
  name: string;
  /** What the rule is about: a cue, an unclaimed quotation, or the whole paragraph (read before the others). */
  anchor: 'cue' | 'quote' | 'paragraph';
  apply(site: RuleSite): RuleOutcome;
}

/** Example sentences a rule must read as a claim (speaker and a fragment of the claim) and must not. */
export interface RuleExamples {
  must: { paragraphs: string[]; speaker: string; claim: string }[];
  mustNot: { paragraphs: string[]; claim: string }[];
}
