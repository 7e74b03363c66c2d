/**
 * A quote signed with a dash: '"Every season is harder than the last." — Ingeborg Falk, beekeeper'. The
 * name after the dash must end the sentence or carry only an appositive (a role, "speaking ...", "on ...",
 * "of ..."): a verb after the name makes it prose ('"Q" — Falk then left the hall').
 *
 * Wins over: nothing; it reads only quotes no cue rule and no colon introduction claimed. Tried before
 * quote continuation, so a signed quote is never handed to the speaker before it.
 */
import { readSpeakerPhrase } from '../speaker-phrase';
import { speakerAfter } from '../speakers';
import { CONFIDENCE } from '../confidence';
import type { Rule, RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['"Every season is harder than the last." — Ingeborg Falk, beekeeper'], speaker: 'Ingeborg Falk', claim: 'Every season is harder' },
  ],
  mustNot: [
    { paragraphs: ['"Closing time" — Falk then locked the gates of the orchard for the winter.'], claim: 'Closing time' },
  ],
};

export const signatureDash: Rule = {
  name: 'signature-dash',
  anchor: 'quote',
  apply({ ctx, registry, quote: q }) {
    if (!q) return null;
    const { masked, span } = ctx;
    const dash = /^[\s,.]*[—–-]{1,2}\s*/.exec(masked.slice(q.close, Math.min(span.end, q.close + 40)));
    if (!dash) return null;
    const phrase = readSpeakerPhrase(masked, q.close + dash[0].length, span.end);
    if (phrase?.type !== 'name') return null;
    // The signature ends the sentence or carries only an appositive; a verb after the name makes it prose.
    if (!/^\s*(?:[,(]|on\b|in\b|at\b|speaking\b|writing\b|of\b|[.!?]?\s*$)/.test(masked.slice(phrase.end, span.end))) return null;
    const entity = speakerAfter(ctx, registry, q.close + dash[0].length, span.end);
    if (!entity) return null;
    return { entity, claimStart: q.contentStart, claimEnd: q.contentEnd, cue: '—', confidence: CONFIDENCE.signature, attrEnd: span.end };
  },
};
