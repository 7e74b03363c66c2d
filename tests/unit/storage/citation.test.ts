import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { article, closeAll, freshDb } from './fixtures';
import { getArticle, InvalidRecordError, saveArticle, setArticleCitation } from '../../../storage/repository';

afterEach(closeAll);

describe('citation corrections on the article record', () => {
  it('saves the article when it was not saved, and keeps the page values beside the corrections', async () => {
    const db = freshDb();
    const a = article('news.example/x', 'https://news.example/x');
    const stored = await setArticleCitation(db, a, { authors: ['Ana Ruiz', 'Ben Cole'] });
    expect(stored.citation).toEqual({ authors: ['Ana Ruiz', 'Ben Cole'] });
    expect(stored.byline).toBe(a.byline);
    expect(await getArticle(db, a.key)).toEqual(stored);
  });

  it('survives a later save with fresh metadata from the page', async () => {
    const db = freshDb();
    const a = article('news.example/x', 'https://news.example/x');
    await setArticleCitation(db, a, { title: 'Corrected title', published: '2024-03-05' });
    const again = await saveArticle(db, { ...a, title: 'The page title, read again' });
    expect(again.title).toBe('The page title, read again');
    expect(again.citation).toEqual({ title: 'Corrected title', published: '2024-03-05' });
  });

  it('a cleared text field gives it back to the page; no corrections left, no field', async () => {
    const db = freshDb();
    const a = article('news.example/x', 'https://news.example/x');
    await setArticleCitation(db, a, { title: 'Corrected', siteName: 'The Ledger' });
    expect((await setArticleCitation(db, a, { title: '  ' })).citation).toEqual({ siteName: 'The Ledger' });
    const cleared = await setArticleCitation(db, a, { siteName: null });
    expect(cleared.citation).toBeUndefined();
    expect('citation' in (await getArticle(db, a.key))!).toBe(false);
  });

  it('authors may be corrected to none', async () => {
    const db = freshDb();
    const a = article('news.example/x', 'https://news.example/x');
    expect((await setArticleCitation(db, a, { authors: [] })).citation).toEqual({ authors: [] });
  });

  it('refuses a malformed change and stores nothing', async () => {
    const db = freshDb();
    const a = article('news.example/x', 'https://news.example/x');
    await expect(setArticleCitation(db, a, { url: 'javascript:alert(1)' })).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(setArticleCitation(db, a, { published: 'last Tuesday' })).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(setArticleCitation(db, a, { authors: 'Ana Ruiz' as unknown as string[] })).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(setArticleCitation(db, a, { editor: 'x' } as never)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await getArticle(db, a.key)).toBeUndefined();
  });
});
