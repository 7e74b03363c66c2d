/**
 * Reading a speaker at a given place in a sentence and handing it to the registry: a speaker phrase, a name
 * ending right before "who", the name after an inverted cue ("..., said Tom Becker, who heads ..."), and the
 * appositive that describes it (a role for a person; for a name whose appositive is a body's, its kind).
 */
import { MASK } from './quotes';
import { readName } from './names';
import { type SpeakerPhrase, readSpeakerPhrase } from './speaker-phrase';
import { isCapitalised, tokenize } from './tokens';
import type { Entity, SpeakerRegistry } from './registry';
import type { SentenceCtx } from './sentence';
import { ORG_NOUNS, PERSON_NOUNS, PLURAL_BODIES, ROLE_NOUNS } from './lexicon';
import { CIRCUMSTANCE } from './word-patterns';

export function resolvePhrase(ctx: SentenceCtx, registry: SpeakerRegistry, phrase: SpeakerPhrase): Entity | null {
  if (phrase.type === 'name' && registry.isSilentAuthor(phrase.phrase)) return null;
  return registry.resolve(phrase, ctx.base + phrase.start);
}

/** An appositive as a role: "the council's leader" → "council's leader"; a circumstance or a clause is none. */
export function cleanRole(text: string): string | null {
  let r = text.trim().replace(/[.,;:]+$/, '').replace(/^(?:who|which)\s+/i, '').replace(/^(?:the|a|an|his|her|its|their)\s+/i, '');
  if (!r || /^\d+$/.test(r) || r.includes(MASK)) return null;
  // "Okafor, speaking at the training ground," says where and when, not what someone is.
  if (CIRCUMSTANCE.test(r)) return null;
  // "a neurologist at Brookfield Medical Center who was not involved in the study": the role ends at "who".
  r = r.replace(/\s+(?:who|which|whose|that)\s.*$/i, '');
  const words = r.split(/\s+/);
  if (words.length > 10) r = words.slice(0, 10).join(' ');
  return r;
}

/** "Harbor Mutual, one of the largest home insurers, ...": the appositive says what kind of thing a name is. */
export function classifyByAppositive(registry: SpeakerRegistry, entity: Entity, appositive: string): void {
  if (entity.kind !== 'person' || entity.role) return;
  // "Okafor, speaking at the club's training ground,": a participle describes the moment, not the speaker.
  if (CIRCUMSTANCE.test(appositive)) return;
  // "who leads the No campaign" is said of a person; "which owns the refinery" of a thing.
  if (/^\s*(?:who|whose|whom)\b/i.test(appositive)) return;
  if (/^\s*which\b/i.test(appositive)) {
    registry.reclassifyAsBody(entity);
    return;
  }
  const words = appositive.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const body = words.some((w) => ORG_NOUNS.has(w) || PLURAL_BODIES.has(w));
  const person = words.some((w) => (ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w)) && !PLURAL_BODIES.has(w) && !ORG_NOUNS.has(w));
  if (body && !person) registry.reclassifyAsBody(entity);
}

/** A name that ends exactly at `at` (a comma before "who"), read from the words just before it. */
export function nameEndingAt(ctx: SentenceCtx, at: number): SpeakerPhrase | null {
  const tokens = tokenize(ctx.masked, Math.max(ctx.span.start, at - 80), at);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i].text)) continue;
    const named = readName(ctx.masked, tokens, i);
    if (named && named.next === tokens.length) return { type: 'name', phrase: named.phrase, start: named.phrase.start, end: named.phrase.end };
    if (named) i = named.next - 1;
  }
  return null;
}

/** The speaker phrase right after an inverted cue ("..., said Tom Becker, who heads the union."). */
export function speakerAfter(ctx: SentenceCtx, registry: SpeakerRegistry, from: number, end: number): Entity | null {
  const phrase = readSpeakerPhrase(ctx.masked, from, end);
  if (!phrase || phrase.type === 'pronoun' && !/^\s*(?:he|she|they|it)\b/i.test(ctx.masked.slice(from, from + 64))) return null;
  const entity = resolvePhrase(ctx, registry, phrase);
  if (!entity) return null;
  if (entity.kind === 'person' && !entity.role) {
    const tail = ctx.masked.slice(phrase.end, end);
    const of = /^\s+of\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+|for\s+)?[\p{Lu}][\p{L}'’-]*)*)/u.exec(tail);
    const appositive = /^\s*,\s*([^,]+?)\s*(?:,|[.!?]?\s*$)/.exec(tail);
    if (of) registry.describe(entity, of[1].replace(/^the\s+/i, ''));
    else if (appositive && !/^(?:speaking|adding|writing|on\s)/i.test(appositive[1])) registry.describe(entity, cleanRole(appositive[1]));
  }
  return entity;
}
