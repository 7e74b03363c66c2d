/**
 * The article-extraction benchmark's metric: tokens are runs of \w (letters,
 * digits and underscore in any script), pages are compared as multisets of
 * 4-token shingles, each page's tp/fp/fn are normalised to sum 1, precision is
 * the mean over pages that predicted anything, recall the mean over pages with
 * any truth, and F1 is taken of those two means.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const N = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const last = Math.max(1, tokens.length - N + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + N).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function pageCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const c = t.get(key) ?? 0;
    tp += Math.min(count, c);
    fp += Math.max(0, count - c);
  }
  for (const [key, count] of t) fn += Math.max(0, count - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export function pageF1(c: PageCounts): number {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export function aggregate(pages: readonly PageCounts[]): Score {
  const withPrediction = pages.filter((c) => c.tp + c.fp > 0);
  const withTruth = pages.filter((c) => c.tp + c.fn > 0);
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(withPrediction.map((c) => c.tp / (c.tp + c.fp)));
  const recall = mean(withTruth.map((c) => c.tp / (c.tp + c.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
