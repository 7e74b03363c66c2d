/**
 * Scores attribution output against hand-made truth, the way issue 4 defines it: a predicted claim matches
 * a true one when their word overlap is at least half of the longer of the two; speakers compare by
 * canonical name (unnamed sources by their head noun, "senior backbencher" ~ "backbencher").
 */
import type { AttributionResult, SpeakerKind } from '../../core/attribution/types';
import type { TruthClaim, TruthSpeaker } from './claim-fixtures';

export const words = (s: string) => s.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];

export function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  const longer = Math.max(wa.length, wb.length);
  return longer === 0 ? 0 : shared / longer;
}

const normName = (s: string) => words(s).filter((w) => !['the', 'a', 'an', 'one'].includes(w)).join(' ');
const STOP = new Set(['who', 'familiar', 'with', 'from', 'for', 'in', 'of', 'close', 'at', 'on', 'along', 'near', 'across', 'around', 'outside', 'inside', 'within', 'behind', 'representing', 'briefed']);
function headNoun(name: string): string {
  const ws = normName(name).split(' ');
  const cut = ws.findIndex((w) => STOP.has(w));
  const core = cut > 0 ? ws.slice(0, cut) : ws;
  return core[core.length - 1] ?? '';
}

export function sameSpeaker(predicted: { name: string; kind: SpeakerKind }, truth: { name: string; kind: SpeakerKind }): boolean {
  if (normName(predicted.name) === normName(truth.name)) return true;
  return truth.kind === 'unnamed' && predicted.kind === 'unnamed' && headNoun(predicted.name) === headNoun(truth.name);
}

export interface FixtureScore {
  predicted: number;
  truth: number;
  matched: number;
  speakerCorrect: number;
  kindCorrect: number;
  speakersPredicted: number;
  speakersTrue: number;
  speakersMatched: number;
  misses: string[];
  extras: string[];
  wrongSpeaker: string[];
}

export function scoreFixture(result: AttributionResult, truth: { speakers: TruthSpeaker[]; claims: TruthClaim[] }): FixtureScore {
  const kindOf = new Map(result.speakers.map((s) => [s.id, s.kind]));
  const truthKind = new Map(truth.speakers.map((s) => [s.name, s.kind]));
  const used = new Set<number>();
  let matched = 0;
  let speakerCorrect = 0;
  let kindCorrect = 0;
  const misses: string[] = [];
  const wrongSpeaker: string[] = [];
  for (const t of truth.claims) {
    let best = -1;
    let bestScore = 0;
    result.claims.forEach((p, i) => {
      if (used.has(i)) return;
      const o = overlap(p.text, t.text);
      if (o >= 0.5 && o > bestScore) {
        best = i;
        bestScore = o;
      }
    });
    if (best < 0) {
      misses.push(`[${t.kind}] ${t.speaker}: ${t.text}`);
      continue;
    }
    used.add(best);
    matched++;
    const p = result.claims[best];
    if (p.kind === t.kind) kindCorrect++;
    if (sameSpeaker({ name: p.speaker, kind: kindOf.get(p.speakerId) ?? 'person' }, { name: t.speaker, kind: truthKind.get(t.speaker) ?? 'person' })) speakerCorrect++;
    else wrongSpeaker.push(`${p.speaker} (want ${t.speaker}): ${t.text.slice(0, 60)}`);
  }
  const extras = result.claims.filter((_, i) => !used.has(i)).map((p) => `[${p.kind}] ${p.speaker}: ${p.text}`);
  const usedSpeakers = new Set<number>();
  let speakersMatched = 0;
  for (const t of truth.speakers) {
    const k = result.speakers.findIndex((p, i) => !usedSpeakers.has(i) && sameSpeaker(p, t));
    if (k >= 0) {
      usedSpeakers.add(k);
      speakersMatched++;
    }
  }
  return {
    predicted: result.claims.length, truth: truth.claims.length, matched, speakerCorrect, kindCorrect,
    speakersPredicted: result.speakers.length, speakersTrue: truth.speakers.length, speakersMatched, misses, extras, wrongSpeaker,
  };
}

export function totals(scores: FixtureScore[]) {
  const sum = (k: keyof FixtureScore) => scores.reduce((a, s) => a + (s[k] as number), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(sum('matched'), sum('predicted')),
    recall: ratio(sum('matched'), sum('truth')),
    speakerAccuracy: ratio(sum('speakerCorrect'), sum('matched')),
    kindAccuracy: ratio(sum('kindCorrect'), sum('matched')),
    speakerPrecision: ratio(sum('speakersMatched'), sum('speakersPredicted')),
    speakerRecall: ratio(sum('speakersMatched'), sum('speakersTrue')),
    predicted: sum('predicted'),
    truth: sum('truth'),
    matched: sum('matched'),
  };
}
