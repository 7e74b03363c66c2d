/**
 * The kept search index: loaded instead of rebuilt when it verifies, brought up to date by re-indexing
 * only what changed while the library was closed (and then finding exactly what a rebuild finds), and
 * rebuilt, not trusted, when it is of another version, corrupt or disagrees with itself.
 */
import { describe, expect, it } from 'vitest';
import { openIndex, type KeptIndexStore } from '../../../entrypoints/library/search/kept-index';
import { SEARCH_INDEX_VERSION, SearchIndex, type KeptSearchIndex } from '../../../entrypoints/library/search/search-index';
import { searchDocs, type SearchSource } from '../../../entrypoints/library/search/search-docs';
import type { ArticleRecord, HighlightRecord } from '../../../model';

function article(key: string, title: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return { key, url: `https://${key}`, urls: [`https://${key}`], title, siteName: 'Example Post', byline: null, published: null, savedAt: 1, updatedAt: 1, ...extra };
}

function hl(id: string, articleKey: string, exact: string, note = '', modified = 1): HighlightRecord {
  return {
    id, articleKey,
    target: { source: articleKey, url: `https://${articleKey}`, selector: { v: 1, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] } },
    body: { color: 'yellow', note, tags: [] }, created: 1, modified,
  };
}

function library(): SearchSource {
  return {
    articles: [article('a.example/port', 'Harbour vote'), article('b.example/cafe', 'Café culture')],
    highlights: [
      hl('h1', 'a.example/port', 'The harbour will reopen in spring', 'Check the Ministry dates'),
      hl('h2', 'b.example/cafe', 'Espresso prices doubled', 'Über teuer'),
      hl('h3', 'a.example/port', 'Dockers walked out at dawn', 'zanzibarite'),
    ],
    claims: [{ id: 'c1', articleKey: 'a.example/port', quote: 'We kept the cold chain running', speaker: 'Ana Varga', selector: [], status: 'misleading', note: '', modified: 4 }],
    reactions: [],
  };
}

/** The same library after a session elsewhere: a note edited, a highlight deleted, one added, a title corrected. */
function changedLibrary(): SearchSource {
  const s = library();
  const [h1, h2] = s.highlights;
  return {
    ...s,
    articles: [s.articles[0], { ...s.articles[1], citation: { title: 'Coffee prices in Lisbon' }, updatedAt: 2 }],
    highlights: [{ ...h1, body: { ...h1.body, note: 'Ask the mayor' }, modified: 2 }, h2, hl('h4', 'b.example/cafe', 'Queues outside the roastery')],
  };
}

class MemoryStore implements KeptIndexStore {
  writes = 0;
  constructor(public kept: unknown = undefined) {}
  async read() {
    return this.kept;
  }
  async write(kept: KeptSearchIndex) {
    this.kept = kept;
    this.writes++;
  }
}

async function keptOf(source: SearchSource): Promise<KeptSearchIndex> {
  const index = new SearchIndex();
  index.sync(searchDocs(source));
  return index.toKept();
}

const QUERIES = ['harbour', 'ministry', 'mayor', 'espresso', 'uber', 'roast', 'coffee lisbon', 'cafe', 'varga cold', 'zanzibarite', 'post'];
const found = (index: SearchIndex) => Object.fromEntries(QUERIES.map((q) => [q, index.search(q).map((h) => h.doc.id).sort()]));

