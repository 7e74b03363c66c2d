/**
 * The in-page half of bench:library, bundled as one IIFE (global NewsmarkLibraryBench): writes a seeded
 * library into a real Newsmark database, opens the search index with the library's own code
 * (entrypoints/library/search: built in slices, kept, loaded from what was kept) and times queries
 * against the index and against a plain scan of the same documents (each document's fields folded once in advance, then every query word looked for with
 * `includes`): the reference that says what the index buys.
 */
import { SearchIndex, type SearchFilters } from '../../entrypoints/library/search/search-index';
import { openIndex, type KeptIndexStore } from '../../entrypoints/library/search/kept-index';
import { openNewsmarkDB, type NewsmarkDB } from '../../storage/db';
import { readLibrary } from '../../storage/library-snapshot';
import { readKeptSearchIndex, writeKeptSearchIndex } from '../../storage/search-cache';
import { searchDocs, type SearchDoc, type SearchSource } from '../../entrypoints/library/search/search-docs';
import { fold } from '../../entrypoints/library/search/fold';
import { SearchMirror } from '../../entrypoints/library/search/search-mirror';
import { updateHighlight } from '../../storage/highlights';
import { seededRandom } from '../lib/seeded-random';
import { CLAIM_STATUSES, HIGHLIGHT_COLORS, REACTIONS, type ArticleRecord, type ClaimStatusRecord, type HighlightRecord, type ReactionRecord } from '../../model';

const SYLLABLES = ['ka', 'lo', 'mer', 'tan', 'vi', 'sú', 'port', 'ré', 'dan', 'el', 'or', 'ün', 'bri', 'gas', 'hol', 'ne', 'stra', 'pi', 'cé', 'mon'];

function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** Zipf-like: a few words very common, most rare, as in news text. */
function picker(random: () => number, words: string[]): () => string {
  return () => words[Math.floor(words.length * random() ** 3)];
}

function sentence(pick: () => string, random: () => number, min: number, max: number): string {
  const n = min + Math.floor(random() * (max - min + 1));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick());
  return out.join(' ');
}

export interface Generated {
  source: SearchSource;
  words: string[];
  tags: string[];
}

export function generate(articleCount: number, highlightCount: number, claimCount: number, seed: number): Generated {
  const random = seededRandom(seed);
  const words = vocabulary(random, 20_000);
  const pick = picker(random, words);
  const tags = words.slice(0, 60).map((w) => w.slice(0, 8));
  const sites = Array.from({ length: 300 }, (_, i) => `Site ${words[i * 7]}`);
  const articles: ArticleRecord[] = [];
  const reactions: ReactionRecord[] = [];
  for (let i = 0; i < articleCount; i++) {
    const key = `https://news${i % 300}.example/a/${i}`;
    articles.push({
      key, url: key, urls: [key], title: sentence(pick, random, 5, 12), siteName: sites[i % sites.length],
      byline: `${pick()} ${pick()}`, published: null, savedAt: i, updatedAt: i,
    });
    if (random() < 0.3) reactions.push({ articleKey: key, reaction: REACTIONS[Math.floor(random() * REACTIONS.length)], at: i });
  }
  const highlights: HighlightRecord[] = [];
  for (let i = 0; i < highlightCount; i++) {
    const a = articles[Math.floor(random() * articles.length)];
    highlights.push({
      id: `h${i}`, articleKey: a.key,
      target: { source: a.key, url: a.url, selector: { v: 1, selectors: [{ type: 'TextQuoteSelector', exact: sentence(pick, random, 8, 40), prefix: '', suffix: '' }] } },
      body: {
        color: HIGHLIGHT_COLORS[Math.floor(random() * HIGHLIGHT_COLORS.length)],
        note: random() < 0.3 ? sentence(pick, random, 3, 25) : '',
        tags: random() < 0.25 ? [tags[Math.floor(random() * tags.length)]] : [],
      },
      created: i, modified: i,
    });
  }
  const claims: ClaimStatusRecord[] = [];
  for (let i = 0; i < claimCount; i++) {
    const a = articles[Math.floor(random() * articles.length)];
    claims.push({
      id: `c${i}`, articleKey: a.key, quote: sentence(pick, random, 8, 30), speaker: `${pick()} ${pick()}`, selector: [],
      status: CLAIM_STATUSES[Math.floor(random() * CLAIM_STATUSES.length)], note: '', modified: i,
    });
  }
  return { source: { articles, highlights, claims, reactions }, words, tags };
}

export type QueryKind = 'common' | 'rare' | 'two words' | 'three words' | 'half typed' | 'no accents' | 'word + colour' | 'tag only';

