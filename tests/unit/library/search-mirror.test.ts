/**
 * The Search view's copy of the library follows the database write by write: after each write what it
 * finds is what a fresh read of the whole library finds, and the index is handed only the documents the
 * write touched (a note edit is that highlight and its article's items, not the library).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addHighlight, addToCollection, createCollection, deleteHighlight, purgeDeletedHighlights, removeFromCollection, setArticleCitation,
  setClaimStatus, setReaction, trashArticle, updateHighlight, restoreArticle, REACTIONS,
} from '../../../storage/repository';
import { readSearchSource } from '../../../storage/search-source';
import { SearchMirror, type SearchSink } from '../../../entrypoints/library/search/search-mirror';
import { SearchIndex } from '../../../entrypoints/library/search/search-index';
import { searchDocs, type SearchDoc } from '../../../entrypoints/library/search/search-docs';
import type { NewsmarkDB } from '../../../storage/db';
import { article, closeAll, freshDb, highlight } from '../storage/fixtures';

afterEach(closeAll);

/** The index as the page keeps it, and a log of what it was handed. */
class RecordingSink implements SearchSink {
  readonly index = new SearchIndex();
  wholes = 0;
  changes: { upserts: string[]; removed: string[] }[] = [];
  update(docs: readonly SearchDoc[]) {
    this.wholes++;
    this.index.sync(docs);
  }
  change(upserts: readonly SearchDoc[], removed: readonly string[]) {
    this.changes.push({ upserts: upserts.map((d) => d.id), removed: [...removed] });
    this.index.apply(upserts, removed);
  }
  found(words: string): string[] {
    return this.index.search(words).map((h) => h.doc.id).sort();
  }
}

async function followed(db: NewsmarkDB) {
  const sink = new RecordingSink();
  const mirror = new SearchMirror(sink);
  const stop = mirror.follow(db);
  await vi.waitFor(() => expect(mirror.loaded).toBe(true));
  /** Waits until the mirror has applied everything up to the write just made. */
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 0));
    await mirror.settled();
  };
  return { sink, mirror, stop, settle };
}

/** What a fresh read of the whole library gives, to compare the followed copy against. */
async function fresh(db: NewsmarkDB): Promise<Map<string, string>> {
  const docs = searchDocs(await readSearchSource(db));
  return new Map(docs.map((d) => [d.id, d.stamp]));
}

const stamps = (mirror: SearchMirror) => new Map([...mirror.docs].map(([id, d]) => [id, d.stamp]));

describe('search follows the library write by write', () => {
  it('finds an edited note at once, handing the index only that article’s documents, and agrees with a fresh read', async () => {
    const db = freshDb();
    const a = article();
    const b = article('news.example/other');
    const h1 = await addHighlight(db, highlight(a.key, 'the harbour will reopen'), a);
    await addHighlight(db, highlight(b.key, 'the market closed early'), b);
    const { sink, mirror, stop, settle } = await followed(db);
    expect(sink.wholes).toBe(1);
    expect(sink.found('zanzibarite')).toEqual([]);

    await updateHighlight(db, h1.id, { note: 'zanzibarite deposits' });
    await settle();
    expect(sink.found('zanzibarite')).toEqual([`h:${h1.id}`]);
    // The other article's documents were not touched; the whole set was handed over only once.
    expect(sink.wholes).toBe(1);
    const touched = sink.changes.flatMap((c) => c.upserts);
    expect(touched).toContain(`h:${h1.id}`);
    expect(touched.every((id) => id.includes(a.key) || id === `h:${h1.id}`)).toBe(true);
    expect(stamps(mirror)).toEqual(await fresh(db));
    stop();
  });

  it('drops what goes to the Trash and brings it back, follows titles, reactions, claims and collections', async () => {
    const db = freshDb();
    const a = article();
    const h1 = await addHighlight(db, highlight(a.key, 'the harbour will reopen'), a);
    const h2 = await addHighlight(db, highlight(a.key, 'dockers walked out'), a);
    const { sink, mirror, stop, settle } = await followed(db);

    await deleteHighlight(db, h2.id);
    await settle();
    expect(sink.found('dockers')).toEqual([]);
    expect(sink.changes.at(-1)!.removed).toContain(`h:${h2.id}`);

    await setArticleCitation(db, a, { title: 'Quayside referendum' });
    await settle();
    expect(sink.found('quayside')).toEqual([`a:${a.key}`]);
    expect(mirror.docs.get(`h:${h1.id}`)!.title).toBe('Quayside referendum');

    await setReaction(db, a.key, REACTION, a);
    await settle();
    expect(mirror.docs.get(`h:${h1.id}`)!.reaction).toBe(REACTION);

    await setClaimStatus(db, { id: 'c1', articleKey: a.key, quote: 'We kept the cold chain running', speaker: 'Ana Varga', selector: [], status: 'misleading', note: '' }, a);
    await settle();
    expect(sink.found('varga')).toEqual(['c:c1']);

    const essay = await createCollection(db, 'Harbour essay');
    await addToCollection(db, essay.id, [a.key]);
    await settle();
    expect(mirror.facts.get(a.key)!.collections).toEqual([essay.id]);
    await removeFromCollection(db, essay.id, [a.key]);
    await settle();
    expect(mirror.facts.get(a.key)!.collections).toEqual([]);

    await trashArticle(db, a.key);
    await settle();
    expect(sink.found('harbour')).toEqual([]);
    await restoreArticle(db, a.key);
    await settle();
    expect(sink.found('harbour')).toEqual([`h:${h1.id}`]);

    // A purge deletes by range: Dexie cannot say which keys, so the table is read again, still right.
    await purgeDeletedHighlights(db, Date.now() + 1);
    await settle();
    expect(stamps(mirror)).toEqual(await fresh(db));
    expect(sink.wholes).toBe(1);
    stop();
  });
});

const REACTION = REACTIONS[0];
