/**
 * A verb that must take a listener, used as a passive participle with no auxiliary: "Teenagers told they had
 * missed out will get new results", "Residents informed that the road would close were angry", "Drivers told
 * to stay home ...", "a man told by police to leave". "told", "informed", "assured", "reassured", "reminded"
 * name the listener right after them when they report speech ("told reporters (that) ..."); with a clause,
 * "that", "to" or "by" right after the verb instead, the words before it are the people who were told, not a
 * speaker, and the sentence makes no claim through this cue. (The passive with its auxiliary, "were told
 * they ...", is left out already when cues are found.)
 *
 * Wins over: every verb rule after it, which would read the noun before the participle as the speaker and
 * the clause as the claim. Runs before them and answers no claim for the pattern; any other use of these
 * verbs is left to them (null).
 */
import { NO_CLAIM, type Rule, type RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['Harbour manager Ines Valk told reporters the quay would reopen on Monday.'], speaker: 'Ines Valk', claim: 'quay would reopen' },
    { paragraphs: ['Dara Quist informed the board that the audit was late.'], speaker: 'Dara Quist', claim: 'audit was late' },
    { paragraphs: ['Municipal Commissioner Shri R. Venkataraman informed that the work would begin on Thursday.'], speaker: 'R Venkataraman', claim: 'work would begin' },
  ],
  mustNot: [
    { paragraphs: ['Pupils told they had failed the test will get new marks by Friday.'], claim: 'had failed the test' },
    { paragraphs: ['Tenants informed that the block would be sold were angry at the meeting.'], claim: 'block would be sold' },
    { paragraphs: ['Drivers told to stay off the roads on Tuesday ignored the warning.'], claim: 'stay off the roads' },
    { paragraphs: ['Families reassured by the council that the school was safe kept their children home.'], claim: 'school was safe' },
  ],
};

/** The participles of verbs whose listener follows them when they report speech. */
const LISTENER_VERBS = new Set(['told', 'informed', 'assured', 'reassured', 'reminded']);
/** What follows such a participle when it is a passive: a clause's subject, "that", an infinitive, an agent. */
const PASSIVE_AFTER = /^\s+(?:(?:he|she|they|we|i)\b|that\b|to\s+[\p{Ll}]|by\b)/u;

export const reducedPassive: Rule = {
  name: 'reduced-passive',
  anchor: 'cue',
  apply({ ctx, cue }) {
    if (!cue || cue.found.according || !cue.found.entry) return null;
    const { pos, end } = cue.found;
    const form = ctx.masked.slice(pos, end).toLowerCase();
    if (!LISTENER_VERBS.has(form)) return null;
    const after = ctx.masked.slice(end, Math.min(ctx.span.end, end + 40));
    if (!PASSIVE_AFTER.test(after)) return null;
    // "Municipal Commissioner Shri R. Venkataraman informed that ...": a name right before the verb and "that"
    // after it is the active use (Indian English reports this way); the passive follows a common noun.
    if (/^\s+that\b/.test(after) && /[\p{Lu}][\p{L}'’-]+\s+$/u.test(ctx.masked.slice(Math.max(ctx.span.start, pos - 40), pos)) &&
      /\S\s+[\p{Lu}][\p{L}'’-]+\s+$/u.test(ctx.masked.slice(ctx.span.start, pos))) return null;
    return NO_CLAIM;
  },
};
