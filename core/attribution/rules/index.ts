/**
 * The attribution rules in the order they are tried. Cue rules run for each cue of a sentence, first to
 * answer wins; quote rules then run for each quotation no claim has taken yet, each rule over all of the
 * sentence's quotations before the next rule. Each rule's file says what it covers and why it stands where
 * it does.
 */
import type { Rule } from './types';
import { accordingTo } from './according-to';
import { accusation } from './accusation';
import { reducedPassive } from './reduced-passive';
import { verbInverted } from './verb-inverted';
import { verbAfter } from './verb-after';
import { relativeClauseCue } from './relative-clause-cue';
import { verbBefore } from './verb-before';
import { asCue } from './as-cue';
import { colonIntroduced } from './colon-introduced';
import { signatureDash } from './signature-dash';
import { quoteContinuation } from './quote-continuation';
import { transcriptTurn } from './transcript-turn';
import { actionBeat } from './action-beat';

export const CUE_RULES: readonly Rule[] = [accordingTo, reducedPassive, accusation, verbInverted, verbAfter, relativeClauseCue, asCue, verbBefore];
/** Rules that read a whole paragraph before its sentences; one that answers takes the paragraph. */
export const PARAGRAPH_RULES: readonly Rule[] = [transcriptTurn];
export const QUOTE_RULES: readonly Rule[] = [colonIntroduced, signatureDash, actionBeat, quoteContinuation];
export { NO_CLAIM } from './types';
export type { Rule, RuleOutcome, RuleSite } from './types';