describe('the kept search index', () => {
  it('is loaded, not rebuilt, when nothing changed, and finds what the index it was kept from found', async () => {
    const original = new SearchIndex();
    original.sync(searchDocs(library()));
    const store = new MemoryStore(await original.toKept());
    const opened = await openIndex(store, searchDocs(library()));
    expect(opened.from).toBe('kept');
    expect(opened.changed).toBe(0);
    expect(found(opened.index)).toEqual(found(original));
    expect(found(opened.index).ministry).toEqual(['h:h1']);
  });

  it('brought up to date from an older kept index, re-indexes only what changed and finds exactly what a rebuild finds', async () => {
    const store = new MemoryStore(await keptOf(library()));
    const docs = searchDocs(changedLibrary());
    const opened = await openIndex(store, docs, { budgetMs: 0 });
    expect(opened.from).toBe('kept');
    // h1 edited, h3 gone, h4 new, and the corrected article with its two highlights.
    expect(opened.changed).toBe(5);
    const rebuilt = new SearchIndex();
    rebuilt.sync(docs);
    expect(found(opened.index)).toEqual(found(rebuilt));
    expect(found(opened.index).mayor).toEqual(['h:h1']);
    expect(found(opened.index).ministry).toEqual([]);
    expect(found(opened.index).zanzibarite).toEqual([]);
    expect(found(opened.index)['coffee lisbon']).toEqual(['a:b.example/cafe']);
  });

  it('keeps no word of a deleted item', async () => {
    const index = new SearchIndex();
    index.sync(searchDocs(library()));
    index.sync(searchDocs(changedLibrary()));
    const kept = await index.toKept();
    expect(kept.index).not.toContain('zanzibarite');
    expect(kept.index).toContain('roastery');
  });

  it('is rebuilt, not trusted, when it is of another version, corrupt, or disagrees with itself', async () => {
    const good = await keptOf(library());
    const docs = searchDocs(changedLibrary());
    const rebuilt = new SearchIndex();
    rebuilt.sync(docs);
    const stampsWithExtra = JSON.stringify([...JSON.parse(good.stamps), ['h:ghost', '1']]);
    const cases: [string, unknown, RegExp][] = [
      ['older version', { ...good, version: SEARCH_INDEX_VERSION - 1 }, /version/],
      ['truncated index', { ...good, index: good.index.slice(0, good.index.length / 2) }, /unreadable/],
      ['index of something else', { ...good, index: JSON.stringify({ documentCount: 'many' }) }, /unreadable|disagree/],
      ['stamps for a document it lacks', { ...good, stamps: stampsWithExtra }, /disagree/],
      ['stamps not a list', { ...good, stamps: '{"h1":1}' }, /stamps/],
      ['not an object', 'hello', /none kept/],
      ['fields missing', { version: SEARCH_INDEX_VERSION }, /not an index/],
    ];
    for (const [name, kept, why] of cases) {
      const opened = await openIndex(new MemoryStore(kept), docs);
      expect(opened.from, name).toBe('built');
      expect(opened.rejected, name).toMatch(why);
      expect(found(opened.index), name).toEqual(found(rebuilt));
    }
  });

  it('is rebuilt when the store cannot be read', async () => {
    const store: KeptIndexStore = { read: () => Promise.reject(new Error('QuotaExceededError')), write: async () => {} };
    const opened = await openIndex(store, searchDocs(library()));
    expect(opened.from).toBe('built');
    expect(opened.rejected).toMatch(/QuotaExceeded/);
    expect(found(opened.index).ministry).toEqual(['h:h1']);
  });

  it('builds in slices, answering from what is indexed so far', async () => {
    const docs = searchDocs(library());
    const progress: number[] = [];
    let seen: SearchIndex | undefined;
    const opened = await openIndex(new MemoryStore(), docs, {
      budgetMs: 0,
      onIndex: (index) => (seen = index),
      onProgress: (done) => {
        progress.push(done);
        // Between slices the part indexed so far answers.
        if (done === 3) expect(seen!.indexed).toBe(3);
      },
    });
    expect(seen).toBe(opened.index);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(opened.index.indexed).toBe(docs.length);
  });
});

describe('search indexes what the reader sees', () => {
  it("finds an article and its highlights by the reader's corrected title and site, not the extracted ones", () => {
    const base = library();
    const s = { ...base, articles: [{ ...base.articles[0], citation: { title: 'Dock strike ends', siteName: 'The Quay Times' }, updatedAt: 2 }, base.articles[1]] };
    const index = new SearchIndex();
    index.sync(searchDocs(s));
    expect(index.search('strike').map((h) => h.doc.id)).toEqual(['a:a.example/port']);
    expect(index.search('vote')).toEqual([]);
    expect(index.search('quay').map((h) => h.doc.id)).toEqual(['a:a.example/port']);
    expect(index.search('ministry', { site: 'The Quay Times' }).map((h) => h.doc.id)).toEqual(['h:h1']);
  });
});

describe("the library page's search", () => {
  it('keeps a new index once built, and a small change only when told to (the page is hidden) or after a quiet minute', async () => {
    const { LibrarySearch } = await import('../../../entrypoints/library/search/library-search');
    const store = new MemoryStore();
    const search = new LibrarySearch(store);
    search.update(searchDocs(library()));
    await expect.poll(() => store.writes).toBe(1);
    expect(search.state.value).toEqual({ phase: 'ready' });
    expect(search.index!.search('ministry').map((h) => h.doc.id)).toEqual(['h:h1']);

    // Several changes while one is applied: the latest holds them all.
    search.update(searchDocs({ ...library(), highlights: [] }));
    search.update(searchDocs(changedLibrary()));
    await expect.poll(() => search.index!.search('mayor').length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.writes).toBe(1);
    await search.flush();
    expect(store.writes).toBe(2);
    expect(search.index!.search('mayor').map((h) => h.doc.id)).toEqual(['h:h1']);
    const reopened = await openIndex(store, searchDocs(changedLibrary()));
    expect(reopened).toMatchObject({ from: 'kept', changed: 0 });

    // Nothing changed since: nothing is written.
    await search.flush();
    expect(store.writes).toBe(2);
  });
});
