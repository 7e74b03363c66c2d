/**
 * Coreference check after a claim is found: a "he" or "she" never points forward to a person its own claim
 * names ("He added that the club would appeal against Thorsby's ban" is not Thorsby's).
 */
import type { Entity, SpeakerRegistry } from './registry';
import type { Attribution, SentenceCtx } from './sentence';

function namedIn(text: string, e: Entity): boolean {
  for (const n of [e.name, e.surname]) {
    if (!n) continue;
    const at = text.indexOf(n);
    if (at >= 0 && !/[\p{L}]/u.test(text[at - 1] ?? '') && !/[\p{L}]/u.test(text[at + n.length] ?? '')) return true;
  }
  return false;
}

/**
 * A "he" or "she" never points forward to a person its own claim names: in "He added that the club would
 * appeal against Thorsby's ban" he is not Thorsby. When the pronoun was read as someone who appears by
 * name only inside the claim, it is read again without them.
 */
export function notNamedInOwnClaim(ctx: SentenceCtx, registry: SpeakerRegistry, attr: Attribution, cuePos: number): Entity {
  const e = attr.entity;
  if (e.kind !== 'person' || !namedIn(ctx.text.slice(attr.claimStart, attr.claimEnd), e)) return e;
  const outside = ctx.masked.slice(ctx.span.start, attr.claimStart) + ' ' + ctx.masked.slice(attr.claimEnd, ctx.span.end);
  if (namedIn(outside, e)) return e;
  // The pronoun of the attribution: the one nearest its cue, outside the claim.
  let best: { pronoun: string; pos: number } | null = null;
  for (const m of ctx.masked.slice(ctx.span.start, ctx.span.end).matchAll(/\b(he|she|He|She)\b/g)) {
    const pos = ctx.span.start + m.index!;
    if (pos >= attr.claimStart && pos < attr.claimEnd) continue;
    if (!best || Math.abs(pos - cuePos) < Math.abs(best.pos - cuePos)) best = { pronoun: m[1].toLowerCase(), pos };
  }
  if (!best) return e;
  return registry.rereadPronoun(best.pronoun, ctx.base + best.pos, e) ?? e;
}

