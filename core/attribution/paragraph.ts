/**
 * Claims of one paragraph: splits it into sentences (quoted words masked), registers the mentions of each
 * for coreference, finds its cues and runs the rules (rules/index.ts) over them, then over the quotations
 * no cue claimed; turns each attribution into a claim (direct when the words are one quotation, mixed when
 * they hold one, indirect otherwise) and carries what runs on to the next paragraph (an open quote, a
 * closing colon, a quote waiting for its speaker).
 *
 * What one claim is: one reported statement with one cue. Coordinated clauses under one cue stay one claim;
 * a second cue in the sentence is a second claim. A direct quote interrupted by its attribution is one
 * claim per quoted part, except one sentence around its attribution ('"The water," one owner said, "is all
 * we have."'), shown joined with " … ".
 */
import type { Steps } from '../steps';
import { type QuoteSpan, maskQuotes, scanQuotes } from './quotes';
import { splitSentences } from './sentences';
import type { Entity, SpeakerRegistry } from './registry';
import { type Attribution, type SentenceCtx, asDirect, quotesIn, trimSpan } from './sentence';
import { findCues, outsideRelativeClauses } from './find-cues';
import { notePeople } from './mentions';
import { notNamedInOwnClaim } from './pronoun-check';
import { CONFIDENCE } from './confidence';
import { tally } from './work';
import { CUE_RULES, NO_CLAIM, PARAGRAPH_RULES, QUOTE_RULES } from './rules/index';
import type { CueSite, RuleOutcome, RuleSite } from './rules/types';
import { type DraftClaim, type ParagraphResult, type QuoteGroup, ParagraphSoFar } from './paragraph-state';

export type { DraftClaim, ParagraphResult, QuoteGroup } from './paragraph-state';

/**
 * "VELGRAD, March 4 (CNS) — Varnia on Wednesday ordered ...": a wire dateline opens the paragraph, not the
 * sentence; blanked so that the city is never read as the subject. Offsets stay as they are.
 */
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .'’-]{2,40}(?:,\s*[^—–,()]{1,30})?(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s+/u;

function withoutDateline(masked: string): string {
  const d = DATELINE.exec(masked.slice(0, 400));
  return d ? ' '.repeat(d[0].length) + masked.slice(d[0].length) : masked;
}

/**
 * Characters of text read between two pauses. A paragraph is one step unless it is very long (a page whose
 * text is one block): then it pauses every so many characters of sentences, so no single task grows with it.
 * Sentences of quote-like lines cost about 7 ms per 1,000 characters warm in Node and several times that in
 * the first, cold steps in Chromium (bench:page, 2 MB `<pre>`): 4,000 made steps of 30-110 ms there.
 */
export const CHARS_PER_STEP = 1_000;
/** Quotations read by the quote rules between two pauses, in a sentence that holds very many. */
const QUOTES_PER_STEP = 150;

/** Where a rule's answer stops the search: an attribution or a firm "no claim"; null tries the next rule. */
function firstAnswer(rules: readonly { apply(site: RuleSite): RuleOutcome }[], site: RuleSite): RuleOutcome {
  for (const rule of rules) {
    const outcome = rule.apply(site);
    if (outcome !== null) return outcome;
  }
  return null;
}

export type ParagraphOutcome = ParagraphResult & { group: QuoteGroup | null; lastSpeaker: Entity | null };

