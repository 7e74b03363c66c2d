/**
 * The search page's filters beyond the index's own: the address keeps words and filters (a reload or Back
 * gives the same state, malformed values are dropped), and speaker, collection and date range narrow the
 * index's hits, alone or with words and the index's filters.
 */
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../entrypoints/library/search/search-index';
import { searchDocs } from '../../../entrypoints/library/search/search-docs';
import {
  filteredHits, parseSearchState, searchHref, speakerFacets, type ArticleFacts, type SearchState,
} from '../../../entrypoints/library/search/filters';
import type { ArticleRecord, ClaimStatusRecord, HighlightRecord } from '../../../model';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date(2026, 10, 1).getTime();

function art(key: string, title: string, savedAt: number, published: string | null): ArticleRecord {
  return { key, url: `https://${key}`, urls: [], title, siteName: 'Example', byline: null, published, savedAt, updatedAt: savedAt };
}
function hl(id: string, articleKey: string, exact: string, tags: string[] = []): HighlightRecord {
  return {
    id, articleKey,
    target: { source: articleKey, url: `https://${articleKey}`, selector: { v: 1, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] } },
    body: { color: 'yellow', note: '', tags }, created: 1, modified: 1,
  };
}
function claim(id: string, articleKey: string, quote: string, speaker: string): ClaimStatusRecord {
  return { id, articleKey, quote, speaker, selector: [], status: 'accurate', note: '', modified: 1 };
}

function setup() {
  const articles = [
    art('old.example/a', 'Old harbour story', T0, '2026-10-20T08:00:00Z'),
    art('new.example/b', 'New harbour story', T0 + 20 * DAY, null),
  ];
  const docs = searchDocs({
    articles,
    highlights: [hl('h1', 'old.example/a', 'harbour closed', ['port']), hl('h2', 'new.example/b', 'harbour reopened')],
    claims: [claim('c1', 'old.example/a', 'We kept it running', 'Ana Varga'), claim('c2', 'new.example/b', 'It will reopen', 'Tom Reyes')],
    reactions: [],
  });
  const index = new SearchIndex();
  index.sync(docs);
  const facts = new Map<string, ArticleFacts>([
    ['old.example/a', { savedAt: articles[0].savedAt, published: articles[0].published, collections: ['essay'] }],
    ['new.example/b', { savedAt: articles[1].savedAt, published: null, collections: [] }],
  ]);
  const run = (state: SearchState) => filteredHits(state, (q, f) => index.search(q, f), docs, facts).map((h) => h.doc.id).sort();
  return { run, docs };
}

describe('search state in the address', () => {
  it('round-trips every filter, drops malformed dates and unknown date fields', () => {
    const state: SearchState = { q: 'harbour “vote” & more', tag: 'a, b', color: 'green', speaker: 'Ana Varga', status: 'accurate', site: 'x.example', reaction: 'angry', collection: 'id/1?', date: 'published', from: '2026-11-01', to: '2026-11-30' };
    expect(parseSearchState(searchHref(state))).toEqual(state);
    expect(parseSearchState('#/search?from=2026-13-45x&date=yesterday&to=tomorrow&q=x')).toEqual({ q: 'x' });
    expect(searchHref({ q: '' })).toBe('#/search');
  });
});

describe('filters applied to the hits', () => {
  it('narrows by collection with no words, and with words', () => {
    const { run } = setup();
    expect(run({ q: '', collection: 'essay' })).toEqual(['a:old.example/a', 'c:c1', 'h:h1']);
    expect(run({ q: 'harbour', collection: 'essay' })).toEqual(['a:old.example/a', 'h:h1']);
    expect(run({ q: 'harbour', collection: 'nothing' })).toEqual([]);
  });

  it('narrows by speaker to that speaker’s claims, ignoring case and accents', () => {
    const { run, docs } = setup();
    expect(run({ q: '', speaker: 'ana várga' })).toEqual(['c:c1']);
    expect(run({ q: 'reopen', speaker: 'Ana Varga' })).toEqual([]);
    expect([...speakerFacets(docs)]).toEqual([['Ana Varga', 1], ['Tom Reyes', 1]]);
  });

  it('keeps a saved-date range inclusive of its last day and hides an older article; a published range leaves out undated articles', () => {
    const { run } = setup();
    const day = (ms: number) => { const d = new Date(ms); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };
    expect(run({ q: 'harbour', from: day(T0 + 10 * DAY) })).toEqual(['a:new.example/b', 'h:h2']);
    expect(run({ q: 'harbour', to: day(T0) })).toEqual(['a:old.example/a', 'h:h1']);
    expect(run({ q: 'harbour', date: 'published', from: '2026-10-01', to: '2026-10-31' })).toEqual(['a:old.example/a', 'h:h1']);
    expect(run({ q: 'harbour', date: 'published', from: '2026-11-01' })).toEqual([]);
  });

  it('combines with the index’s own filters', () => {
    const { run } = setup();
    expect(run({ q: '', tag: 'port', collection: 'essay' })).toEqual(['h:h1']);
    expect(run({ q: '', tag: 'port', from: '2030-01-01' })).toEqual([]);
    expect(run({ q: '' })).toEqual([]);
  });
});
