/**
 * npm run bench:anchor
 *
 * Re-attaches 200 highlights on a generated 10,000-word news page in headless
 * Chromium: unchanged, after small edits and after large edits. Prints median
 * and p95 time per pass (index build included), where the highlights attached,
 * whether they attached to the right text, and the longest uninterrupted
 * main-thread stretch during a pass. A naive reference (one indexOf per quote
 * over body.textContent) runs in the same page so ratios can be compared
 * across machines.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnchorResult, StoredSelectors } from '../core/anchoring/types';

const RUNS = 9;
const WORDS = 10_000;
const HIGHLIGHTS = 200;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- text model

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'rk', 'm'];
/** Short words recur in prose; they make quotes repeat partially, as in real text. */
const GLUE = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'for', 'on', 'with', 'as', 'by', 'was', 'said', 'it', 'at', 'from', 'he', 'she', 'they', 'would', 'not', 'has', 'have', 'but', 'were'];

class Words {
  private lexicon: string[];
  constructor(private rand: () => number) {
    // A fixed vocabulary (Zipf-like reuse) rather than fresh nonsense per word.
    this.lexicon = Array.from({ length: 3000 }, () => this.coin());
  }
  private pick<T>(xs: T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }
  private coin(): string {
    const syllables = 1 + Math.floor(this.rand() * 3);
    let w = '';
    for (let i = 0; i < syllables; i++) w += this.pick(ONSETS) + this.pick(VOWELS) + (i === syllables - 1 ? this.pick(CODAS) : '');
    return w;
  }
  word(): string {
    if (this.rand() < 0.35) return this.pick(GLUE);
    // Squared uniform: low indexes (common words) come up far more often.
    const r = this.rand();
    return this.lexicon[Math.floor(r * r * this.lexicon.length)];
  }
  sentence(): string[] {
    const n = 8 + Math.floor(this.rand() * 20);
    const words = Array.from({ length: n }, () => this.word());
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    if (n > 12 && this.rand() < 0.5) words[Math.floor(n / 2)] += ',';
    words[n - 1] += this.rand() < 0.9 ? '.' : '?';
    return words;
  }
  paragraph(): string[][] {
    const n = 2 + Math.floor(this.rand() * 4);
    return Array.from({ length: n }, () => this.sentence());
  }
}

interface Para {
  id: number;
  sentences: string[][];
}

interface Highlight {
  para: number;
  sentence: number;
  from: number;
  to: number;
}

