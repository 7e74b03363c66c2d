/**
 * An action beat: a paragraph opens with a short sentence about what a person does ("Vane laughs.", "Okafor
 * shrugs.", "She smiles.") and goes straight on with a quote that has no cue of its own. Interview and
 * feature writing gives the quote to the person of the beat; nobody else is in view.
 *
 * Wins over: quote-continuation (tried after it), which would give the quote to the speaker of the previous
 * paragraph's claim, the interviewer or the other guest in a conversation. Gives way to every cue rule: a
 * quote with a cue ('"Q," she says') is never unclaimed when this runs.
 * Must read: 'Vane laughs. "She's being kind."' → Vane. Must not read: 'The hall is full. "Tonight is the
 * night."' (no person), 'Ray scored twice and Lee once. "We were lucky."' (two people), a beat of more
 * than eight words.
 */
import { readSpeakerPhrase } from '../speaker-phrase';
import { resolvePhrase } from '../speakers';
import { CONFIDENCE } from '../confidence';
import { asDirect } from '../sentence';
import type { Rule, RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['Jonah Vane and Elspeth Harrow met in 2004.', 'Vane laughs. "She is being kind. She would say it loudly."'], speaker: 'Jonah Vane', claim: 'being kind' },
  ],
  mustNot: [
    { paragraphs: ['The hall is full. "Tonight is the night for all of us."'], claim: 'Tonight is the night' },
    { paragraphs: ['Tom Ray scored twice and Ian Lee once. "We were lucky to win that one."'], claim: 'lucky to win' },
    { paragraphs: ['Ines Varga wrote the novel.', 'Varga was in the audience. "Open Doors to Everyone" was the title of the talk.'], claim: 'Open Doors' },
  ],
};

/** One short sentence: a subject, a verb, at most a few words more, and its full stop. */
const BEAT = /^\s*([^.!?:;,\u25AE]{2,80}?)\s*[.!]\s*$/u;

export const actionBeat: Rule = {
  name: 'action-beat',
  anchor: 'quote',
  apply({ ctx, registry, quote: q, paragraph: p }) {
    if (!q || p.speaker || q !== p.firstQuote || p.startsWithQuote) return null;
    // The quote is its sentence, nothing more ('"Open Doors" was the title of the talk' is no speech).
    if (asDirect(ctx, ctx.span.start, ctx.span.end) !== q) return null;
    // Nothing but the beat stands before the quote in the paragraph.
    const beat = BEAT.exec(ctx.masked.slice(0, q.open));
    if (!beat) return null;
    const words = beat[1].trim().split(/\s+/);
    if (words.length < 2 || words.length > 8 || /\b(?:and|with)\b/.test(beat[1])) return null;
    const phrase = readSpeakerPhrase(ctx.masked, 0, q.open);
    if (!phrase || (phrase.type !== 'name' && phrase.type !== 'pronoun')) return null;
    if (phrase.type === 'name' && phrase.phrase.kind !== 'person') return null;
    // The word after the subject is its verb ("laughs", "smiled", "shrugs"), not more of a name.
    if (!/^\s+(?:\w+ly\s+)?(?!(?:is|was|has|does)\b)[\p{Ll}]+(?:s|ed)\b/u.test(ctx.masked.slice(phrase.end, q.open))) return null;
    const entity = resolvePhrase(ctx, registry, phrase);
    if (!entity || entity.kind !== 'person') return null;
    return { entity, claimStart: q.contentStart, claimEnd: q.contentEnd, cue: 'said', confidence: CONFIDENCE.actionBeat, attrEnd: ctx.span.end };
  },
};
