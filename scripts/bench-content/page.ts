/**
 * Runs inside Chromium (bundled by scripts/bench-content.ts, injected after
 * the analysis and Readability bundles). Each call is one task, as each of
 * the content script's idle callbacks is, and returns its own wall time taken
 * in the page, so Playwright's round trips are not in it; the bench reads the
 * main thread's CPU time around each call through the DevTools protocol.
 * The code under test comes from the other two bundles' globals rather than
 * imports, so each bundle is exactly what it claims to be.
 */
import type { DocumentAnalysis, ExtractedPage, attributePageSteps, extractPageSteps } from '../../core/analyze';
import { IDLE_SLICE_MS, runUntil, type Steps } from '../../core/steps';
import type { Readability } from '@mozilla/readability';

interface Globals {
  NewsmarkAnalyze?: { extractPageSteps: typeof extractPageSteps; attributePageSteps: typeof attributePageSteps };
  ReadabilityRef?: { Readability: typeof Readability };
}

function api(): Required<Globals> {
  const g = globalThis as Globals;
  if (!g.NewsmarkAnalyze || !g.ReadabilityRef) throw new Error('bench:content: the analysis or Readability bundle did not load');
  return g as Required<Globals>;
}

let extracted: ExtractedPage | null = null;

/** Runs steps back to back in IDLE_SLICE_MS slices, as the content script's idle callbacks do; the longest slice is the longest task. */
function inSlices<T>(steps: Steps<T>): { value: T; longestSlice: number } {
  const now = () => performance.now();
  let longestSlice = 0;
  for (;;) {
    const start = now();
    const done = runUntil(steps, start + IDLE_SLICE_MS, now);
    longestSlice = Math.max(longestSlice, now() - start);
    if (done) return { value: done.value, longestSlice };
  }
}

export interface FirstHalf {
  wall: number;
  longestSlice: number;
}

/** Extraction and the body-text index, in slices, back to back in one task so the CPU figure covers all of it. */
export function firstHalf(url: string): FirstHalf {
  const t0 = performance.now();
  const { value, longestSlice } = inSlices(api().NewsmarkAnalyze.extractPageSteps(document, { url }));
  extracted = value;
  return { wall: performance.now() - t0, longestSlice };
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
  const t0 = performance.now();
  const { value: result, longestSlice } = inSlices(api().NewsmarkAnalyze.attributePageSteps(extracted));
  const wall = performance.now() - t0;
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
