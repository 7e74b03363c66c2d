/**
 * Runs inside Chromium (bundled by scripts/bench-storage.ts): fills the real
 * storage code's database and times it, beside reference queries on the same
 * data. Timings are taken in the page, so Playwright's round trips are not in them.
 */
import Dexie from 'dexie';
import { openNewsmarkDB, type NewsmarkDB } from '../../storage/db';
import { addHighlights, listHighlights } from '../../storage/highlights';
import { HIGHLIGHT_COLORS, type ArticleInput, type ArticleRecord, type HighlightInput, type HighlightRecord } from '../../model';
import { seededRandom } from '../lib/seeded-random';

const DB_NAME = 'newsmark-bench';
let db: NewsmarkDB = openNewsmarkDB(DB_NAME);


const WORDS = 'the council said harbour plan would cost more than expected according to officials who asked not to be named while residents argued'.split(' ');
const COLORS = HIGHLIGHT_COLORS;

function words(random: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]);
  return out.join(' ');
}

function articleKey(i: number): string {
  return `news${i % 97}.example/2026/${String(i).padStart(6, '0')}/story-about-things`;
}

function articleInput(i: number): ArticleInput {
  const key = articleKey(i);
  return { key, url: `https://${key}?utm_source=feed`, title: `Story number ${i}`, siteName: `News ${i % 97}`, byline: 'A. Writer', published: '2026-11-01T08:00:00Z' };
}

function highlightInput(random: () => number, articleIndex: number): HighlightInput {
  const key = articleKey(articleIndex);
  const exact = words(random, 6 + Math.floor(random() * 25));
  const start = Math.floor(random() * 20000);
  return {
    articleKey: key,
    target: {
      url: `https://${key}`,
      selector: {
        v: 1,
        selectors: [
          { type: 'TextQuoteSelector', exact, prefix: words(random, 6).slice(0, 32), suffix: words(random, 6).slice(0, 32) },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
    },
    body: { color: COLORS[Math.floor(random() * COLORS.length)], note: random() < 0.3 ? words(random, 12) : '', tags: random() < 0.2 ? ['politics'] : [] },
  };
}

function toRecord(input: HighlightInput, id: string, created: number): HighlightRecord {
  return {
    id,
    articleKey: input.articleKey,
    target: { source: input.articleKey, url: input.target.url, selector: input.target.selector },
    body: { color: input.body.color, note: input.body.note ?? '', tags: input.body.tags ?? [] },
    created,
    modified: created,
  };
}

/**
 * Setup, not measured: written with bulkPut in large chunks, since 100,000
 * single-highlight transactions would only time the setup.
 */
async function fill(articleCount: number, highlightCount: number): Promise<{ ms: number; articleKeys: number }> {
  const t0 = performance.now();
  await db.delete();
  db = openNewsmarkDB(DB_NAME);
  await db.open();
  const random = seededRandom(42);
  const now = Date.now();
  const articles: ArticleRecord[] = [];
  for (let i = 0; i < articleCount; i++) {
    const a = articleInput(i);
    articles.push({ ...a, urls: [a.url], savedAt: now - i * 1000, updatedAt: now - i * 500 });
  }
  await db.articles.bulkPut(articles);
  const CHUNK = 5000;
  for (let done = 0; done < highlightCount; done += CHUNK) {
    const chunk: HighlightRecord[] = [];
    for (let j = done; j < Math.min(done + CHUNK, highlightCount); j++) {
      // Skewed like real reading: a few articles are heavily highlighted.
      const articleIndex = Math.floor(Math.pow(random(), 1.5) * articleCount);
      chunk.push(toRecord(highlightInput(random, articleIndex), crypto.randomUUID(), now - Math.floor(random() * 1e9)));
    }
    await db.highlights.bulkPut(chunk);
  }
  return { ms: performance.now() - t0, articleKeys: articleCount };
}

async function reopen(): Promise<number> {
  db.close();
  db = openNewsmarkDB(DB_NAME);
  const t0 = performance.now();
  await db.open();
  return performance.now() - t0;
}

type Loader = (key: string) => Promise<unknown[]>;

const loaders: Record<string, Loader> = {
  ours: (key) => listHighlights(db, key),
  plainIndex: (key) => db.highlights.where('articleKey').equals(key).toArray(),
  noIndex: (key) => db.highlights.filter((h) => h.articleKey === key).toArray(),
  rawGetAll: (key) =>
    new Promise((resolve, reject) => {
      const idb = db.backendDB();
      const request = idb.transaction('highlights', 'readonly').objectStore('highlights').index('articleKey').getAll(key);
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    }),
};

/** Times `loader` on `n` random articles; returns per-call ms and the sizes loaded. */
async function timeLoads(loaderName: string, n: number, seed: number, articleCount: number) {
  const loader = loaders[loaderName];
  const random = seededRandom(seed);
  const ms: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = articleKey(Math.floor(random() * articleCount));
    const t0 = performance.now();
    const rows = await loader(key);
    ms.push(performance.now() - t0);
    sizes.push(rows.length);
  }
  return { ms, sizes };
}

async function timeCount(): Promise<{ ms: number; count: number }> {
  const t0 = performance.now();
  const count = await db.highlights.count();
  return { ms: performance.now() - t0, count };
}

/** One batch of `size` highlights over existing and new articles, through the real API (one transaction). */
async function timeBatchInsert(size: number, seed: number, articleCount: number): Promise<number> {
  const random = seededRandom(seed);
  const items = [];
  for (let i = 0; i < size; i++) {
    // Mostly existing articles, some new ones, as an import would bring.
    const index = random() < 0.8 ? Math.floor(random() * articleCount) : articleCount + seed * size + i;
    items.push({ highlight: highlightInput(random, index), article: articleInput(index) });
  }
  const t0 = performance.now();
  await addHighlights(db, items);
  return performance.now() - t0;
}

/** Reference: the same number of prebuilt records with a bare bulkAdd (no article upserts, no validation). */
async function timeRawBulkAdd(size: number, seed: number, articleCount: number): Promise<number> {
  const random = seededRandom(seed);
  const records: HighlightRecord[] = [];
  for (let i = 0; i < size; i++) {
    records.push(toRecord(highlightInput(random, Math.floor(random() * articleCount)), crypto.randomUUID(), Date.now()));
  }
  const t0 = performance.now();
  await db.highlights.bulkAdd(records);
  return performance.now() - t0;
}

export const bench = { fill, reopen, timeLoads, timeCount, timeBatchInsert, timeRawBulkAdd, dexieVersion: Dexie.version };
