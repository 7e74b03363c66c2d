/**
 * The search page's words and filters, kept in the address after `#/search?` so Back, Forward, reload and
 * a bookmark give the same results, and the filters the full-text index does not know (speaker, date
 * range, collection), applied to the index's hits. Plain functions over plain data: tested without a
 * browser (tests/unit/library/search-filters.test.ts).
 *
 * The index (search-index.ts, libC's) keeps its own exact filters for tag, colour, site, reaction and
 * claim status; they are handed to it unchanged, so its speed work covers them.
 */
import { fold } from './fold';
import type { SearchFilters, SearchHit } from './search-index';
import type { SearchDoc } from './search-docs';

export type DateField = 'saved' | 'published';

export interface SearchState {
  q: string;
  tag?: string;
  color?: string;
  site?: string;
  reaction?: string;
  status?: string;
  speaker?: string;
  collection?: string;
  /** Which of the article's dates the range reads (saved by default). */
  date?: DateField;
  /** YYYY-MM-DD, inclusive, in the reader's time zone. */
  from?: string;
  to?: string;
}

const KEYS = ['tag', 'color', 'speaker', 'status', 'site', 'reaction', 'collection', 'date', 'from', 'to'] as const;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The state a `#/search?…` address stands for; anything unknown or malformed is left out, never an error. */
export function parseSearchState(hash: string): SearchState {
  const at = hash.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  const state: SearchState = { q: params.get('q') ?? '' };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (key === 'date') {
      if (value === 'saved' || value === 'published') state.date = value;
    } else if (key === 'from' || key === 'to') {
      if (DAY_RE.test(value) && !Number.isNaN(dayStart(value))) state[key] = value;
    } else state[key] = value;
  }
  return state;
}

/** The address for `state`: only what is set, in a fixed order, so equal states give equal addresses. */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `#/search?${query}` : '#/search';
}

/** What the full-text index filters itself. */
export function indexFilters(state: SearchState): SearchFilters {
  const { tag, color, site, reaction, status } = state;
  return Object.fromEntries(Object.entries({ tag, color, site, reaction, status }).filter(([, v]) => v)) as SearchFilters;
}

/** Whether any filter (beyond the words) is set. */
export function hasAnyFilter(state: SearchState): boolean {
  return KEYS.some((k) => k !== 'date' && !!state[k]);
}

/** Whether a filter the index does not apply is set. */
export function hasOwnFilters(state: SearchState): boolean {
  return !!(state.speaker || state.collection || state.from || state.to);
}

/** What the filters here need to know about each article. */
export interface ArticleFacts {
  savedAt: number;
  /** The article's own date as extracted (ISO 8601), or null. */
  published: string | null;
  /** Ids of the collections it is in. */
  collections: readonly string[];
}

function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

/** The instant a date-range filter compares, or null when the article has none (then a range excludes it). */
function dateOf(facts: ArticleFacts, field: DateField): number | null {
  if (field === 'saved') return facts.savedAt;
  if (!facts.published) return null;
  const ms = Date.parse(facts.published);
  return Number.isNaN(ms) ? null : ms;
}

/** A predicate for the filters the index does not apply. */
export function ownFilter(state: SearchState, articles: ReadonlyMap<string, ArticleFacts>): (doc: SearchDoc) => boolean {
  const speaker = state.speaker ? fold(state.speaker.trim()) : null;
  const from = state.from ? dayStart(state.from) : null;
  // Inclusive: the whole of the `to` day.
  const to = state.to ? dayStart(state.to) + 24 * 60 * 60 * 1000 : null;
  const field = state.date ?? 'saved';
  return (doc) => {
    if (speaker !== null && (doc.kind !== 'claim' || fold(doc.speaker.trim()) !== speaker)) return false;
    if (!state.collection && from === null && to === null) return true;
    const facts = articles.get(doc.articleKey);
    if (!facts) return false;
    if (state.collection && !facts.collections.includes(state.collection)) return false;
    if (from !== null || to !== null) {
      const at = dateOf(facts, field);
      if (at === null) return false;
      if (from !== null && at < from) return false;
      if (to !== null && at >= to) return false;
    }
    return true;
  };
}

/**
 * The hits for `state`: the index's (words and its filters), narrowed by the filters here. With no words
 * and only filters of our own, every document is a candidate, newest first, as the index orders its own.
 */
export function filteredHits(
  state: SearchState,
  search: (query: string, filters: SearchFilters) => SearchHit[],
  allDocs: Iterable<SearchDoc>,
  articles: ReadonlyMap<string, ArticleFacts>,
): SearchHit[] {
  const words = state.q.trim();
  const filters = indexFilters(state);
  const indexed = words || Object.keys(filters).length;
  if (!indexed && !hasOwnFilters(state)) return [];
  const candidates = indexed
    ? search(words, filters)
    : [...allDocs].sort((a, b) => b.at - a.at).map((doc) => ({ doc, score: 0 }));
  if (!hasOwnFilters(state)) return candidates;
  const keep = ownFilter(state, articles);
  return candidates.filter((h) => keep(h.doc));
}

/** Speakers of the indexed claims with how many claims each, for the speaker filter's options. */
export function speakerFacets(docs: Iterable<SearchDoc>): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of docs) if (d.kind === 'claim' && d.speaker.trim()) out.set(d.speaker.trim(), (out.get(d.speaker.trim()) ?? 0) + 1);
  return out;
}
