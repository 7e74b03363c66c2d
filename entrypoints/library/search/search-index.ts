/**
 * The library's full-text index: MiniSearch (a small, well-kept inverted index) over highlight text,
 * notes, tags, claim text, speakers, and articles' titles and sites. Every word typed must match (AND), the last one
 * as a prefix so results come as the reader types; case and accents are folded (fold.ts). Filters
 * (tag, colour, site, reaction, status, kind) are exact and applied to the documents the words found,
 * or to all documents when no words are typed.
 *
 * The index follows the database: `sync` is handed the current documents and re-indexes only those
 * whose stamp changed (on opening); after that `apply` is handed only what a write changed, so a
 * highlight made in a tab costs one document, not a pass over the library. The index can be
 * kept (`toKept`) and loaded again (`fromKept`): what it holds is remembered by id and stamp, so the
 * first sync after loading re-indexes only what changed while the library was closed.
 */
import MiniSearch, { type Options } from 'minisearch';
import { fold } from './fold';
import { sameTag, TagTally } from '../../../core/tags';
import type { SearchDoc } from './search-docs';

/**
 * What a kept index must have been built with: the fields, what each holds, the tokenising and the
 * folding. Raise it with any change to those (or to search-docs.ts's ids and stamps): a kept index of
 * another version is rebuilt, never trusted.
 */
export const SEARCH_INDEX_VERSION = 2;

