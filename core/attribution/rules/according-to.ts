/**
 * "According to": 'According to S, CLAUSE' and 'CLAUSE, according to S'. The source may be a person, a body,
 * a role with the name after it ("according to the agency's regional manager, Colin Marsh"), a document
 * issued by someone ("a statement from the Department for Communities") or an unnamed document ("according
 * to a survey published on Tuesday"), which stands as an inanimate source.
 *
 * Wins over: nothing; it is the only rule for an "according to" cue. Gives way: after a speech verb
 * ('"...," he said, according to the Intelligencer') it names where the words were reported, not who said
 * them, and gives no claim.
 */
import type { Entity, SpeakerRegistry } from '../registry';
import { readSpeakerPhrase } from '../speaker-phrase';
import type { Span } from '../sentences';
import { type SentenceCtx, commaChunks } from '../sentence';
import { looksLikeClause } from '../clauses';
import { cleanRole, resolvePhrase } from '../speakers';
import { CONFIDENCE } from '../confidence';
import { LEADING_ADVERBIAL } from '../word-patterns';
import { NO_CLAIM, type Rule, type RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['According to the Harbour Authority, the pier will reopen in June.'], speaker: 'Harbour Authority', claim: 'pier will reopen in June' },
    { paragraphs: ['Water use fell by a third last summer, according to Mira Castell, the utility\'s director.'], speaker: 'Mira Castell', claim: 'Water use fell by a third' },
    { paragraphs: ['According to Oskar Lindqvist the harbour wall was never inspected after the storm.'], speaker: 'Oskar Lindqvist', claim: 'the harbour wall was never inspected' },
    { paragraphs: ['According to the Northern Coastguard more than forty sailors have been rescued near the cape, Norway.'], speaker: 'Northern Coastguard', claim: 'more than forty sailors have been rescued' },
    { paragraphs: ['Patrol boats have turned back migrant boats which, according to Reuters, two aid charities have condemned.'], speaker: 'Reuters', claim: 'two aid charities have condemned' },
    { paragraphs: ['According to the Valley Gazette, Professor Ilse Marr, the chair of the review panel, said the museum had never opened on Sundays.'], speaker: 'Ilse Marr', claim: 'the museum had never opened on Sundays' },
    { paragraphs: ['Six homes burned down overnight, according to Lowland County\'s Fire Service.'], speaker: 'Lowland County\'s Fire Service', claim: 'Six homes burned down' },
    { paragraphs: ['According to estimates from the Ministry of Finance, the sales could raise about 6 billion korun.'], speaker: 'Ministry of Finance', claim: 'sales could raise' },
    { paragraphs: ['According to a poll published last week by the Opinia institute, 58 percent of voters oppose the sale.'], speaker: 'Opinia institute', claim: '58 percent of voters' },
    { paragraphs: ['The hosts have not lost at home since February, according to the league\'s statistics provider, Statsbridge.'], speaker: 'Statsbridge', claim: 'not lost at home' },
  ],
  mustNot: [
    { paragraphs: ['"We will appeal," he said, according to the Intelligencer.'], claim: 'Intelligencer' },
    { paragraphs: ['Patrol boats have turned back migrant boats which, according to Reuters, two aid charities have condemned.'], claim: 'turned back migrant boats' },
    { paragraphs: ['According to the Valley Gazette, Professor Ilse Marr, the chair of the review panel, said the museum had never opened on Sundays.'], claim: 'said the museum' },
    { paragraphs: ['According to the timetable the last train leaves the city at midnight.'], claim: 'last train leaves' },
    { paragraphs: ['According to Ines Varga of the port authority, the cranes will be replaced.'], claim: 'of the port authority' },
  ],
};

/** Heads of an unnamed description that a person's name can follow ("the club's spokesman, Ian Rae"). */
const ROLE_HEAD = /^(?:spokes(?:man|woman|person)|director|manager|chair|chairman|chairwoman|head|leader|secretary|officer|analyst|economist|expert|adviser|advisor)$/;

/**
 * "a statement from the Department for Communities", "the agency's regional manager, Colin Marsh", "the
 * league's statistics provider, Statsbridge" (a description, then the body's own name in the next chunk).
 */
function sourceEntity(ctx: SentenceCtx, registry: SpeakerRegistry, start: number, end: number, next?: Span): Entity | null {
  let s = start;
  // "estimates from the Ministry of Finance", "a poll published last week by the Opinia institute": the
  // document's issuer, with or without an article, past a participle and when it came out.
  const via = /^\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:statement|report|letter|memo|post|survey|poll|study|filing|release|figures|data|documents?|estimates?|projections?|forecasts?|analysis|review|audit|article|interview|story)\s+(?:(?:published|released|issued|commissioned|conducted|carried\s+out|compiled|produced)\s+(?:[\w-]+\s+){0,3}?(?:by|from)|from|by|in|on|with|issued by|released by|published by|published in)\s+/i.exec(ctx.masked.slice(s, end));
  if (via) s += via[0].length;
  const phrase = readSpeakerPhrase(ctx.masked, s, end);
  if (!phrase) {
    // "according to a survey published on Tuesday": an unnamed document is the source.
    const doc = /^\s*(?:an?|the|one|this|that|its|their)\s+(?:(?:new|recent|latest|annual|official|internal|independent|[\w-]+-year|government|police|court|\w+al)\s+)?(report|study|paper|survey|poll|analysis|review|audit|estimate|estimates|assessment|document|documents|memo|filing|disclosure|ruling|judgment|judgement|indictment|complaint|lawsuit|transcript|records)\b/i.exec(ctx.masked.slice(start, end));
    if (!doc) return null;
    return registry.sourceDocument(doc[1].toLowerCase(), ctx.base + start);
  }
  if ((phrase.type === 'role' || phrase.type === 'orgNoun' || phrase.type === 'unnamed') && next) {
    const named = readSpeakerPhrase(ctx.masked, next.start, next.end);
    if (named?.type === 'name' && (named.end >= next.end - 1 || (named.phrase.kind === 'person' && (phrase.type !== 'unnamed' || ROLE_HEAD.test(phrase.head))))) {
      const entity = registry.resolve(named, ctx.base + named.start);
      if (entity && entity.kind === 'person') registry.describe(entity, cleanRole(ctx.masked.slice(start, end)));
      return entity;
    }
  }
  const entity = resolvePhrase(ctx, registry, phrase);
  if (entity && entity.kind === 'person' && next && !entity.role) {
    const role = cleanRole(ctx.masked.slice(next.start, next.end));
    if (role && !looksLikeClause(ctx, next.start, next.end)) registry.describe(entity, role);
  }
  return entity;
}

