import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { article, closeAll, freshDb, highlight } from './fixtures';
import * as repository from '../../../storage/repository';
import {
  addHighlight,
  deleteArticle,
  deleteHighlight,
  findArticleByUrl,
  getArticle,
  getReaction,
  InvalidRecordError,
  listArticles,
  listClaimStatuses,
  listHighlights,
  saveArticle,
  setClaimStatus,
  setReaction,
} from '../../../storage/repository';

afterEach(closeAll);

const later = () => new Promise((r) => setTimeout(r, 3));

describe('articles', () => {
  it('Save keeps the first save time, merges URLs and keeps metadata the extractor missed later', async () => {
    const db = freshDb();
    const a = article('news.example/x', 'https://news.example/x');
    const first = await saveArticle(db, a);
    await later();
    const second = await saveArticle(db, { ...a, url: 'https://news.example/x?utm_source=y', title: null, byline: 'New Byline' });
    expect(second.savedAt).toBe(first.savedAt);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(second.urls).toEqual(['https://news.example/x', 'https://news.example/x?utm_source=y']);
    expect(second.title).toBe(a.title);
    expect(second.byline).toBe('New Byline');
    expect(await getArticle(db, a.key)).toEqual(second);
  });

  it('lists newest saved first with highlight and claim counts and the reaction', async () => {
    const db = freshDb();
    const old = article('news.example/old');
    const fresh = article('news.example/fresh');
    const h = await addHighlight(db, highlight(old.key, 'one'), old);
    await addHighlight(db, highlight(old.key, 'two'), old);
    await deleteHighlight(db, h.id);
    await later();
    await setReaction(db, fresh.key, 'sad', fresh);
    await setClaimStatus(db, { id: 'c', articleKey: fresh.key, quote: 'q', speaker: 's', selector: [], status: 'accurate', note: '' }, fresh);
    const list = await listArticles(db);
    expect(list.map((x) => [x.key, x.highlightCount, x.claimCount, x.reaction])).toEqual([
      [fresh.key, 0, 1, 'sad'],
      [old.key, 1, 0, null],
    ]);
    // Acting on the old article again moves it up in "updated" order only.
    await later();
    await addHighlight(db, highlight(old.key, 'three'), old);
    expect((await listArticles(db)).map((x) => x.key)).toEqual([fresh.key, old.key]);
    expect((await listArticles(db, { order: 'updated' })).map((x) => x.key)).toEqual([old.key, fresh.key]);
    expect((await listArticles(db, { order: 'updated', offset: 1, limit: 1 })).map((x) => x.key)).toEqual([fresh.key]);
  });

  it('deletes an article with all its highlights, claims and reaction, and nothing else', async () => {
    const db = freshDb();
    const gone = article('news.example/gone');
    const kept = article('news.example/kept');
    await addHighlight(db, highlight(gone.key, 'x'), gone);
    const h = await addHighlight(db, highlight(gone.key, 'y'), gone);
    await deleteHighlight(db, h.id);
    await setClaimStatus(db, { id: 'c', articleKey: gone.key, quote: 'q', speaker: 's', selector: [], status: 'inaccurate', note: '' }, gone);
    await setReaction(db, gone.key, 'angry', gone);
    await addHighlight(db, highlight(kept.key, 'z'), kept);
    expect(await deleteArticle(db, gone.key)).toBe(true);
    expect(await getArticle(db, gone.key)).toBeUndefined();
    expect(await db.highlights.where('articleKey').equals(gone.key).count()).toBe(0);
    expect(await listClaimStatuses(db, gone.key)).toEqual([]);
    expect(await getReaction(db, gone.key)).toBeNull();
    expect((await listHighlights(db, kept.key)).length).toBe(1);
    expect(await deleteArticle(db, gone.key)).toBe(false);
  });

  it('stores nothing when a page is only looked at: every read leaves the database empty', async () => {
    const db = freshDb();
    const a = article();
    await listHighlights(db, a.key);
    await listClaimStatuses(db, a.key);
    await getReaction(db, a.key);
    await getArticle(db, a.key);
    await findArticleByUrl(db, a.url);
    await listArticles(db);
    // Clearing a reaction is not acting on the article; it must not save it.
    expect(await setReaction(db, a.key, null, a)).toBeNull();
    expect(await db.articles.count()).toBe(0);
    // And the API offers no way to record a visit.
    expect(Object.keys(repository).filter((name) => /visit|history|seen|view/i.test(name))).toEqual([]);
  });

  it('rejects an article without a key or URL, with a message', async () => {
    const db = freshDb();
    await expect(saveArticle(db, { ...article(), key: '' })).rejects.toThrow(/article key must be a non-empty string/);
    await expect(saveArticle(db, { ...article(), url: undefined as never })).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(saveArticle(db, null as never)).rejects.toThrow(/article is missing/);
  });
});
