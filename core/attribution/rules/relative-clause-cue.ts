/**
 * A cue inside a relative clause whose reported verb follows at once: "rent increases that tenants' groups
 * say have priced families out", "The decision, which the mayor said was final, angered ...". The speaker
 * stands between "that"/"which" and the cue; the claim is the verb phrase after the cue (up to the comma
 * that closes a clause opened by one).
 *
 * Wins over: verb-before-claim, which would look for the speaker at the start of the sentence ("rent
 * increases") and read the words after the cue as a clause of their own. Gives way to verb-after and
 * verb-inverted (tried first): a relative clause never ends its sentence with only circumstances.
 */
import { readSpeakerPhrase } from '../speaker-phrase';
import { adjacentToCue, clauseEnd } from '../clauses';
import { resolvePhrase } from '../speakers';
import { aroundCue } from '../cue-site';
import { CONFIDENCE } from '../confidence';
import type { Rule, RuleExamples } from './types';

/** What follows a cue in a relative clause when the reported words are the relative clause's own verb. */
const RELATIVE_VERB = /^\s*(?:will|would|could|can|should|may|might|must|is|are|was|were|has|have|had|cost|costs|puts|put|threatens|threaten)\b/i;

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['The council blamed rent increases that tenants\' groups say have priced families out of the town centre.'], speaker: 'tenants\' groups', claim: 'have priced families out' },
  ],
  mustNot: [
    { paragraphs: ['The law that councils say nothing about took effect.'], claim: 'nothing about' },
  ],
};

export const relativeClauseCue: Rule = {
  name: 'relative-clause-cue',
  anchor: 'cue',
  apply({ ctx, registry, cue }) {
    if (!cue || cue.found.according) return null;
    const { left, afterCue } = aroundCue(ctx, cue);
    const relative = /\b(?:that|which)\s+(?=[^,;:\s][^,;:]{0,59}$)/i.exec(left);
    if (!relative || !RELATIVE_VERB.test(afterCue)) return null;
    const m = ctx.masked;
    const { pos, end } = cue.found;
    const from = cue.consumedUntil + relative.index + relative[0].length;
    const phrase = readSpeakerPhrase(m, from, pos);
    if (!phrase || !adjacentToCue(m.slice(phrase.end, pos))) return null;
    const who = resolvePhrase(ctx, registry, phrase);
    if (!who) return null;
    const start = end + (/^\s*/.exec(afterCue)?.[0].length ?? 0);
    let claimEnd = clauseEnd(ctx, start, ctx.span.end, cue.laterCues);
    // "The decision, which the mayor said was final, angered ...": a clause opened by a comma closes at one.
    if (/,\s*$/.test(left.slice(0, relative.index))) {
      const close = /,(?!\d)/.exec(m.slice(start, claimEnd));
      if (close) claimEnd = start + close.index;
    }
    return { entity: who, claimStart: start, claimEnd, cue: cue.found.entry!.form, confidence: CONFIDENCE.relativeClause, attrEnd: claimEnd };
  },
};