export function* paragraphClaimsSteps(
  text: string, base: number, registry: SpeakerRegistry, group: QuoteGroup | null, previous: ParagraphResult | null,
  lastSpeaker: Entity | null,
): Steps<ParagraphOutcome> {
  const quotes = scanQuotes(text);
  const masked = withoutDateline(maskQuotes(text, quotes, false));
  const forSplit = withoutDateline(maskQuotes(text, quotes, true));
  const sentences = splitSentences(forSplit);
  const claims: DraftClaim[] = [];
  const claimedQuotes = new Set<QuoteSpan>();
  const startsWithQuote = quotes.length > 0 && quotes[0].open === text.search(/\S/);
  const inGroup = group !== null && startsWithQuote;
  const currentGroup = inGroup ? group : null;
  let colonSpeaker: Entity | null = null;
  const orphans: Omit<DraftClaim, 'entity'>[] = [];
  const view = new ParagraphSoFar(
    claims, claimedQuotes, orphans, currentGroup, base, text, startsWithQuote, quotes[0], quotes.length,
    currentGroup ? currentGroup.speaker : undefined, previous?.endsWithColon && lastSpeaker ? lastSpeaker : null,
    previous?.claims[previous.claims.length - 1],
  );

  const add = (c: DraftClaim, q?: QuoteSpan) => {
    claims.push(c);
    view.speaker = c.entity;
    if (q) claimedQuotes.add(q);
  };

  // A paragraph read whole (a transcript turn): one claim, and its sentences are not read again for cues.
  const whole = PARAGRAPH_RULES.length && group === null ? firstAnswer(PARAGRAPH_RULES, {
    ctx: { text, masked, quotes, span: { start: 0, end: text.length }, base, sentenceQuotes: quotes }, registry, cue: null, quote: null, paragraph: view,
  }) : null;
  if (whole && whole !== NO_CLAIM) {
    const [s, e] = trimSpan(text, whole.claimStart, whole.claimEnd, /[\s]/);
    const claim: DraftClaim = { entity: whole.entity, start: s, end: e, kind: 'direct', cue: whole.cue, confidence: whole.confidence };
    return { claims: [claim], endsWithColon: false, orphans: [], group: null, lastSpeaker: whole.entity };
  }

  let sinceStep = 0;
  for (const span of sentences) {
    const sentenceQuotes = overlapping(quotes, span.start, span.end);
    const ctx: SentenceCtx = { text, masked, quotes, span, base, sentenceQuotes };
    yield* notePeople(ctx, registry);
    const cues = outsideRelativeClauses(ctx, findCues(ctx));
    let prevSubject: Entity | null = null;
    let consumedUntil = span.start;
    const cueStarts = cues.map((c) => c.pos);

    for (let ci = 0; ci < cues.length; ci++) {
      const found = cues[ci];
      const cueSite: CueSite = { found, prevSubject, consumedUntil, laterCues: cueStarts.slice(ci + 1) };
      const outcome = firstAnswer(CUE_RULES, { ctx, registry, cue: cueSite, quote: null, paragraph: view });
      if (!outcome || outcome === NO_CLAIM) continue;
      const attr: Attribution = outcome;
      if (attr.colonOnly) {
        colonSpeaker = attr.entity;
        continue;
      }
      attr.entity = notNamedInOwnClaim(ctx, registry, attr, found.pos);
      prevSubject = attr.entity;
      consumedUntil = Math.max(consumedUntil, attr.attrEnd);
      const cueWord = text.slice(found.pos, found.end);
      const direct = asDirect(ctx, attr.claimStart, attr.claimEnd);
      if (direct) {
        let [s, e] = trimSpan(text, direct.contentStart, direct.contentEnd, /[\s,]/);
        let shown: string | undefined;
        // '"The water," one owner said, "is all we have."': one sentence around its attribution is one claim.
        const before = quotesIn(ctx, span.start, found.pos).filter((q) => q !== direct && !claimedQuotes.has(q)).pop();
        if (before && direct.open > found.pos && /,\s*$/.test(text.slice(before.contentStart, before.contentEnd)) && /^\s*[\p{Ll}]/u.test(text.slice(direct.contentStart, direct.contentEnd))) {
          const [bs, be] = trimSpan(text, before.contentStart, before.contentEnd, /[\s,]/);
          shown = `${text.slice(bs, be)} … ${text.slice(s, e)}`;
          s = bs;
          claimedQuotes.add(before);
        }
        add({ entity: attr.entity, start: s, end: e, kind: 'direct', cue: cueWord, confidence: attr.confidence, text: shown }, direct);
      } else if (!found.entry?.frame.quoteOnly || found.according || (attr.claimStart < found.pos && attr.claimEnd > found.end)) {
        // A cue set inside the words between commas ("Her grandmother, she recalls, collected ...") reports
        // them whatever the verb: the parenthetical frame itself marks speech.
        const [s, e] = trimSpan(text, attr.claimStart, attr.claimEnd, /[\s,;:.—–-]/);
        // A reported statement has at least a subject and a verb.
        if (text.slice(s, e).split(/\s+/).filter(Boolean).length < 2) continue;
        const inner = quotesIn(ctx, s, e + 1);
        inner.forEach((q) => claimedQuotes.add(q));
        add({ entity: attr.entity, start: s, end: e, kind: inner.length ? 'mixed' : 'indirect', cue: cueWord, confidence: attr.confidence * (inner.length ? 1 : CONFIDENCE.indirectFactor) });
      }
    }

    // Quotations no cue claimed: each quote rule over all of them, in the rules' order.
    let quotesRead = 0;
    for (const rule of QUOTE_RULES) {
      for (const q of sentenceQuotes) {
        tally('paragraph:quote-rules');
        if (++quotesRead % QUOTES_PER_STEP === 0) yield;
        if (claimedQuotes.has(q) || q.open < span.start || q.close > span.end) continue;
        const outcome = rule.apply({ ctx, registry, cue: null, quote: q, paragraph: view });
        if (!outcome || outcome === NO_CLAIM) continue;
        const [s, e] = trimSpan(text, outcome.claimStart, outcome.claimEnd, /[\s,]/);
        add({ entity: outcome.entity, start: s, end: e, kind: 'direct', cue: outcome.cue, confidence: outcome.confidence }, q);
      }
    }

    sinceStep += span.end - span.start;
    if (sinceStep >= CHARS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }

  // A quote group ends at the paragraph whose quote closes; whoever spoke in it spoke the whole group.
  if (currentGroup) {
    const first = claims.find((c) => c.kind === 'direct' && c.start <= (quotes[0]?.contentEnd ?? 0) + 1);
    if (first && !currentGroup.speaker) {
      currentGroup.speaker = first.entity;
    }
  }
  const lastQuote = quotes[quotes.length - 1];
  const openQuote = lastQuote?.openEnded === true;
  let resolved: DraftClaim[] = [];
  if (currentGroup && currentGroup.speaker) {
    resolved = currentGroup.pending.map((p) => ({ ...p, entity: currentGroup.speaker! }));
    currentGroup.pending = [];
  }
  let nextGroup: QuoteGroup | null = null;
  if (openQuote) {
    if (currentGroup && lastQuote === quotes[0]) nextGroup = currentGroup;
    else {
      const opener = claims.find((c) => c.start >= lastQuote.contentStart && c.start <= lastQuote.contentEnd);
      nextGroup = { pending: [], speaker: opener?.entity ?? null };
      // The open-ended quote of this paragraph itself may still be waiting for its speaker.
      if (!opener && !claimedQuotes.has(lastQuote)) {
        const [s, e] = trimSpan(text, lastQuote.contentStart, lastQuote.contentEnd, /[\s,]/);
        nextGroup.pending.push({ start: s, end: e, kind: 'direct', cue: 'said', confidence: CONFIDENCE.continuationAcrossParagraphs, origin: { base, text } });
      }
    }
  }
  const endsWithColon = /:\s*$/.test(text) && (colonSpeaker !== null || claims.length === 0);
  return {
    claims: [...claims, ...resolved],
    endsWithColon,
    orphans,
    group: nextGroup,
    lastSpeaker: (endsWithColon ? colonSpeaker : null) ?? view.speaker ?? lastSpeaker,
  };
}

/** The quotations that overlap [start, end), found by binary search in the paragraph's ordered quotations. */
function overlapping(quotes: QuoteSpan[], start: number, end: number): QuoteSpan[] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].close <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: QuoteSpan[] = [];
  for (let i = lo; i < quotes.length && quotes[i].open < end; i++) {
    tally('paragraph:sentence-quotes');
    out.push(quotes[i]);
  }
  return out;
}