export interface Query {
  kind: QueryKind;
  text: string;
  filters: SearchFilters;
}

/** What readers type: common and rare words, two and three words, a word being typed, accents dropped, filters. */
export function queries(g: Generated, count: number, seed: number): Query[] {
  const random = seededRandom(seed);
  const common = () => g.words[Math.floor(random() * 50)];
  const rare = () => g.words[200 + Math.floor(random() * 5000)];
  const out: Query[] = [];
  for (let i = 0; out.length < count; i++) {
    switch (i % 8) {
      case 0: out.push({ kind: 'common', text: common(), filters: {} }); break;
      case 1: out.push({ kind: 'rare', text: rare(), filters: {} }); break;
      case 2: out.push({ kind: 'two words', text: `${common()} ${rare()}`, filters: {} }); break;
      case 3: out.push({ kind: 'three words', text: `${common()} ${common()} ${rare()}`, filters: {} }); break;
      case 4: out.push({ kind: 'half typed', text: rare().slice(0, 4), filters: {} }); break; // a word being typed
      case 5: out.push({ kind: 'no accents', text: fold(rare()).toUpperCase(), filters: {} }); break; // no accents, other case
      case 6: out.push({ kind: 'word + colour', text: common(), filters: { color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length] } }); break;
      default: out.push({ kind: 'tag only', text: '', filters: { tag: g.tags[i % g.tags.length] } });
    }
  }
  return out;
}

/** The reference: every document's fields folded once, then a scan with the same AND / prefix-ish semantics. */
export class PlainScan {
  private readonly hay: string[];
  constructor(private readonly docs: SearchDoc[]) {
    this.hay = docs.map((d) => fold([d.text, d.note, d.tags.join(' '), d.speaker, d.title, d.site].join('\n')));
  }
  search(q: Query): number {
    const words = fold(q.text).split(/[\s\p{P}]+/u).filter(Boolean);
    const f = q.filters;
    let n = 0;
    for (let i = 0; i < this.docs.length; i++) {
      const d = this.docs[i];
      if (f.tag !== undefined && !d.tags.includes(f.tag)) continue;
      if (f.color !== undefined && d.color !== f.color) continue;
      if (words.length === 0 && f.tag === undefined && f.color === undefined) continue;
      const h = this.hay[i];
      if (words.every((w) => h.includes(w))) n++;
    }
    return n;
  }
}

const DB_NAME = 'newsmark-bench-library';
let db: NewsmarkDB = openNewsmarkDB(DB_NAME);
const store: KeptIndexStore = { read: () => readKeptSearchIndex(db), write: (kept) => writeKeptSearchIndex(db, kept) };

/**
 * The longest the page could not run anything while `work` ran: a 10 ms heartbeat's largest gap, what a
 * reader feels as a freeze (the Long Tasks API misses work started from the bench's own evaluate calls).
 */
async function withPauses<T>(work: () => Promise<T>): Promise<{ result: T; longestPauseMs: number }> {
  let last = performance.now();
  let worst = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  try {
    const result = await work();
    return { result, longestPauseMs: Math.max(worst, performance.now() - last) };
  } finally {
    clearInterval(beat);
  }
}

let mirror: SearchMirror | undefined;
let state: { index: SearchIndex; scan: PlainScan; g: Generated; source: SearchSource } | undefined;

/** What opening the Search view costs: the library read, its documents, the index opened (kept or built). */
async function open() {
  const { result, longestPauseMs } = await withPauses(openTimed);
  return { ...result, longestPauseMs };
}

async function openTimed(): Promise<{ index: SearchIndex; from: string; rejected?: string; readMs: number; docsMs: number; indexMs: number; totalMs: number; docs: number }> {
  const t0 = performance.now();
  const snapshot = await readLibrary(db);
  const t1 = performance.now();
  const docs = searchDocs(snapshot);
  const t2 = performance.now();
  const opened = await openIndex(store, docs);
  const t3 = performance.now();
  return {
    index: opened.index, from: opened.from, rejected: opened.rejected, docs: docs.length,
    readMs: t1 - t0, docsMs: t2 - t1, indexMs: t3 - t2, totalMs: t3 - t0,
  };
}

