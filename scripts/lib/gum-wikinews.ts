/**
 * Attribution scored on text nobody here tuned on: the 24 Wikinews news articles of the GUM corpus, with
 * quote-attribution records derived from GUM's gold layers (../shared/fixtures/gum-wikinews-quotes, read in
 * place). Credit: texts from Wikinews (CC BY 2.5); annotations by the GUM annotators (CC BY 4.0), Zeldes
 * (2017) "The GUM Corpus", Language Resources and Evaluation 51(3), and Zeldes et al. (2025) "eRST",
 * Computational Linguistics 51(1).
 *
 * Its conventions are not ours, so the score is by overlap and deliberately forgiving where they differ:
 * - Truth is the records whose source is a person or an organisation (RST attribution also covers "the
 *   findings show" and "a study suggests", which we do not report as claims) and whose cue is not inside
 *   someone else's quote ("I think" inside a direct quote). A prediction that overlaps a record left out
 *   that way, or a quotation GUM has no record for (titles, scare quotes, quotes joined by a colon), is
 *   neither right nor wrong: it is not counted.
 * - A claim matches a record when their word overlap is at least half of the longer (our fixtures' rule),
 *   after the record's leading "that", which RST keeps and we drop.
 * - The speaker is right when our name is one GUM gives for that entity (its name, any proper name in its
 *   coreference chain, its Wikipedia identity, the mention itself), or shares its surname, or, for a
 *   source GUM names by a common noun ("officials"), when the head nouns agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttributionInput, AttributionResult } from '../../core/attribution/types';
import { overlap, words } from '../../tests/support/claim-scoring';
import { sharedDir } from './datasets';

export const gumDir = join(sharedDir, 'fixtures', 'gum-wikinews-quotes');

interface Span {
  start: number;
  end: number;
  text: string;
}

interface GumRecord {
  type: 'direct' | 'indirect' | 'mixed' | 'unknown';
  quote: Span;
  speaker: Span | null;
  speaker_name: string | null;
  meta: {
    relation: string;
    nested_in_quote?: boolean;
    speaker_entity_type?: string | null;
    speaker_chain_names?: string[];
    speaker_wikipedia?: string | null;
  };
}

interface GumDoc {
  id: string;
  text: string;
  quotes: GumRecord[];
  meta: { quote_marks_without_record?: Span[]; gum_partition?: string };
}

export interface GumArticle {
  id: string;
  /** GUM's own split: 'train' (20 articles) may be read to find kinds of failure; 'dev' and 'test' (4) are held out. */
  partition: string;
  input: AttributionInput;
  /** Records we score against. */
  truth: GumRecord[];
  /** Spans whose claims are not counted either way. */
  dontCare: Span[];
}

export function hasGum(): boolean {
  return existsSync(join(gumDir, 'news.jsonl'));
}

const SPEECH_SOURCES = new Set(['person', 'organization']);

export function loadGum(): GumArticle[] {
  const lines = readFileSync(join(gumDir, 'news.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((line) => {
    const doc = JSON.parse(line) as GumDoc;
    // Paragraphs are separated by a blank line; offsets stay those of the record file's text.
    const paragraphs: { text: string; start: number }[] = [];
    const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      if (m[0].trim()) paragraphs.push({ text: m[0], start: m.index });
    }
    const scored = (q: GumRecord) =>
      q.meta.relation === 'attribution-positive' && !q.meta.nested_in_quote && SPEECH_SOURCES.has(q.meta.speaker_entity_type ?? '');
    return {
      id: doc.id,
      partition: doc.meta.gum_partition ?? 'train',
      input: { paragraphs, authors: [] },
      truth: doc.quotes.filter(scored),
      dontCare: [...doc.quotes.filter((q) => !scored(q)).map((q) => q.quote), ...(doc.meta.quote_marks_without_record ?? [])],
    };
  });
}

const content = (r: GumRecord) => r.quote.text.replace(/^that\s+/i, '');

const normName = (s: string) => words(s).filter((w) => !['the', 'a', 'an', 'one', 's'].includes(w));