export interface SearchFilters {
  tag?: string;
  color?: string;
  site?: string;
  reaction?: string;
  status?: string;
  kind?: SearchDoc['kind'];
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

/** The index as kept between visits: plain strings, so IndexedDB stores it without walking an object graph. */
export interface KeptSearchIndex {
  version: number;
  /** MiniSearch's own JSON. */
  index: string;
  /** JSON of [id, stamp][]: what the index holds, so a sync can tell what changed since. */
  stamps: string;
}

const FIELDS = ['text', 'note', 'tags', 'speaker', 'title', 'site'] as const;

const OPTIONS: Options<SearchDoc> = {
  fields: [...FIELDS],
  storeFields: [],
  extractField: (doc, field) => {
    // Titles and sites are indexed once, on the article's own document, not on each of its highlights:
    // on every highlight they multiplied the index and made a title word match thousands of items
    // (bench:library). The site and reaction filters still reach highlights through the documents.
    if ((field === 'title' || field === 'site') && doc.kind !== 'article') return '';
    const value = doc[field as keyof SearchDoc];
    return Array.isArray(value) ? value.join(' ') : String(value ?? '');
  },
  processTerm: (term) => fold(term),
  searchOptions: {
    combineWith: 'AND',
    // Only the word being typed is a prefix: "port" finds "ports", but a finished word must be there.
    // And only from its third letter: one or two letters expand to most of the library's words, which
    // took seconds per keystroke at 100,000 highlights (bench:library, typing: 1 letter 3.2 s, 2 letters
    // 2.9 s, 4 letters 0.12 s median under load 12); before that a whole word of one or two letters matches.
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    boost: { text: 2, note: 2, tags: 2, speaker: 1.5 },
  },
};

function matches(doc: SearchDoc, f: SearchFilters): boolean {
  if (f.tag !== undefined && !doc.tags.some((t) => sameTag(t, f.tag!))) return false;
  if (f.color !== undefined && doc.color !== f.color) return false;
  if (f.site !== undefined && doc.site !== f.site) return false;
  if (f.reaction !== undefined && doc.reaction !== f.reaction) return false;
  if (f.status !== undefined && doc.status !== f.status) return false;
  if (f.kind !== undefined && doc.kind !== f.kind) return false;
  return true;
}

export function hasFilters(f: SearchFilters): boolean {
  return Object.values(f).some((v) => v !== undefined && v !== '');
}

export interface SliceOptions {
  /**
   * How long one slice may hold the page, in ms (default 30). Slices are measured in time, not in
   * documents: a document's cost varies with its length and with the machine's load (a fixed 2,000
   * documents held the page 1.5 to 2.4 s under load in bench:library).
   */
  budgetMs?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class SearchIndex {
  /** What the reader can be shown, by id: every document of the last sync. */
  private readonly docs = new Map<string, SearchDoc>();
  private readonly mini: MiniSearch<SearchDoc>;
  /** What MiniSearch holds, by id, with the stamp it was indexed at. */
  private readonly stamps: Map<string, string>;

  /** An empty index; `fromKept` hands a loaded one. */
  constructor(loaded?: { mini: MiniSearch<SearchDoc>; stamps: Map<string, string> }) {
    this.mini = loaded?.mini ?? new MiniSearch<SearchDoc>(OPTIONS);
    this.stamps = loaded?.stamps ?? new Map();
  }

  /**
   * A kept index, checked before it is trusted: the version it was built with, its shape, and that
   * MiniSearch holds exactly the documents it says it does. Anything else is a reason to rebuild.
   */
  static async fromKept(kept: unknown): Promise<SearchIndex | { problem: string }> {
    if (typeof kept !== 'object' || kept === null) return { problem: 'none kept' };
    const { version, index, stamps } = kept as Partial<KeptSearchIndex>;
    if (version !== SEARCH_INDEX_VERSION) return { problem: `built by version ${String(version)}, this is ${SEARCH_INDEX_VERSION}` };
    if (typeof index !== 'string' || typeof stamps !== 'string') return { problem: 'not an index' };
    try {
      const pairs: unknown = JSON.parse(stamps);
      if (!Array.isArray(pairs) || !pairs.every((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string')) {
        return { problem: 'stamps unreadable' };
      }
      const mini = await MiniSearch.loadJSONAsync<SearchDoc>(index, OPTIONS);
      const held = new Map(pairs as [string, string][]);
      if (mini.documentCount !== held.size || [...held.keys()].some((id) => !mini.has(id))) {
        return { problem: 'index and stamps disagree' };
      }
      return new SearchIndex({ mini, stamps: held });
    } catch (error) {
      return { problem: `unreadable (${error instanceof Error ? error.message : String(error)})` };
    }
  }

  /** The index to keep. Discarded documents are swept first, so no word of a deleted item is kept. */
  async toKept(): Promise<KeptSearchIndex> {
    if (this.mini.dirtCount > 0) await this.mini.vacuum();
    return { version: SEARCH_INDEX_VERSION, index: JSON.stringify(this.mini), stamps: JSON.stringify([...this.stamps]) };
  }

  get size(): number {
    return this.docs.size;
  }

  /** Documents MiniSearch holds (differs from `size` only between loading a kept index and its first sync). */
  get indexed(): number {
    return this.stamps.size;
  }

  /** What differs from `docs`: the documents to (re)index, with every removed or changed one discarded. */
  private diff(docs: readonly SearchDoc[]): { added: SearchDoc[]; removed: number } {
    const seen = new Set<string>();
    const added: SearchDoc[] = [];
    for (const doc of docs) {
      seen.add(doc.id);
      this.take(doc, added);
    }
    let removed = 0;
    for (const id of [...this.stamps.keys()]) if (!seen.has(id) && this.drop(id)) removed++;
    for (const id of [...this.docs.keys()]) if (!seen.has(id)) this.docs.delete(id);
    return { added, removed };
  }

  /**
   * What differs after a change: `upserts` are documents made or changed, `removed` ids of documents gone.
   * Only those are looked at, so a change costs what it touched, not the library's size.
   */
  private delta(upserts: readonly SearchDoc[], removedIds: Iterable<string>): { added: SearchDoc[]; removed: number } {
    let removed = 0;
    for (const id of removedIds) {
      this.docs.delete(id);
      if (this.drop(id)) removed++;
    }
    const added: SearchDoc[] = [];
    for (const doc of upserts) this.take(doc, added);
    return { added, removed };
  }

  /** Shows `doc`; when MiniSearch holds another version of it, that one is discarded and `doc` listed to index. */
  private take(doc: SearchDoc, added: SearchDoc[]): void {
    this.docs.set(doc.id, doc);
    const stamp = this.stamps.get(doc.id);
    if (stamp === doc.stamp) return;
    if (stamp !== undefined) this.drop(doc.id);
    added.push(doc);
  }

  /** Takes a document out of MiniSearch; false when it held none. */
  private drop(id: string): boolean {
    if (!this.stamps.has(id)) return false;
    this.mini.discard(id);
    this.stamps.delete(id);
    return true;
  }

  private add(docs: readonly SearchDoc[]): void {
    this.mini.addAll(docs);
    for (const doc of docs) this.stamps.set(doc.id, doc.stamp);
  }

  /** Brings the index to exactly `docs`. Returns how many documents were (re)indexed or removed. */
  sync(docs: readonly SearchDoc[]): number {
    const { added, removed } = this.diff(docs);
    this.add(added);
    return removed + added.length;
  }

  /** Applies one change (see `delta`). Returns how many documents were (re)indexed or removed. */
  apply(upserts: readonly SearchDoc[], removedIds: Iterable<string>): number {
    const { added, removed } = this.delta(upserts, removedIds);
    this.add(added);
    return removed + added.length;
  }

  /**
   * As `sync`, yielding to the page between slices so a large library is indexed without freezing it.
   * Searches in between answer from what is indexed so far. Aborting leaves a consistent, partial index:
   * the next sync indexes the rest.
   */
  async syncInSlices(docs: readonly SearchDoc[], options: SliceOptions = {}): Promise<number> {
    return this.addInSlices(this.diff(docs), options);
  }

  /** As `apply`, in slices (an import or a restore can change thousands of documents at once). */
  async applyInSlices(upserts: readonly SearchDoc[], removedIds: Iterable<string>, options: SliceOptions = {}): Promise<number> {
    return this.addInSlices(this.delta(upserts, removedIds), options);
  }

  private async addInSlices({ added, removed }: { added: SearchDoc[]; removed: number }, options: SliceOptions): Promise<number> {
    const { budgetMs = 30, signal, onProgress } = options;
    let sliceStart = performance.now();
    for (let i = 0; i < added.length; i++) {
      if (i > 0 && performance.now() - sliceStart >= budgetMs) {
        onProgress?.(i, added.length);
        await yieldToPage();
        if (signal?.aborted) return removed + i;
        sliceStart = performance.now();
      }
      this.mini.add(added[i]);
      this.stamps.set(added[i].id, added[i].stamp);
    }
    if (added.length) onProgress?.(added.length, added.length);
    return removed + added.length;
  }

  /** Best first; with no words, the filtered documents newest first. */
  search(query: string, filters: SearchFilters = {}, limit = Infinity): SearchHit[] {
    const words = query.trim();
    if (!words) {
      if (!hasFilters(filters)) return [];
      const out: SearchHit[] = [];
      for (const doc of this.docs.values()) if (matches(doc, filters)) out.push({ doc, score: 0 });
      return out.sort((a, b) => b.doc.at - a.doc.at).slice(0, limit);
    }
    const filter = hasFilters(filters)
      ? (r: { id: string }) => {
          const doc = this.docs.get(r.id);
          return doc !== undefined && matches(doc, filters);
        }
      : undefined;
    const results = this.mini.search(words, filter ? { filter } : {});
    const out: SearchHit[] = [];
    for (const r of results) {
      if (out.length >= limit) break;
      const doc = this.docs.get(r.id as string);
      if (doc) out.push({ doc, score: r.score });
    }
    return out;
  }

  /** Values the filters offer, with counts, over what is indexed. */
  facets(): { tags: Map<string, number>; sites: Map<string, number> } {
    const tally = new TagTally();
    const sites = new Map<string, number>();
    for (const doc of this.docs.values()) {
      for (const t of doc.tags) tally.add(t, doc.at);
      if (doc.kind === 'article' && doc.site) sites.set(doc.site, (sites.get(doc.site) ?? 0) + 1);
    }
    return { tags: new Map(tally.list().map((t) => [t.tag, t.count])), sites };
  }
}