export const bench = {
  /** The seeded library written into a real (on-disk) Newsmark database, as the library page reads it. */
  async setup(articles: number, highlights: number, claims: number, seed: number) {
    const g = generate(articles, highlights, claims, seed);
    await db.delete();
    db = openNewsmarkDB(DB_NAME);
    await db.transaction('rw', [db.articles, db.highlights, db.claims, db.reactions], async () => {
      await db.articles.bulkPut(g.source.articles as ArticleRecord[]);
      await db.highlights.bulkPut(g.source.highlights as HighlightRecord[]);
      await db.claims.bulkPut(g.source.claims as ClaimStatusRecord[]);
      await db.reactions.bulkPut(g.source.reactions as ReactionRecord[]);
    });
    const t = performance.now();
    const scan = new PlainScan(searchDocs(g.source));
    state = { index: new SearchIndex(), scan, g, source: g.source };
    return { scanPrepMs: performance.now() - t };
  },
  /** No kept index: read, build in slices, then keep it (timed apart: the pause of writing it). */
  async openCold() {
    await db.searchIndex.clear();
    const o = await open();
    state!.index = o.index;
    const { result: keep, longestPauseMs } = await withPauses(async () => {
      const t = performance.now();
      const kept = await o.index.toKept();
      const t1 = performance.now();
      await store.write(kept);
      return { toKeptMs: t1 - t, writeMs: performance.now() - t1, keptMB: (kept.index.length + kept.stamps.length) / 1e6 };
    });
    return { ...o, index: undefined, ...keep, keepLongestPauseMs: longestPauseMs };
  },
  /** A new visit (the page was reloaded): the kept index loaded and checked against the library. */
  async openWarm() {
    const o = await open();
    return { ...o, index: undefined };
  },
  run(count: number, seed: number) {
    const s = state!;
    const qs = queries(s.g, count, seed);
    const index: number[] = [];
    const scan: number[] = [];
    const hits: number[] = [];
    const kinds: QueryKind[] = [];
    for (const q of qs) {
      const a = performance.now();
      const found = s.index.search(q.text, q.filters).length;
      const b = performance.now();
      s.scan.search(q);
      const c = performance.now();
      index.push(b - a);
      scan.push(c - b);
      hits.push(found);
      kinds.push(q.kind);
    }
    return { index, scan, hits, kinds };
  },
  /**
   * A reader typing words letter by letter (results as they type): each keystroke's query timed, by how
   * many letters the last word has. The first letters expand to the most words.
   */
  typing(words: number, seed: number) {
    const s = state!;
    const random = seededRandom(seed);
    const byLength: Record<number, number[]> = {};
    for (let w = 0; w < words; w++) {
      const word = fold(s.g.words[200 + Math.floor(random() * 5000)]);
      for (let n = 1; n <= word.length; n++) {
        const a = performance.now();
        s.index.search(word.slice(0, n));
        (byLength[Math.min(n, 5)] ??= []).push(performance.now() - a);
      }
    }
    return byLength;
  },
  /**
   * One highlight's note edited in the database (the repository's own write), until search finds it.
   * 'reread' is how the Search view followed writes before: the whole library read again, every document
   * rebuilt, the index synced. 'followed' is how it does now: the change's keys read, their documents
   * rebuilt, those handed to the index (search-mirror.ts). Both include the write itself ('write').
   */
  async editInDb(seed: number, way: 'reread' | 'followed' | 'write') {
    const s = state!;
    const id = `h${seed % s.source.highlights.length}`;
    const word = `edited${seed}${way}`;
    if (way === 'followed' && !mirror) {
      mirror = new SearchMirror({ update: (docs) => void s.index.sync(docs), change: (u, r) => void s.index.apply(u, r) });
      mirror.follow(db);
      await mirror.settled();
    }
    const a = performance.now();
    await updateHighlight(db, id, { note: word });
    const written = performance.now();
    if (way === 'reread') s.index.sync(searchDocs(await readLibrary(db)));
    if (way === 'followed') {
      // The change notice is handed on when the write's transaction completes; wait for it to be applied.
      await new Promise((r) => setTimeout(r, 0));
      await mirror!.settled();
    }
    const ms = performance.now() - a;
    const found = way === 'write' || s.index.search(word).some((h) => h.doc.id === `h:${id}`);
    if (!found) throw new Error(`${way}: the edited note was not found`);
    return { ms, writeMs: written - a };
  },
  /** One highlight's note edited: what the library's live query then costs in memory (docs → sync). */
  syncOneEdit(seed: number) {
    const s = state!;
    const i = seed % s.source.highlights.length;
    const h = s.source.highlights[i];
    const edited = { ...h, body: { ...h.body, note: `${h.body.note} edited${seed}` }, modified: h.modified + 1_000_000 + seed };
    const highlights = [...s.source.highlights];
    highlights[i] = edited;
    s.source = { ...s.source, highlights };
    const a = performance.now();
    const changed = s.index.sync(searchDocs(s.source));
    return { ms: performance.now() - a, changed };
  },
};
