/**
 * A cue in an "as" clause opening the sentence: 'As S told O, CLAUSE', 'As S noted on Monday, "Q"'. The
 * clause after the comma is what S said; "as" only marks the attribution as the writer's aside.
 *
 * Wins over: verb-before, which would read the listener and the comma after the cue as the start of the
 * reported words ("The Huffington Post, US surface ..."), and the subject reader, which cannot see past
 * "As". Gives way when anything other than a listener or a circumstance stands between the cue and the
 * comma ("As Dana Voss said goodbye, the lights went out": then "as" is a time clause and nothing is
 * reported), and when nothing follows the comma that reads as a clause or a quote.
 */
import { adjunctLength } from '../manner-adjuncts';
import { MASK } from '../quotes';
import { readSpeakerPhrase } from '../speaker-phrase';
import { looksLikeClause, adjacentToCue } from '../clauses';
import { resolvePhrase } from '../speakers';
import { CONFIDENCE } from '../confidence';
import { NO_CLAIM, type Rule, type RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['As Ingrid Falk told the Morning Courier, the harbour has lost a third of its fishing boats since 2010.'], speaker: 'Ingrid Falk', claim: 'the harbour has lost a third' },
    { paragraphs: ['As lead author Tomas Reyes told reporters, "The signal was there in every sample we took."'], speaker: 'Tomas Reyes', claim: 'The signal was there' },
    { paragraphs: ['Mara Quinn led the count. As Quinn noted on Monday, turnout was the lowest in twenty years.'], speaker: 'Mara Quinn', claim: 'turnout was the lowest' },
  ],
  mustNot: [
    { paragraphs: ['As Dana Voss said goodbye to the crew, the lights in the hangar went out.'], claim: 'lights in the hangar' },
    { paragraphs: ['As the mayor told the crowd to go home, the rain began to fall on the square.'], claim: 'rain began' },
  ],
};

/** The listener after "told": a capitalised name, a pronoun, or a short noun phrase ("reporters", "the BBC"). */
const LISTENER = /^\s*(?:(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4}|him|her|them|us|me|reporters|journalists|(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s*$/u;

export const asCue: Rule = {
  name: 'as-cue',
  anchor: 'cue',
  apply({ ctx, registry, cue: site }) {
    if (!site || site.found.according) return null;
    const cue = site.found.entry!;
    if (!cue.frame.clause || cue.form.endsWith('ing')) return null;
    const m = ctx.masked;
    const lead = /^\s*As\s+/.exec(m.slice(ctx.span.start, site.found.pos));
    if (!lead || site.consumedUntil > ctx.span.start) return null;
    const phraseStart = ctx.span.start + lead[0].length;
    const phrase = readSpeakerPhrase(m, phraseStart, site.found.pos);
    if (!phrase || !adjacentToCue(m.slice(phrase.end, site.found.pos))) return null;
    const comma = m.indexOf(',', site.found.end);
    if (comma < 0 || comma >= ctx.span.end) return null;
    let between = m.slice(site.found.end, comma);
    between = between.slice(adjunctLength(between));
    if (between.trim() && !(cue.frame.object && LISTENER.test(between))) return null;
    const claimStart = comma + 1 + (/^\s*/.exec(m.slice(comma + 1))?.[0].length ?? 0);
    const body = m.slice(claimStart, ctx.span.end);
    if (!body.startsWith(MASK) && !looksLikeClause(ctx, claimStart, ctx.span.end)) return NO_CLAIM;
    const entity = resolvePhrase(ctx, registry, phrase);
    if (!entity) return NO_CLAIM;
    return { entity, claimStart, claimEnd: ctx.span.end, cue: cue.form, confidence: CONFIDENCE.preposedBare, attrEnd: claimStart };
  },
};