const paraText = (p: Para) => p.sentences.map((s) => s.join(' ')).join(' ');
const spanText = (p: Para, h: Highlight) => p.sentences[h.sentence].slice(h.from, h.to).join(' ');
function spanOffset(p: Para, h: Highlight): number {
  let off = 0;
  for (let i = 0; i < h.sentence; i++) off += p.sentences[i].join(' ').length + 1;
  const words = p.sentences[h.sentence];
  for (let i = 0; i < h.from; i++) off += words[i].length + 1;
  return off;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Paragraph HTML with some words in links and emphasis, so text spans many Text nodes. */
function renderPara(p: Para): string {
  let k = p.id * 7;
  const html = p.sentences
    .map((s) =>
      s
        .map((w) => {
          k++;
          if (k % 23 === 0) return `<a href="/topic/${k}">${escapeHtml(w)}</a>`;
          if (k % 31 === 0) return `<em>${escapeHtml(w)}</em>`;
          return escapeHtml(w);
        })
        .join(' '),
    )
    .join(' ');
  return `<p data-para="${p.id}">${html}</p>`;
}

function renderPage(paras: Para[], words: Words): string {
  const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">${words.word()} ${words.word()}</a></li>`).join('');
  const mostRead = Array.from({ length: 10 }, (_, i) => `<li><a href="/story/${i}">${words.sentence().join(' ')}</a></li>`).join('');
  const state = JSON.stringify({ items: Array.from({ length: 300 }, (_, i) => ({ id: i, title: words.sentence().join(' ') })) });
  const body = paras
    .map((p, i) => (i > 0 && i % 12 === 0 ? `\n      <h2>${words.sentence().slice(0, 6).join(' ')}</h2>` : '') + `\n      ${renderPara(p)}`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title></head><body>
  <header><div class="logo">The Daily Bench</div><nav><ul>${nav}</ul></nav></header>
  <main><article>
    <h1>${words.sentence().join(' ')}</h1>
    <p class="byline">By Ana Ruiz and Tom Becker</p>${body}
  </article>
  <aside><h3>Most read</h3><ol>${mostRead}</ol></aside></main>
  <script type="application/json" id="state">${escapeHtml(state)}</script>
  <script>window.benchReady = true;</script>
  <footer>© The Daily Bench. All rights reserved.</footer></body></html>`;
}

function makeArticle(): { paras: Para[]; words: Words; rand: () => number } {
  const rand = rng(20261129);
  const words = new Words(rand);
  const paras: Para[] = [];
  let count = 0;
  while (count < WORDS) {
    const p: Para = { id: paras.length, sentences: words.paragraph() };
    count += p.sentences.reduce((n, s) => n + s.length, 0);
    paras.push(p);
  }
  return { paras, words, rand };
}

function makeHighlights(paras: Para[], rand: () => number): Highlight[] {
  const taken = new Set<string>();
  const out: Highlight[] = [];
  while (out.length < HIGHLIGHTS) {
    const para = Math.floor(rand() * paras.length);
    const sentence = Math.floor(rand() * paras[para].sentences.length);
    const key = `${para}:${sentence}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const n = paras[para].sentences[sentence].length;
    // Most readers mark whole sentences; some mark a phrase.
    if (rand() < 0.6) out.push({ para, sentence, from: 0, to: n });
    else {
      const len = 3 + Math.floor(rand() * Math.min(10, n - 3));
      const from = Math.floor(rand() * (n - len + 1));
      out.push({ para, sentence, from, to: from + len });
    }
  }
  return out;
}

const clone = (paras: Para[]): Para[] => paras.map((p) => ({ id: p.id, sentences: p.sentences.map((s) => [...s]) }));

interface Scenario {
  name: string;
  html: string;
  /** Expected text of each highlight on this page, null when it is gone. */
  expected: (string | null)[];
}

function scenarios(): { original: string; highlightOffsets: { para: number; offset: number; length: number }[]; list: Scenario[] } {
  const { paras, words, rand } = makeArticle();
  const highlights = makeHighlights(paras, rand);
  const original = renderPage(paras, new Words(rng(1)));
  const highlightOffsets = highlights.map((h) => ({ para: h.para, offset: spanOffset(paras[h.para], h), length: spanText(paras[h.para], h).length }));
  const byId = (ps: Para[]) => new Map(ps.map((p) => [p.id, p]));

  // Small edits: a paragraph added above, one word changed inside 20 highlights.
  const small = clone(paras);
  small.unshift({ id: 100_000, sentences: words.paragraph() });
  const changed = new Set<number>();
  while (changed.size < 20) changed.add(Math.floor(rand() * highlights.length));
  for (const i of changed) {
    const h = highlights[i];
    const s = small.find((p) => p.id === h.para)!.sentences[h.sentence];
    const at = h.from + Math.floor((h.to - h.from) / 2);
    let w = words.word();
    while (w === s[at].replace(/[.,?]$/, '')) w = words.word();
    s[at] = w + (s[at].match(/[.,?]$/)?.[0] ?? '');
  }
  const smallMap = byId(small);

  // Large edits: paragraphs rewritten, removed, moved, and new ones added.
  let large = clone(paras);
  const fate = new Map<number, 'rewritten' | 'removed'>();
  for (const p of large) {
    const r = rand();
    if (r < 0.2) fate.set(p.id, 'rewritten');
    else if (r < 0.35) fate.set(p.id, 'removed');
  }
  large = large.filter((p) => fate.get(p.id) !== 'removed');
  for (const p of large) if (fate.get(p.id) === 'rewritten') p.sentences = words.paragraph();
  for (let i = 0; i < large.length * 0.3; i++) {
    const [moved] = large.splice(Math.floor(rand() * large.length), 1);
    large.splice(Math.floor(rand() * large.length), 0, moved);
  }
  for (let i = 0; i < 10; i++) large.splice(Math.floor(rand() * large.length), 0, { id: 200_000 + i, sentences: words.paragraph() });
  const largeMap = byId(large);

  return {
    original,
    highlightOffsets,
    list: [
      { name: 'unchanged', html: original, expected: highlights.map((h) => spanText(paras[h.para], h)) },
      {
        name: 'small edits',
        html: renderPage(small, new Words(rng(1))),
        expected: highlights.map((h) => spanText(smallMap.get(h.para)!, h)),
      },
      {
        name: 'large edits',
        html: renderPage(large, new Words(rng(1))),
        expected: highlights.map((h) => (fate.has(h.para) ? null : spanText(largeMap.get(h.para)!, h))),
      },
    ],
  };
}

// ---------------------------------------------------------------- browser side

interface PageRun {
  times: number[];
  naive: number[];
  longestTask: number;
  longTasks: number;
  yields: number;
  results: (AnchorResult | null)[];
  texts: (string | null)[];
  bodyChars: number;
}

type Api = typeof import('../core/anchoring/index');

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(repoRoot, 'core/anchoring/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'NewsmarkAnchoring',
    target: 'chrome105',
    write: false,
    minify: true,
  });
  return out.outputFiles[0].text;
}

