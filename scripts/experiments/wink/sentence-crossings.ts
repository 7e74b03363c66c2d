/**
 * (a) Sentence boundaries around claims: how often a true claim has a sentence boundary strictly inside it,
 * for each splitter. A claim the attribution rules see cut in two loses either its words or its cue.
 *
 * Four splitters over the same paragraphs:
 * - engine: what attribution reads (core/attribution/sentences.ts on the paragraph with quotations masked,
 *   so a quote of several sentences stays one sentence with its attribution);
 * - engine, unmasked: the same splitter on the raw paragraph;
 * - wink: wink's sentence boundaries on the raw paragraph;
 * - wink, masked: wink on the engine's masked paragraph (the fair swap: wink replacing only the splitter).
 * Direct quotes of several sentences cross a boundary by design in the unmasked splitters, so the counts are
 * given per claim kind.
 */
import { maskQuotes, scanQuotes } from '../../../core/attribution/quotes';
import { splitSentences } from '../../../core/attribution/sentences';
import { type WinkNlp, winkBoundaries, winkTokens } from './wink-reader';

/**
 * The engine blanks a wire dateline before it splits (core/attribution/paragraph.ts keeps this private;
 * repeated here, same pattern, so the measurement splits exactly what the engine splits).
 */
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .'’-]{2,40}(?:,\s*[^—–,()]{1,30})?(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s+/u;
function withoutDateline(masked: string): string {
  const d = DATELINE.exec(masked.slice(0, 400));
  return d ? ' '.repeat(d[0].length) + masked.slice(d[0].length) : masked;
}

export const SPLITTERS = ['engine', 'engine, unmasked', 'wink', 'wink, masked'] as const;
export type Splitter = (typeof SPLITTERS)[number];

/** A true claim placed in its paragraph. */
export interface PlacedClaim {
  paragraph: string;
  start: number;
  end: number;
  kind: string;
}

const starts = (spans: { start: number }[]) => spans.slice(1).map((s) => s.start);

export function boundaryFinder(nlp: WinkNlp): (text: string, splitter: Splitter) => number[] {
  const cache = new Map<string, number[]>();
  return (text, splitter) => {
    const key = `${splitter}\u0000${text}`;
    let b = cache.get(key);
    if (!b) {
      const masked = withoutDateline(maskQuotes(text, scanQuotes(text), true));
      if (splitter === 'engine') b = starts(splitSentences(masked));
      else if (splitter === 'engine, unmasked') b = starts(splitSentences(text));
      else if (splitter === 'wink') b = winkBoundaries(winkTokens(nlp, text));
      else b = winkBoundaries(winkTokens(nlp, masked));
      cache.set(key, b);
    }
    return b;
  };
}

export interface CrossingCounts {
  /** Per kind: claims placed, and claims crossed per splitter. */
  byKind: Map<string, { claims: number; crossed: Record<Splitter, number> }>;
}

export function countCrossings(claims: PlacedClaim[], boundaries: ReturnType<typeof boundaryFinder>): CrossingCounts {
  const byKind: CrossingCounts['byKind'] = new Map();
  for (const c of claims) {
    let row = byKind.get(c.kind);
    if (!row) {
      row = { claims: 0, crossed: Object.fromEntries(SPLITTERS.map((s) => [s, 0])) as Record<Splitter, number> };
      byKind.set(c.kind, row);
    }
    row.claims++;
    for (const s of SPLITTERS) if (boundaries(c.paragraph, s).some((b) => b > c.start && b < c.end)) row.crossed[s]++;
  }
  return { byKind };
}

/** Places a fixture truth claim ("…" joins the parts of an interrupted quote) in the page's paragraphs. */
export function placeTruthClaim(paragraphs: { text: string }[], text: string, kind: string): PlacedClaim[] | null {
  const parts = text.split(/\s*…\s*/).map((p) => p.trim()).filter(Boolean);
  const out: PlacedClaim[] = [];
  for (const part of parts) {
    const p = paragraphs.find((q) => q.text.includes(part));
    if (!p) return null;
    const start = p.text.indexOf(part);
    out.push({ paragraph: p.text, start, end: start + part.length, kind });
  }
  return out;
}