export const accordingTo: Rule = {
  name: 'according-to',
  anchor: 'cue',
  apply({ ctx, registry, cue }) {
    if (!cue || !cue.found.according) return null;
    const { pos, end } = cue.found;
    const m = ctx.masked;
    const before = m.slice(ctx.span.start, pos);
    if (/^\s*$/.test(before) || LEADING_ADVERBIAL.test(before) && !/,\s*$/.test(before)) {
      // "According to S, CLAUSE": appositive chunks after S run until the chunk that is a clause.
      const chunks = commaChunks(ctx, end, ctx.span.end);
      // "According to the coastguard more than forty sailors were rescued": no comma after the source; the
      // clause starts where the source's phrase ends, when what follows is a clause of its own.
      const bare = chunks.length > 0 ? readSpeakerPhrase(m, chunks[0].start, chunks[0].end) : null;
      if (bare && bare.type !== 'pronoun' && m.slice(bare.end, chunks[0].end).trim().split(/\s+/).length >= 3 &&
          !/^\s*(?:of|from|at|for|in|on|with|and|who|which|whose)\b/i.test(m.slice(bare.end, chunks[0].end)) &&
          looksLikeClause(ctx, bare.end, chunks[0].end)) {
        const source = sourceEntity(ctx, registry, chunks[0].start, bare.end);
        if (!source) return NO_CLAIM;
        const claimStart = bare.end + (/^\s*/.exec(m.slice(bare.end))?.[0].length ?? 0);
        return { entity: source, claimStart, claimEnd: ctx.span.end, cue: 'according to', confidence: CONFIDENCE.according, attrEnd: claimStart };
      }
      if (chunks.length < 2) return NO_CLAIM;
      const source = sourceEntity(ctx, registry, chunks[0].start, chunks[0].end, chunks[1]);
      if (!source) return NO_CLAIM;
      let k = 1;
      while (k < chunks.length - 1 && (!looksLikeClause(ctx, chunks[k].start, chunks[k].end) || /^\s*[\p{Ll}]+(?:ed|ing)\b/u.test(ctx.masked.slice(chunks[k].start, chunks[k].end)))) k++;
      // "According to the Gazette, Professor Ilse Marr, the panel's chair, said ...": the source only says
      // where the words were reported; the speaker is the subject of the cue that follows (verb-before).
      if (k > 1 && /^\s*(?:also\s+)?(?:said|says|told|added|stated|wrote|explained|warned|argued|claimed|insisted|noted)\b/i.test(m.slice(chunks[k].start, chunks[k].end))) return NO_CLAIM;
      return { entity: source, claimStart: chunks[k].start, claimEnd: ctx.span.end, cue: 'according to', confidence: CONFIDENCE.according, attrEnd: chunks[k].start };
    }
    // '"...," he said, according to the Intelligencer': the speaker is named already; this is the report's source.
    if (/\b(?:said|says|told|wrote|writes|added|stated|explained|insisted|argued)\s*,\s*$/i.test(before)) return NO_CLAIM;
    // "boats which, according to Reuters, both charities have condemned": set inside a clause, after its
    // opening word, the source reports what follows its closing comma.
    if (/\b(?:which|that|who|whom|and|but|because|while|whereas|although)\s*,\s*$/i.test(before)) {
      const chunks = commaChunks(ctx, end, ctx.span.end);
      if (chunks.length < 2 || !looksLikeClause(ctx, chunks[1].start, ctx.span.end)) return NO_CLAIM;
      const source = sourceEntity(ctx, registry, chunks[0].start, chunks[0].end);
      if (!source) return NO_CLAIM;
      return { entity: source, claimStart: chunks[1].start, claimEnd: ctx.span.end, cue: 'according to', confidence: CONFIDENCE.according, attrEnd: chunks[1].start };
    }
    if (/,\s*$/.test(before)) {
      // "CLAUSE, according to S."
      const chunks = commaChunks(ctx, end, ctx.span.end);
      if (chunks.length === 0) return NO_CLAIM;
      const source = sourceEntity(ctx, registry, chunks[0].start, chunks[0].end, chunks[1]);
      if (!source) return NO_CLAIM;
      return { entity: source, claimStart: ctx.span.start, claimEnd: pos, cue: 'according to', confidence: CONFIDENCE.according, attrEnd: ctx.span.end };
    }
    return NO_CLAIM;
  },
};
