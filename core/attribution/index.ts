/**
 * Attribution: who said what in an article, from its paragraphs alone (no NLP library, a small lexicon).
 * See paragraph.ts for what one claim is, rules/ for the patterns, and registry.ts for how speakers are told apart.
 */
import type { AttributionInput, AttributionResult, FoundClaim, Speaker } from './types';
import { runToEnd, type Steps } from '../steps';
import { SpeakerRegistry, type Entity } from './registry';
import { type DraftClaim, type ParagraphOutcome, type ParagraphResult, type QuoteGroup, paragraphClaimsSteps } from './paragraph';
import { readSpeakerPhrase } from './speaker-phrase';
import { tally } from './work';

export type { AttributionInput, AttributionResult, FoundClaim, Speaker } from './types';

/** A byline repeated in the body ("By Clara Hughes, Arts correspondent") says who wrote, not who spoke. */
function isBylineParagraph(text: string, authors: string[]): boolean {
  const t = text.trim();
  if (/^by\s+[\p{Lu}]/iu.test(t) && t.split(/\s+/).length <= 14 && !/[.!?]["”’]?$/.test(t)) return true;
  return authors.some((a) => a && t.startsWith(a) && t.split(/\s+/).length <= a.split(/\s+/).length + 6 && !/\b(said|says|told)\b/.test(t));
}

/**
 * The longest paragraph read as one. A block longer than this (a `<pre>` transcript, a page that is one
 * paragraph) is read in pieces cut at line breaks, or else at sentence ends or spaces, so that even the
 * per-paragraph passes (quotes, masking, sentence splitting) of one step stay small. News paragraphs are a
 * few hundred characters: none is cut.
 */
export const LONGEST_PARAGRAPH = 16_000;

/** The paragraphs worth reading, long ones cut into pieces with their own offsets. */
function* readablePieces(paragraphs: AttributionInput['paragraphs']): Generator<{ text: string; start: number }> {
  for (const para of paragraphs) {
    if (!para || typeof para.text !== 'string' || !para.text.trim()) continue;
    const start = typeof para.start === 'number' ? para.start : 0;
    const text = para.text;
    if (text.length <= LONGEST_PARAGRAPH) {
      yield { text, start };
      continue;
    }
    let from = 0;
    while (from < text.length) {
      let to = Math.min(text.length, from + LONGEST_PARAGRAPH);
      if (to < text.length) {
        const window = text.slice(from + (LONGEST_PARAGRAPH >> 1), to);
        const cut = Math.max(window.lastIndexOf('\n'), -1);
        const sentence = cut < 0 ? Math.max(window.lastIndexOf('. '), window.lastIndexOf('." '), window.lastIndexOf('.” ')) : -1;
        const space = cut < 0 && sentence < 0 ? window.lastIndexOf(' ') : -1;
        const at = cut >= 0 ? cut + 1 : sentence >= 0 ? sentence + 2 : space >= 0 ? space + 1 : -1;
        if (at > 0) to = from + (LONGEST_PARAGRAPH >> 1) + at;
      }
      const piece = text.slice(from, to);
      if (piece.trim()) yield { text: piece, start: start + from };
      from = to;
    }
  }
}

export function attribute(input: AttributionInput): AttributionResult {
  return runToEnd(attributeSteps(input));
}

/**
 * The same work, pausing after each paragraph, so the content script can
 * spread a very long article over several idle callbacks. The state carried
 * from one paragraph to the next lives in this generator's frame.
 */
export function* attributeSteps(input: AttributionInput): Steps<AttributionResult> {
  if (!input || !Array.isArray(input.paragraphs)) return { speakers: [], claims: [], unreadParagraphs: 0 };
  const authors = (Array.isArray(input.authors) ? input.authors : []).filter((a): a is string => typeof a === 'string');
  const registry = new SpeakerRegistry(authors);
  const drafts: { claim: DraftClaim; base: number; text: string }[] = [];
  let group: QuoteGroup | null = null;
  let previous: ParagraphResult | null = null;
  let lastSpeaker: Entity | null = null;
  let orphans: Omit<DraftClaim, 'entity'>[] = [];
  let unreadParagraphs = 0;

  for (const para of readablePieces(input.paragraphs)) {
    if (isBylineParagraph(para.text, authors)) continue;
    const base = para.start;
    let result: ParagraphOutcome;
    try {
      // A very long paragraph pauses inside itself too (every CHARS_PER_STEP characters).
      result = yield* paragraphClaimsSteps(para.text, base, registry, group, previous, lastSpeaker);
    } catch {
      // The paragraph gives no claims, and what ran on from it (an open quote, a colon) runs no further.
      unreadParagraphs++;
      group = null;
      previous = null;
      orphans = [];
      yield;
      continue;
    }
    for (const c of result.claims) drafts.push({ claim: c, base: c.origin?.base ?? base, text: c.origin?.text ?? para.text });
    // A quote standing alone, then "Okafor, speaking on Thursday, said ...": the paragraph that opens by
    // naming a speaker who makes its first claim names the quote's speaker too. Anyone else leaves it unclaimed.
    const first = result.claims[0];
    if (orphans.length && first) {
      const opener = readSpeakerPhrase(para.text, 0, para.text.length);
      const named = opener?.type === 'name' ? registry.resolveName(opener.phrase, base + opener.start, false) : null;
      if (named && named === first.entity && first.start > opener!.end) {
        for (const o of orphans) drafts.push({ claim: { ...o, entity: named }, base: o.origin!.base, text: o.origin!.text });
      }
    }
    orphans = result.orphans;
    group = result.group;
    previous = result;
    lastSpeaker = result.lastSpeaker;
    yield;
  }

  // A surname used before the full name is given (a pull quote, a caption read first) is still that person.
  // Looked up once per speaker, not once per claim: a page of many claims by few speakers asks few times.
  const fuller = new Map<Entity, Entity | null>();
  for (const d of drafts) {
    const e = d.claim.entity;
    if (!e) continue;
    let better = fuller.get(e);
    if (better === undefined) {
      // An acronym met before the name it stands for (a live blog reads newest first): "URWU" is the United
      // Rail Workers' Union named further down. "Brennard police say" before "the Brennard Police
      // Department": a body's short mention before its full name.
      better = (e.name.includes(' ') || e.kind === 'unnamed' ? null : registry.expansionOf(e) ?? registry.fullNameOf(e)) ?? registry.namedLater(e);
      fuller.set(e, better);
    }
    if (better) d.claim.entity = better;
  }

  // One statement, one claim: a cue inside another claim's words ("the team had agreed to pay ...") is
  // part of that claim, not a second one. Of two claims with the same span the first is kept. Read in
  // order of start (the longer first), so one pass with the furthest end so far finds every claim that
  // another holds.
  const starts = drafts.map((d) => d.base + d.claim.start);
  const ends = drafts.map((d) => d.base + d.claim.end);
  const order = drafts.map((_, i) => i).sort((i, j) => starts[i] - starts[j] || ends[j] - ends[i] || i - j);
  const held = new Set<number>();
  let furthest = -Infinity;
  for (const i of order) {
    tally('index:claims-held');
    if (ends[i] <= furthest) held.add(i);
    else furthest = ends[i];
  }
  const kept = drafts.filter((_, i) => !held.has(i));

  // Two entities under one name and kind (a body met through an accusation, then again as "the group said")
  // are one speaker to a reader: listing "Rios Vivos" twice would split its claims. Unnamed sources keep
  // theirs apart, since "officials" of two bodies are two sources.
  const byName = new Map<string, Entity>();
  const shown = (e: Entity): Entity => {
    if (e.kind === 'unnamed') return e;
    const key = `${e.kind}\u0000${e.name}`;
    const first = byName.get(key);
    if (first) return first;
    byName.set(key, e);
    return e;
  };
  for (const e of registry.entities) shown(e);

  const used = new Map<Entity, number>();
  const claims: FoundClaim[] = [];
  kept
    .filter((d) => d.claim.entity && registry.speaksInText(d.claim.entity))
    .sort((a, b) => a.base + a.claim.start - (b.base + b.claim.start))
    .forEach((d, i) => {
      const e = shown(d.claim.entity);
      used.set(e, (used.get(e) ?? 0) + 1);
      claims.push({
        id: `c${i + 1}`,
        speakerId: e.id,
        speaker: e.name,
        text: d.claim.text ?? d.text.slice(d.claim.start, d.claim.end),
        kind: d.claim.kind,
        cue: d.claim.cue,
        confidence: Math.round(Math.min(1, Math.max(0, d.claim.confidence)) * 100) / 100,
        start: d.base + d.claim.start,
        end: d.base + d.claim.end,
      });
    });

  const speakers: Speaker[] = registry.entities
    .filter((e) => used.has(e))
    .map((e) => ({ id: e.id, name: e.name, kind: e.kind, role: e.role, mentions: Math.max(e.mentions, used.get(e) ?? 0) }));
  return { speakers, claims, unreadParagraphs };
}
