/**
 * The in-page half of bench:library, bundled as one IIFE (global NewsmarkLibraryBench): builds a seeded
 * library of records shaped as the database keeps them, indexes it with the library's own search code
 * (entrypoints/library/search), and times queries against the index and against a plain scan of the
 * same documents (each document's fields folded once in advance, then every query word looked for with
 * `includes`): the reference that says what the index buys.
 */
import { SearchIndex, type SearchFilters } from '../../entrypoints/library/search/search-index';
import { searchDocs, type SearchDoc, type SearchSource } from '../../entrypoints/library/search/search-docs';
import { fold } from '../../entrypoints/library/search/fold';
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

export interface Query {
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
      case 0: out.push({ text: common(), filters: {} }); break;
      case 1: out.push({ text: rare(), filters: {} }); break;
      case 2: out.push({ text: `${common()} ${rare()}`, filters: {} }); break;
      case 3: out.push({ text: `${common()} ${common()} ${rare()}`, filters: {} }); break;
      case 4: out.push({ text: rare().slice(0, 4), filters: {} }); break; // a word being typed
      case 5: out.push({ text: fold(rare()).toUpperCase(), filters: {} }); break; // no accents, other case
      case 6: out.push({ text: common(), filters: { color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length] } }); break;
      default: out.push({ text: '', filters: { tag: g.tags[i % g.tags.length] } });
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

let state: { index: SearchIndex; scan: PlainScan; docs: SearchDoc[]; g: Generated; source: SearchSource } | undefined;

export const bench = {
  setup(articles: number, highlights: number, claims: number, seed: number) {
    const t0 = performance.now();
    const g = generate(articles, highlights, claims, seed);
    const t1 = performance.now();
    const docs = searchDocs(g.source);
    const index = new SearchIndex();
    index.sync(docs);
    const t2 = performance.now();
    const scan = new PlainScan(docs);
    const t3 = performance.now();
    state = { index, scan, docs, g, source: g.source };
    return { docs: docs.length, generateMs: t1 - t0, indexMs: t2 - t1, scanPrepMs: t3 - t2 };
  },
  run(count: number, seed: number) {
    const s = state!;
    const qs = queries(s.g, count, seed);
    const index: number[] = [];
    const scan: number[] = [];
    const hits: number[] = [];
    for (const q of qs) {
      const a = performance.now();
      const found = s.index.search(q.text, q.filters).length;
      const b = performance.now();
      s.scan.search(q);
      const c = performance.now();
      index.push(b - a);
      scan.push(c - b);
      hits.push(found);
    }
    return { index, scan, hits };
  },
  /** One highlight's note edited: what the library's live query then costs (snapshot → docs → sync). */
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
