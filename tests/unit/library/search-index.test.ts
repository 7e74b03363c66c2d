/**
 * The library's search: every word must match (the last as a prefix, as typed), case and accents do not
 * matter, filters narrow, and the index follows changes without a rebuild.
 */
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../entrypoints/library/search/search-index';
import { searchDocs, type SearchSource } from '../../../entrypoints/library/search/search-docs';
import type { HighlightRecord } from '../../../model';

function hl(id: string, articleKey: string, exact: string, note = '', tags: string[] = [], color: HighlightRecord['body']['color'] = 'yellow'): HighlightRecord {
  return {
    id, articleKey,
    target: { source: articleKey, url: `https://${articleKey}`, selector: { v: 1, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] } },
    body: { color, note, tags }, created: 1, modified: 1,
  };
}

function source(): SearchSource {
  return {
    articles: [
      { key: 'a.example/port', url: 'https://a.example/port', urls: [], title: 'Harbour vote', siteName: 'Example Post', byline: null, published: null, savedAt: 1, updatedAt: 1 },
      { key: 'b.example/cafe', url: 'https://b.example/cafe', urls: [], title: 'Café culture', siteName: null, byline: null, published: null, savedAt: 2, updatedAt: 2 },
      { key: 'c.example/gone', url: 'https://c.example/gone', urls: [], title: 'Trashed story', siteName: null, byline: null, published: null, savedAt: 3, updatedAt: 3, deleted: 5 },
    ],
    highlights: [
      hl('h1', 'a.example/port', 'The harbour will reopen in spring', 'Check the Ministry dates', ['port', 'été']),
      hl('h2', 'b.example/cafe', 'Espresso prices doubled', 'Über teuer', [], 'green'),
      hl('h3', 'c.example/gone', 'Harbour in the trash'),
      { ...hl('h4', 'a.example/port', 'deleted harbour words'), deleted: 9 },
    ],
    claims: [{ id: 'c1', articleKey: 'a.example/port', quote: 'We kept the cold chain running', speaker: 'Ana Varga', selector: [], status: 'misleading', note: '', modified: 4 }],
    reactions: [{ articleKey: 'b.example/cafe', reaction: 'amused', at: 2 }],
  };
}

const ids = (hits: { doc: { id: string } }[]) => hits.map((h) => h.doc.id).sort();

describe('library search', () => {
  const index = new SearchIndex();
  index.sync(searchDocs(source()));

  it('finds a note by one of its words, any case, and hides it when a word is missing', () => {
    expect(ids(index.search('ministry'))).toEqual(['h:h1']);
    expect(ids(index.search('ministry elephant'))).toEqual([]);
  });

  it('ignores accents both ways and matches the word being typed as a prefix', () => {
    expect(ids(index.search('uber'))).toEqual(['h:h2']);
    expect(ids(index.search('ete'))).toEqual(['h:h1']);
    expect(ids(index.search('CAFE'))).toEqual(['a:b.example/cafe']);
    expect(ids(index.search('espr'))).toEqual(['h:h2']);
    expect(ids(index.search('esp'))).toEqual(['h:h2']);
    // One or two letters are not yet a prefix (they would match most of a large library): whole words only.
    expect(ids(index.search('es'))).toEqual([]);
    // A finished word is not a prefix: "harbo" types on, "harbo spring" does not match "harbour".
    expect(ids(index.search('harbo spring'))).toEqual([]);
  });

  it('searches claims and speakers, titles on their article, and leaves out what is in the Trash', () => {
    expect(ids(index.search('varga cold'))).toEqual(['c:c1']);
    expect(ids(index.search('harbour'))).toEqual(['a:a.example/port', 'h:h1']);
    expect(ids(index.search('post'))).toEqual(['a:a.example/port']);
  });

  it('filters by tag, colour, site and reaction, with or without words', () => {
    expect(ids(index.search('', { tag: 'port' }))).toEqual(['h:h1']);
    expect(ids(index.search('', { color: 'green' }))).toEqual(['h:h2']);
    expect(ids(index.search('harbour', { site: 'Example Post', kind: 'highlight' }))).toEqual(['h:h1']);
    expect(ids(index.search('', { reaction: 'amused', kind: 'highlight' }))).toEqual(['h:h2']);
    expect(ids(index.search('harbour', { reaction: 'amused' }))).toEqual([]);
  });

  it('follows changes: an edited note is found by its new words only, a removed highlight is gone', () => {
    const s = source();
    const [first, , ...rest] = s.highlights;
    const edited = { ...first, body: { ...first.body, note: 'Ask the mayor' }, modified: 2 };
    const changed = index.sync(searchDocs({ ...s, highlights: [edited, ...rest] }));
    expect(changed).toBe(2);
    expect(ids(index.search('ministry'))).toEqual([]);
    expect(ids(index.search('mayor'))).toEqual(['h:h1']);
    expect(ids(index.search('espresso'))).toEqual([]);
  });
});
