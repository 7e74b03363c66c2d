/**
 * Quote continuation: a sentence that is only a quote goes on with a speaker already known. In order:
 * the last speaker of the same paragraph; a quote running over paragraphs (its paragraphs wait for the
 * speaker when none is named yet); the speaker of 'S said:' closing the previous paragraph; for a paragraph
 * that is one closed quote of at least four words, the speaker of the previous paragraph's last claim, or,
 * when there is none, the speaker the next paragraph opens with (parked as an orphan until then).
 *
 * Wins over: nothing; it is the last rule, for quotes no other rule claimed. A few words alone in quotes
 * are more often a title or a slogan than speech, so a quote paragraph needs four words.
 */
import type { QuoteSpan } from '../quotes';
import { type SentenceCtx, asDirect, trimSpan } from '../sentence';
import { CONFIDENCE } from '../confidence';
import { NO_CLAIM, type Rule, type RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['Mayor Ana Ruiz said the bridge would reopen in May. "We have waited long enough."'], speaker: 'Ana Ruiz', claim: 'waited long enough' },
    { paragraphs: ['The head teacher, Rosa Lind, said:', '"Every child deserves a hot meal at lunchtime."'], speaker: 'Rosa Lind', claim: 'Every child deserves' },
    { paragraphs: ['Ines Hale is guarded. She says there was no single moment, then corrects herself.', '"All right, there was a moment. My mother died in 2023.', '"I sat on the floor of her room and cried."'], speaker: 'Ines Hale', claim: 'sat on the floor' },
    { paragraphs: ['"We started with two boats and a rented shed on the quay.', '"Now we employ forty people," said Hamish Grant, the firm\'s founder.'], speaker: 'Hamish Grant', claim: 'two boats and a rented shed' },
  ],
  mustNot: [
    { paragraphs: ['The show is called "Open Doors".'], claim: 'Open Doors' },
  ],
};

const sole = new WeakMap<SentenceCtx, QuoteSpan | null>();
/** The quotation that is the whole sentence, if any: read once per sentence, not once per quotation in it. */
function soleQuote(ctx: SentenceCtx): QuoteSpan | null {
  let q = sole.get(ctx);
  if (q === undefined) {
    q = asDirect(ctx, ctx.span.start, ctx.span.end);
    sole.set(ctx, q);
  }
  return q;
}

export const quoteContinuation: Rule = {
  name: 'quote-continuation',
  anchor: 'quote',
  apply({ ctx, quote: q, paragraph: p }) {
    if (!q) return null;
    const only = soleQuote(ctx);
    if (only !== q) return null;
    const { text, masked } = ctx;
    const [s, e] = trimSpan(text, only.contentStart, only.contentEnd, /[\s,]/);
    if (p.speaker) {
      return { entity: p.speaker, claimStart: only.contentStart, claimEnd: only.contentEnd, cue: p.lastCue ?? 'said', confidence: CONFIDENCE.continuationInParagraph, attrEnd: ctx.span.end };
    }
    if (p.groupSpeaker !== undefined && only === p.firstQuote) {
      if (p.groupSpeaker) {
        return { entity: p.groupSpeaker, claimStart: only.contentStart, claimEnd: only.contentEnd, cue: 'said', confidence: CONFIDENCE.continuationAcrossParagraphs, attrEnd: ctx.span.end };
      }
      p.pend({ start: s, end: e, kind: 'direct', cue: 'said', confidence: CONFIDENCE.continuationAcrossParagraphs }, only);
      return NO_CLAIM;
    }
    if (p.afterColon && only === p.firstQuote) {
      return { entity: p.afterColon, claimStart: only.contentStart, claimEnd: only.contentEnd, cue: 'said', confidence: CONFIDENCE.continuationAcrossParagraphs, attrEnd: ctx.span.end };
    }
    // 'She says there was no single moment, then corrects herself.' / '"All right, there was a moment. ...'
    // running over paragraphs: the same, for a quote that opens a run of quoted paragraphs.
    if (p.quoteCount === 1 && only === p.firstQuote && only.openEnded && p.startsWithQuote && p.previousClaim && text.slice(s, e).split(/\s+/).length >= 4) {
      const before = p.previousClaim;
      return { entity: before.entity, claimStart: only.contentStart, claimEnd: only.contentEnd, cue: before.cue, confidence: CONFIDENCE.quoteParagraph, attrEnd: ctx.span.end };
    }
    if (p.quoteCount === 1 && only === p.firstQuote && !only.openEnded && p.startsWithQuote && /^\s*$/.test(masked.slice(only.close + 1)) &&
      // A few words alone in quotes are more often a title or a slogan than something someone said.
      text.slice(s, e).split(/\s+/).length >= 4) {
      // Right after someone's claim, a paragraph that is only a quote goes on with them: news prose names
      // a speaker once and lets the next quoted paragraph run on. Otherwise it waits for the next name.
      const before = p.previousClaim;
      if (before) return { entity: before.entity, claimStart: only.contentStart, claimEnd: only.contentEnd, cue: before.cue, confidence: CONFIDENCE.quoteParagraph, attrEnd: ctx.span.end };
      p.orphan({ start: s, end: e, kind: 'direct', cue: 'said', confidence: CONFIDENCE.quoteParagraph }, only);
      return NO_CLAIM;
    }
    return null;
  },
};
