import { parseHTML } from 'linkedom';
import { extractArticle, renderBlockText } from '../../core/extract/index';
import { READABILITY_TEST_URL, hasNewsBenchmark, hasReadabilityPages, loadNewsBenchmark, loadReadabilityPages } from './datasets';
import { hasFundus, loadFundusPages } from './fundus-set';
import { pageCounts, pageF1 } from './shingle-f1';

/**
 * Per-page body F1 of the extractor on the three sets, computed the way
 * bench:extract scores them (on the news sets a page judged "not an article"
 * is an empty body). The per-page baseline (tests/fixtures/extract/
 * body-baseline.json) is written from here and checked against it, so a
 * change is judged page by page on every set at once. The Fundus pages held
 * back as the blind batch are never part of it.
 */
export const BODY_SETS = ['news-benchmark-dev', 'fundus-news-dev', 'readability-test-pages'] as const;
export type BodySet = (typeof BODY_SETS)[number];
export type BodyScores = Partial<Record<BodySet, Record<string, number>>>;

interface ScoredPage {
  id: string;
  url: string;
  html: string;
  truth: () => string;
}

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function pagesOf(set: BodySet): ScoredPage[] | null {
  if (set === 'news-benchmark-dev') {
    return hasNewsBenchmark() ? loadNewsBenchmark().map((p) => ({ id: p.id, url: p.url, html: p.html, truth: () => p.truth })) : null;
  }
  if (set === 'fundus-news-dev') {
    return hasFundus() ? loadFundusPages('dev').map((p) => ({ id: p.id, url: p.url, html: p.html, truth: () => p.truth })) : null;
  }
  if (!hasReadabilityPages()) return null;
  return loadReadabilityPages().map((p) => ({
    id: p.id,
    url: READABILITY_TEST_URL,
    html: p.source,
    truth: () => renderBlockText([doc(p.expected).documentElement]).text,
  }));
}

/** Scores of one set, rounded to 4 places; null when the set is not in ../shared. */
export function scoreBodySet(set: BodySet): Record<string, number> | null {
  const pages = pagesOf(set);
  if (!pages) return null;
  const storiesOnly = set !== 'readability-test-pages';
  const out: Record<string, number> = {};
  for (const p of pages) {
    const article = extractArticle(doc(p.html), { url: p.url });
    const text = storiesOnly && !article?.isArticle ? '' : (article?.text ?? '');
    out[p.id] = Number(pageF1(pageCounts(p.truth(), text)).toFixed(4));
  }
  return out;
}

export interface PageChange {
  set: BodySet;
  id: string;
  before: number;
  after: number;
}

/** Pages whose F1 moved by more than `epsilon`, gains and losses apart. */
export function compareScores(before: BodyScores, after: BodyScores, epsilon = 0.0005): { gains: PageChange[]; losses: PageChange[] } {
  const gains: PageChange[] = [];
  const losses: PageChange[] = [];
  for (const set of BODY_SETS) {
    const b = before[set];
    const a = after[set];
    if (!b || !a) continue;
    for (const id of Object.keys(a)) {
      if (!(id in b)) continue;
      const d = a[id] - b[id];
      if (d > epsilon) gains.push({ set, id, before: b[id], after: a[id] });
      else if (d < -epsilon) losses.push({ set, id, before: b[id], after: a[id] });
    }
  }
  return { gains, losses };
}
