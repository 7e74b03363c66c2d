/**
 * One sentence as the rules see it: the paragraph's text, the same text with quoted words masked (so nothing
 * inside a quote is read as a cue or a name), its quotations and the sentence's span; and the small readings
 * of spans every rule shares (trimming, the quotations inside a span, comma chunks).
 */
import { MASK, type QuoteSpan } from './quotes';
import type { Span } from './sentences';
import type { Entity } from './registry';
import { tally } from './work';

export interface SentenceCtx {
  text: string;
  masked: string;
  quotes: QuoteSpan[];
  span: Span;
  base: number;
  /** The paragraph's quotations that lie inside this sentence, in order (found once per sentence). */
  sentenceQuotes?: QuoteSpan[];
}

/** What a rule found: who spoke, which words (offsets in the paragraph), and through which cue. */
export interface Attribution {
  entity: Entity;
  claimStart: number;
  claimEnd: number;
  cue: string;
  confidence: number;
  /** Where the attribution itself sits, so later cues in the sentence know what came before. */
  attrEnd: number;
  /** "He said:" closing the paragraph: the quote is in the next one. */
  colonOnly?: boolean;
}

export function trimSpan(text: string, start: number, end: number, extra = /[\s,;:.—–-]/): [number, number] {
  while (start < end && /[\s,;:—–]/.test(text[start])) start++;
  while (end > start && extra.test(text[end - 1])) end--;
  return [start, end];
}

/**
 * The quotations lying wholly inside [start, end). Quotations are in text order and do not overlap, so a
 * binary search finds the first: the cost is the answer's size, not the paragraph's number of quotes.
 */
export function quotesIn(ctx: SentenceCtx, start: number, end: number): QuoteSpan[] {
  const qs = ctx.quotes;
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid].open < start) lo = mid + 1;
    else hi = mid;
  }
  const out: QuoteSpan[] = [];
  for (let i = lo; i < qs.length && qs[i].open < end; i++) {
    tally('sentence:quotes-in');
    if (qs[i].close <= end) out.push(qs[i]);
  }
  return out;
}

/** The first quotation opening in [from, to), or null. */
export function firstQuoteAfter(ctx: SentenceCtx, from: number, to: number): number | null {
  const qs = ctx.quotes;
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid].open < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < qs.length && qs[lo].open < to ? qs[lo].open : null;
}

/** When a span is a single quotation and punctuation, the claim is the quoted words: a direct quote. */
export function asDirect(ctx: SentenceCtx, start: number, end: number): QuoteSpan | null {
  const [s, e] = trimSpan(ctx.masked, start, end, /[\s,;:.!?—–-]/);
  const inside = quotesIn(ctx, s, Math.max(e, s));
  if (inside.length !== 1) return null;
  const q = inside[0];
  const before = ctx.masked.slice(s, q.open).trim();
  const after = ctx.masked.slice(q.close, e).replace(/[\s,.;:!?]/g, '');
  return before === '' && after === '' ? q : null;
}

/** The words before the speaker end with a quote or a comma: reported words come first. */
export function reportedWordsBefore(left: string): boolean {
  const t = left.replace(/\s+$/, '');
  // A single mark counts as a closing quote only after the quote's masked words or its punctuation: the
  // apostrophe of "The Farmers' Union" or "the country's unions" is no quote.
  return /(?:[,”"»]|\u25AE['’]?|[,.!?]['’])\s*(?:[\p{L}'’.-]+\s*){1,9}$/u.test(t);
}

/** Where reported words before an attribution start: the sentence start, past a previous attribution. */
export function claimStartOf(ctx: SentenceCtx, consumedUntil: number): number {
  let s = consumedUntil;
  while (s < ctx.span.end && /[\s.,;:]/.test(ctx.masked[s])) s++;
  return s;
}

/** Splits `start..end` at top-level commas (quotes are masked, so their commas are not seen). */
export function commaChunks(ctx: SentenceCtx, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = ctx.masked[i];
    const numeric = ch === ',' && /\d/.test(ctx.masked[i - 1] ?? '') && /\d/.test(ctx.masked[i + 1] ?? '');
    if (!numeric && (ch === ',' || ch === ';' || (ch === '—' && /\s/.test(ctx.masked[i + 1] ?? '')))) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  out.push({ start: s, end });
  return out.filter((c) => ctx.masked.slice(c.start, c.end).trim() !== '');
}

export { MASK };
