/**
 * The library's full-text index: MiniSearch (a small, well-kept inverted index) over highlight text,
 * notes, tags, claim text, speakers, and articles' titles and sites. Every word typed must match (AND), the last one
 * as a prefix so results come as the reader types; case and accents are folded (fold.ts). Filters
 * (tag, colour, site, reaction, status, kind) are exact and applied to the documents the words found,
 * or to all documents when no words are typed.
 *
 * The index follows the database: `sync` is handed the current documents and re-indexes only those
 * whose stamp changed, so a highlight made in a tab costs one document, not a rebuild.
 */
import MiniSearch from 'minisearch';
import { fold } from './fold';
import type { SearchDoc } from './search-docs';

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

const FIELDS = ['text', 'note', 'tags', 'speaker', 'title', 'site'] as const;

function matches(doc: SearchDoc, f: SearchFilters): boolean {
  if (f.tag !== undefined && !doc.tags.includes(f.tag)) return false;
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

export class SearchIndex {
  private readonly mini = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: [],
    extractField: (doc, field) => {
      // Titles and sites are indexed once, on the article's own document, not on each of its highlights:
      // on every highlight they multiplied the index and made a title word match thousands of items
      // (bench:library). The site and reaction filters still reach highlights through the stored fields.
      if ((field === 'title' || field === 'site') && doc.kind !== 'article') return '';
      const value = doc[field as keyof SearchDoc];
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    },
    processTerm: (term) => fold(term),
    searchOptions: {
      combineWith: 'AND',
      // Only the word being typed is a prefix: "port" finds "ports", but a finished word must be there.
      prefix: (_term, i, terms) => i === terms.length - 1,
      boost: { text: 2, note: 2, tags: 2, speaker: 1.5 },
    },
  });
  private readonly docs = new Map<string, SearchDoc>();

  get size(): number {
    return this.docs.size;
  }

  /** Brings the index to exactly `docs`. Returns how many documents were (re)indexed or removed. */
  sync(docs: readonly SearchDoc[]): number {
    let changed = 0;
    const seen = new Set<string>();
    const added: SearchDoc[] = [];
    for (const doc of docs) {
      seen.add(doc.id);
      const old = this.docs.get(doc.id);
      if (old && old.stamp === doc.stamp) continue;
      if (old) this.mini.discard(doc.id);
      this.docs.set(doc.id, doc);
      added.push(doc);
    }
    for (const id of [...this.docs.keys()]) {
      if (!seen.has(id)) {
        this.mini.discard(id);
        this.docs.delete(id);
        changed++;
      }
    }
    this.mini.addAll(added);
    return changed + added.length;
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
    const filter = hasFilters(filters) ? (r: { id: string }) => matches(this.docs.get(r.id)!, filters) : undefined;
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
    const tags = new Map<string, number>();
    const sites = new Map<string, number>();
    for (const doc of this.docs.values()) {
      for (const t of doc.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
      if (doc.kind === 'article' && doc.site) sites.set(doc.site, (sites.get(doc.site) ?? 0) + 1);
    }
    return { tags, sites };
  }
}
