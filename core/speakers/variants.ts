/**
 * Quote variants: where saved articles quote the same speaker saying nearly the same thing, the
 * versions side by side with the words that differ. A misquote between outlets ("is dead" / "is not
 * dead") shows at a glance.
 *
 * "Nearly the same" is measured on words (case, accents and punctuation aside) with jsdiff's word diff
 * (its longest common subsequence): two quotes are versions of one when the words they share in order
 * are at least VARIANT_MIN_SHARE of both together (2·common / (a + b), the Dice coefficient over the
 * common subsequence), or when one is a cut of the other: at least VARIANT_MIN_CONTAINED of the shorter
 * one's words, in order, in the longer, the shorter being VARIANT_MIN_WORDS words or more. The
 * thresholds were measured on the must-match and must-not-match pairs in
 * tests/unit/snapshot/variants.test.ts (which print every pair's scores): misquotes and edits there
 * share 0.75 or more (a quote cut short 0.70, and 1.00 contained), one speaker's different statements
 * 0.63 at most ("This is a good day for the city" / "This is a sad day for the workers of this port")
 * and 0.75 contained at most; 0.7 and 0.85 sit between. Short quotes are the hard case: "Safety is our
 * first priority" / "Profit is not our priority" share 0.60.
 */
import { diffWords } from 'diff';
import type { SpeakerAcross, SpeakerClaim } from './across';

export const VARIANT_MIN_SHARE = 0.7;
export const VARIANT_MIN_CONTAINED = 0.85;
export const VARIANT_MIN_WORDS = 6;

/** The words of a quote, without case, accents, punctuation or quote marks. */
export function quoteWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/(^|\s)'|'(\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export interface QuoteSimilarity {
  /** Words the two share in order. */
  common: number;
  /** 2·common / (words of a + words of b). */
  share: number;
  /** common / words of the shorter. */
  contained: number;
  shorter: number;
}

export function quoteSimilarity(a: string, b: string): QuoteSimilarity {
  const wa = quoteWords(a);
  const wb = quoteWords(b);
  const shorter = Math.min(wa.length, wb.length);
  if (shorter === 0) return { common: 0, share: 0, contained: 0, shorter };
  // One word per line-free token: jsdiff then diffs these word lists, not characters.
  let common = 0;
  for (const part of diffWords(wa.join(' '), wb.join(' '))) {
    if (!part.added && !part.removed) common += part.value.split(' ').filter(Boolean).length;
  }
  return { common, share: (2 * common) / (wa.length + wb.length), contained: common / shorter, shorter };
}

/** Whether two quotes are versions of one (see the module comment); the same words are, trivially. */
export function nearlySame(a: string, b: string): boolean {
  const s = quoteSimilarity(a, b);
  return s.share >= VARIANT_MIN_SHARE || (s.shorter >= VARIANT_MIN_WORDS && s.contained >= VARIANT_MIN_CONTAINED);
}

/** One stretch of a version compared with the first: the same words, or words changed, dropped or added. */
export type WordChange =
  | { kind: 'same'; text: string }
  | { kind: 'changed'; from: string; to: string }
  | { kind: 'dropped'; text: string }
  | { kind: 'added'; text: string };

/** `version` word by word against `base`: a removal next to an addition is one change of words. */
export function wordChanges(base: string, version: string): WordChange[] {
  const parts = diffWords(base, version, { ignoreCase: true });
  const out: WordChange[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const next = parts[i + 1];
    if (p.removed && next?.added) {
      out.push({ kind: 'changed', from: p.value.trim(), to: next.value.trim() });
      i++;
    } else if (p.added && next?.removed) {
      out.push({ kind: 'changed', from: next.value.trim(), to: p.value.trim() });
      i++;
    } else if (p.removed) out.push({ kind: 'dropped', text: p.value.trim() });
    else if (p.added) out.push({ kind: 'added', text: p.value.trim() });
    else out.push({ kind: 'same', text: p.value });
  }
  // Punctuation-only and spacing differences are not word changes.
  return out.map((c) => (c.kind !== 'same' && quoteWords(c.kind === 'changed' ? c.from + ' ' + c.to : c.text).length === 0 ? { kind: 'same', text: c.kind === 'changed' ? c.to : c.text } : c));
}

export interface VariantGroup {
  speaker: string;
  /** The first saved version, the one the others are compared with. */
  base: SpeakerClaim;
  versions: { claim: SpeakerClaim; changes: WordChange[] }[];
}

/**
 * The speaker's claims that are versions of one another in two or more articles, grouped (a version
 * nearly the same as any in the group joins it), oldest saved first. Word-for-word repeats are not
 * variants: a group needs two different wordings.
 */
export function variantsOf(speaker: SpeakerAcross): VariantGroup[] {
  const claims = [...speaker.claims].sort((a, b) => a.savedAt - b.savedAt || a.articleKey.localeCompare(b.articleKey));
  const keys = claims.map((c) => quoteWords(c.text).join(' '));
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (claims[i].articleKey === claims[j].articleKey || find(i) === find(j)) continue;
      if (keys[i] === keys[j] || nearlySame(claims[i].text, claims[j].text)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  claims.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const out: VariantGroup[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((i) => claims[i].articleKey)).size < 2) continue;
    if (new Set(members.map((i) => keys[i])).size < 2) continue;
    const [first, ...rest] = members;
    const base = claims[first];
    out.push({ speaker: speaker.name, base, versions: rest.map((i) => ({ claim: claims[i], changes: wordChanges(base.text, claims[i].text) })) });
  }
  return out;
}

export function allVariants(speakers: readonly SpeakerAcross[]): VariantGroup[] {
  return speakers.flatMap(variantsOf);
}