function speakerNames(r: GumRecord): string[] {
  return [r.speaker_name, r.meta.speaker_wikipedia, r.speaker?.text, ...(r.meta.speaker_chain_names ?? [])].filter(
    (x): x is string => !!x,
  );
}

export function gumSameSpeaker(predicted: string, r: GumRecord): boolean {
  const p = normName(predicted);
  if (!p.length) return false;
  for (const name of speakerNames(r)) {
    const t = normName(name);
    if (!t.length) continue;
    if (p.join(' ') === t.join(' ')) return true;
    // A surname, or a full name the record's name ends with ("Hamdullah Mohib" in "Ambassador Hamdullah Mohib").
    if (t.length >= p.length && p.join(' ') === t.slice(t.length - p.length).join(' ')) return true;
    if (p.length > 1 && p[p.length - 1] === t[t.length - 1] && r.meta.speaker_entity_type === 'person') return true;
  }
  // An organisation given as its full name where GUM has its short form, or the other way round.
  if (r.meta.speaker_entity_type === 'organization') {
    return speakerNames(r).some((n) => {
      const t = normName(n).join(' ');
      const q = p.join(' ');
      return t.length > 2 && (q.includes(t) || t.includes(q));
    });
  }
  return false;
}

export interface GumScore {
  truth: number;
  predicted: number;
  matched: number;
  speakerCorrect: number;
  misses: string[];
  extras: string[];
  wrongSpeaker: string[];
}

/** Claims as any engine gives them: text with offsets into the document, and a speaker name. */
export interface ScoredClaim {
  text: string;
  start: number;
  end: number;
  speaker: string;
}

const overlapsSpan = (c: ScoredClaim, s: Span) => c.start < s.end && s.start < c.end;

export function scoreGum(article: GumArticle, claims: ScoredClaim[]): GumScore {
  const used = new Set<number>();
  let matched = 0;
  let speakerCorrect = 0;
  const misses: string[] = [];
  const wrongSpeaker: string[] = [];
  for (const r of article.truth) {
    let best = -1;
    let bestScore = 0;
    claims.forEach((c, i) => {
      if (used.has(i)) return;
      const o = overlap(c.text, content(r));
      if (o >= 0.5 && o > bestScore) {
        best = i;
        bestScore = o;
      }
    });
    if (best < 0) {
      misses.push(`[${r.type}] ${r.speaker?.text ?? '?'}: ${content(r).slice(0, 90)}`);
      continue;
    }
    used.add(best);
    matched++;
    if (gumSameSpeaker(claims[best].speaker, r)) speakerCorrect++;
    else wrongSpeaker.push(`${claims[best].speaker} (GUM: ${r.speaker_name ?? r.speaker?.text}): ${content(r).slice(0, 60)}`);
  }
  const unmatched = claims.filter((c, i) => !used.has(i));
  const extras = unmatched.filter((c) => !article.dontCare.some((s) => overlapsSpan(c, s)));
  return {
    truth: article.truth.length,
    predicted: matched + extras.length,
    matched,
    speakerCorrect,
    misses,
    extras: extras.map((c) => `${c.speaker}: ${c.text.slice(0, 90)}`),
    wrongSpeaker,
  };
}

export function gumTotals(scores: GumScore[]) {
  const sum = (k: 'truth' | 'predicted' | 'matched' | 'speakerCorrect') => scores.reduce((a, s) => a + s[k], 0);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(sum('matched'), sum('predicted'));
  const recall = ratio(sum('matched'), sum('truth'));
  // End to end: a claim counts only when it is found and its speaker is right.
  const e2eP = ratio(sum('speakerCorrect'), sum('predicted'));
  const e2eR = ratio(sum('speakerCorrect'), sum('truth'));
  return {
    truth: sum('truth'),
    predicted: sum('predicted'),
    matched: sum('matched'),
    precision,
    recall,
    speakerAccuracy: ratio(sum('speakerCorrect'), sum('matched')),
    endToEndF1: e2eP + e2eR === 0 ? 0 : (2 * e2eP * e2eR) / (e2eP + e2eR),
  };
}

export const fromAttribution = (result: AttributionResult): ScoredClaim[] =>
  result.claims.map((c) => ({ text: c.text, start: c.start, end: c.end, speaker: c.speaker }));