function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found (tried ${candidates.join(', ')}); set CHROMIUM_PATH`);
  return found;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

const fmt = (x: number) => x.toFixed(2).padStart(8);

async function main(): Promise<void> {
  const code = await bundle();
  const { original, highlightOffsets, list } = scenarios();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    console.log(`bench:anchor  Chromium ${browser.version()}  bundle ${(code.length / 1024).toFixed(1)} KiB minified  ${HIGHLIGHTS} highlights  ${RUNS} runs each`);

    // Highlights are made on the original page, as a reader would.
    await page.setContent(original, { waitUntil: 'load' });
    await page.addScriptTag({ content: code });
    const stored: StoredSelectors[] = await page.evaluate((spans) => {
      const api = (window as unknown as { NewsmarkAnchoring: Api }).NewsmarkAnchoring;
      const index = api.BodyTextIndex.fromDocument(document);
      return spans.map((s) => {
        const p = document.querySelector(`p[data-para="${s.para}"]`)!;
        const base = index.offsetAt(p, 0)!;
        return api.describeOffsets(index, base + s.offset, base + s.offset + s.length);
      });
    }, highlightOffsets);

    console.log(
      `\n${'scenario'.padEnd(12)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(8)} ${'naive ms'.padStart(8)} ${'ratio'.padStart(6)} ${'longest'.padStart(8)} ${'>50ms'.padStart(5)}  position quote fuzzy orphan  right wrong missed`,
    );
    for (const sc of list) {
      await page.setContent(sc.html, { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      const run: PageRun = await page.evaluate(
        async ({ stored, runs }) => {
          const api = (window as unknown as { NewsmarkAnchoring: Api }).NewsmarkAnchoring;
          let longTasks = 0;
          const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
          try {
            observer.observe({ type: 'longtask', buffered: false });
          } catch {
            // Not supported: the heartbeat below still measures blocking.
          }
          // The pass yields through scheduler.yield (Chromium 129+); timing the
          // stretches between yields measures its longest task directly.
          const scheduler = (window as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
          if (!scheduler?.yield) throw new Error('scheduler.yield missing: the longest-task figure would be wrong');
          const realYield = scheduler.yield.bind(scheduler);
          let longestTask = 0;
          let sliceStart = 0;
          let yields = 0;
          scheduler.yield = async () => {
            const d = performance.now() - sliceStart;
            longestTask = Math.max(longestTask, d);
            yields++;
            await realYield();
            sliceStart = performance.now();
          };
          const times: number[] = [];
          const naive: number[] = [];
          let results: (AnchorResult | null)[] = [];
          for (let r = 0; r < runs; r++) {
            await new Promise((res) => setTimeout(res, 20));
            const t0 = performance.now();
            sliceStart = t0;
            const index = api.BodyTextIndex.fromDocument(document);
            results = await api.anchorAll(index, stored);
            const t1 = performance.now();
            longestTask = Math.max(longestTask, t1 - sliceStart);
            times.push(t1 - t0);
            await new Promise((res) => setTimeout(res, 20));
            // Reference: what a naive exact-only pass costs on this page.
            const n0 = performance.now();
            const text = document.body.textContent ?? '';
            let found = 0;
            for (const s of stored) if (text.indexOf((s.selectors[0] as { exact: string }).exact) >= 0) found++;
            naive.push(performance.now() - n0 + found * 0);
          }
          await new Promise((res) => setTimeout(res, 50));
          observer.disconnect();
          scheduler.yield = realYield;
          const index = api.BodyTextIndex.fromDocument(document);
          const texts = results.map((r) => (r ? index.text.slice(r.start, r.end) : null));
          return { times, naive, longestTask, longTasks, yields, results, texts, bodyChars: index.length };
        },
        { stored, runs: RUNS },
      );

      const counts = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
      let right = 0;
      let wrong = 0;
      let missed = 0;
      const examples: string[] = [];
      run.results.forEach((r, i) => {
        counts[r ? r.method : 'orphan']++;
        const got = run.texts[i] === null ? null : run.texts[i]!.replace(/\s+/g, ' ').trim();
        const want = sc.expected[i];
        if (got === want) right++;
        else if (got === null) missed++;
        else wrong++;
        if (got !== want && examples.length < 3) {
          const quote = (stored[i].selectors[0] as { exact: string }).exact;
          examples.push(`  stored ${JSON.stringify(quote)}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)} ${r ? `(${r.method} ${r.score.toFixed(2)})` : ''}`);
        }
      });
      const median = quantile(run.times, 0.5);
      const naiveMedian = quantile(run.naive, 0.5);
      console.log(
        `${sc.name.padEnd(12)} ${fmt(median).padStart(9)} ${fmt(quantile(run.times, 0.95))} ${fmt(naiveMedian)} ${(median / Math.max(naiveMedian, 0.01)).toFixed(1).padStart(6)} ${fmt(run.longestTask)} ${String(run.longTasks).padStart(5)}  ${String(counts.position).padStart(8)} ${String(counts.quote).padStart(5)} ${String(counts.fuzzy).padStart(5)} ${String(counts.orphan).padStart(6)}  ${String(right).padStart(5)} ${String(wrong).padStart(5)} ${String(missed).padStart(6)}`,
      );
      for (const e of examples) console.log(e);
      console.log(`${''.padEnd(12)} runs ms: ${run.times.map((t) => t.toFixed(1)).join(' ')}  (body ${run.bodyChars} chars; ${run.yields} yields in ${RUNS} runs; expected orphans ${sc.expected.filter((e) => e === null).length})`);
    }
    console.log(
      '\nmedian/p95: whole pass (index build + anchorAll). naive: one indexOf per quote over body.textContent (no context, no fuzzy), same page.\n' +
        'longest: longest stretch of the pass between two yields to the event loop, over all runs (ms). >50ms: PerformanceObserver longtask entries.\n' +
        'right: attached to the expected text or orphaned where the text is gone; wrong: attached elsewhere; missed: orphaned though the text exists.',
    );
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
