/**
 * Runs inside Chromium (bundled by scripts/bench-content.ts, injected after
 * the analysis and Readability bundles). Each call is one task, as each of
 * the content script's idle callbacks is, and returns its own wall time taken
 * in the page, so Playwright's round trips are not in it; the bench reads the
 * main thread's CPU time around each call through the DevTools protocol.
 * The code under test comes from the other two bundles' globals rather than
 * imports, so each bundle is exactly what it claims to be.
 */
import type { DocumentAnalysis, ExtractedPage, attributePageSteps, extractPage } from '../../core/analyze';
import { IDLE_SLICE_MS, runUntil } from '../../core/steps';
import type { Readability } from '@mozilla/readability';

interface Globals {
  NewsmarkAnalyze?: { extractPage: typeof extractPage; attributePageSteps: typeof attributePageSteps };
  ReadabilityRef?: { Readability: typeof Readability };
}

function api(): Required<Globals> {
  const g = globalThis as Globals;
  if (!g.NewsmarkAnalyze || !g.ReadabilityRef) throw new Error('bench:content: the analysis or Readability bundle did not load');
  return g as Required<Globals>;
}

let extracted: ExtractedPage | null = null;

/** The content script's first idle callback: extractPage (article + body-text index). */
export function firstHalf(url: string): number {
  const t0 = performance.now();
  extracted = api().NewsmarkAnalyze.extractPage(document, { url });
  return performance.now() - t0;
}

export interface SecondHalf {
  wall: number;
  ms: DocumentAnalysis['ms'];
  /** Whitespace-separated words of the extracted article text. */
  words: number;
  isArticle: boolean;
  claims: number;
  /** The longest slice when the second half runs as the content script runs it, in IDLE_SLICE_MS slices. */
  longestSlice: number;
}

/**
 * The second half (speakers, claims, selectors) in slices as the content
 * script's idle callbacks run it, here back to back in one task so the CPU
 * figure covers all of it. analyzeDocument is exactly the two halves in a row.
 */
export function secondHalf(): SecondHalf {
  if (!extracted) throw new Error('bench:content: secondHalf before firstHalf');
  const now = () => performance.now();
  const steps = api().NewsmarkAnalyze.attributePageSteps(extracted);
  const t0 = now();
  let longestSlice = 0;
  let result: DocumentAnalysis | undefined;
  while (!result) {
    const start = now();
    result = runUntil(steps, start + IDLE_SLICE_MS, now)?.value;
    longestSlice = Math.max(longestSlice, now() - start);
  }
  const wall = now() - t0;
  extracted = null;
  return {
    longestSlice,
    wall,
    ms: result.ms,
    words: (result.article?.text ?? '').split(/\s+/).filter(Boolean).length,
    isArticle: !!result.article?.isArticle,
    claims: result.claims.length,
  };
}

/** The reference: Reader View's Readability, on a clone so the page stays untouched. */
export function readability(): number {
  const { Readability } = api().ReadabilityRef;
  const t0 = performance.now();
  new Readability(document.cloneNode(true) as Document).parse();
  return performance.now() - t0;
}

/** Nothing: the protocol's own cost on the main thread, taken off the CPU figures. */
export function nothing(): number {
  return 0;
}
