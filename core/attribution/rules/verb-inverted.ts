/**
 * Speech verb after the claim, speaker after the verb (inversion): '"Q," said Tom Becker.',
 * '..., said Kofi Adeyemi, a winger.' The appositive after the name becomes its role.
 *
 * Wins over: verb-after-claim, which would read the speaker before the verb; inversion is tried first
 * because the only words before an inverted cue are the claim and its closing comma or quote, so no
 * subject can stand there. Gives way when what follows the cue is a clause ('"Q," said the mayor would
 * resign' is no inversion) or only circumstances (then verb-after-claim reads it), and when the words before
 * the cue are no quote and no clause: they are then the subject with its appositive ("The opposition
 * leader, Councillor Mira Dane, accused the mayor of ..."), which verb-before reads.
 */
import { readSpeakerPhrase } from '../speaker-phrase';
import { MASK } from '../quotes';
import { claimStartOf } from '../sentence';
import { looksLikeClause } from '../clauses';
import { speakerAfter } from '../speakers';
import { aroundCue } from '../cue-site';
import { CONFIDENCE } from '../confidence';
import type { Rule, RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['"Prices will fall by spring," said Omar Haddad, a grain trader in Tarsen.'], speaker: 'Omar Haddad', claim: 'Prices will fall by spring' },
    { paragraphs: ['"We are not going anywhere," said Tom Becker, the union\'s general secretary.'], speaker: 'Tom Becker', claim: 'not going anywhere' },
  ],
  mustNot: [
    { paragraphs: ['"The Long Road," said to be her best film, opens on Friday.'], claim: 'The Long Road' },
    { paragraphs: ['The opposition leader, Councillor Mira Dane, accused the mayor of hiding the deficit.'], claim: 'opposition leader' },
  ],
};

export const verbInverted: Rule = {
  name: 'verb-inverted',
  anchor: 'cue',
  apply({ ctx, registry, cue }) {
    if (!cue || cue.found.according) return null;
    const a = aroundCue(ctx, cue);
    if (!a.cueAfterBreak || a.ends) return null;
    const m = ctx.masked;
    const sEnd = ctx.span.end;
    // "The opposition leader, Councillor Martin Hale, accused the mayor of ...": before the cue stand the
    // subject and its appositive, not reported words. Inversion needs a quote or a clause there.
    const claimStart = claimStartOf(ctx, cue.consumedUntil);
    const claimEnd = a.leftTrim.length + cue.consumedUntil;
    if (!a.left.includes(MASK) && !looksLikeClause(ctx, claimStart, claimEnd)) return null;
    const phrase = readSpeakerPhrase(m, cue.found.end, sEnd);
    const afterPhrase = phrase ? m.slice(phrase.end, sEnd) : '';
    const clauseFollows = phrase !== null && !/^\s*(?:,|of\b|from\b|at\b|[.!?]|$)/.test(afterPhrase) && looksLikeClause(ctx, phrase.end, sEnd);
    if (!phrase || clauseFollows || !(phrase.type === 'name' || phrase.type === 'unnamed' || phrase.type === 'role' || phrase.type === 'orgNoun')) return null;
    const entity = speakerAfter(ctx, registry, cue.found.end, sEnd);
    if (!entity) return null;
    return { entity, claimStart, claimEnd, cue: cue.found.entry!.form, confidence: CONFIDENCE.inverted, attrEnd: sEnd };
  },
};
