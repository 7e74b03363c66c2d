import { afterEach, describe, expect, it } from 'vitest';
import { article, closeAll, freshDb, highlight } from './fixtures';
import {
  addHighlight,
  addHighlights,
  deleteHighlight,
  findArticleByUrl,
  getArticle,
  InvalidRecordError,
  listHighlights,
  purgeDeletedHighlights,
  restoreHighlight,
  updateHighlight,
} from '../../../storage/repository';

afterEach(closeAll);

describe('highlights', () => {
  it('stores a highlight as a Web Annotation and saves its article with it', async () => {
    const db = freshDb();
    const a = article();
    const h = await addHighlight(db, { ...highlight(a.key, 'the harbour will reopen'), body: { color: 'green', note: 'check date', tags: [' Port ', 'port', 'vote'] } }, a);
    expect(h.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.target.source).toBe(a.key);
    expect(h.target.selector.v).toBe(1);
    expect(h.body).toEqual({ color: 'green', note: 'check date', tags: ['Port', 'vote'] });
    expect(await listHighlights(db, a.key)).toEqual([h]);
    const saved = await getArticle(db, a.key);
    expect(saved?.title).toBe(a.title);
    expect(saved?.savedAt).toBe(h.created);
  });

  it('is idempotent with a client-made id: a retried save stores one highlight and answers with it', async () => {
    const db = freshDb();
    const a = article();
    const input = { ...highlight(a.key, 'the harbour will reopen'), id: 'c0ffee00-0000-4000-8000-000000000001' };
    const first = await addHighlight(db, input, a);
    const retry = await addHighlight(db, input, a);
    expect(retry).toEqual(first);
    expect(await listHighlights(db, a.key)).toHaveLength(1);
    // The same id for another article or another passage is a clash, not a retry: refused, nothing changed.
    const other = article('news.example/other');
    await expect(addHighlight(db, { ...highlight(other.key, 'the harbour will reopen'), id: input.id }, other)).rejects.toThrow(/already/);
    await expect(addHighlight(db, { ...highlight(a.key, 'another passage'), id: input.id }, a)).rejects.toThrow(/already/);
    expect(await listHighlights(db, a.key)).toEqual([first]);
  });

  it('shows the same highlights for the article under any of its URLs', async () => {
    const db = freshDb();
    const plain = article('news.example/harbour', 'https://news.example/harbour');
    const tracked = { ...plain, url: 'https://news.example/harbour?utm_source=x' };
    await addHighlight(db, highlight(plain.key, 'first quote', plain.url), plain);
    await addHighlight(db, highlight(plain.key, 'second quote', tracked.url), tracked);
    const byTracked = await findArticleByUrl(db, tracked.url);
    const byPlain = await findArticleByUrl(db, plain.url);
    expect(byTracked?.key).toBe(plain.key);
    expect(byPlain?.urls).toEqual([plain.url, tracked.url]);
    const quotes = (await listHighlights(db, byTracked!.key)).map((h) => h.target.selector.selectors[0]);
    // Two highlights made within one millisecond have no defined order; the popup orders by page position.
    expect(quotes.map((s) => (s.type === 'TextQuoteSelector' ? s.exact : '')).sort()).toEqual(['first quote', 'second quote']);
  });

  it('keeps other articles apart', async () => {
    const db = freshDb();
    const a = article('a.example/one');
    const b = article('a.example/one-more');
    await addHighlight(db, highlight(a.key, 'in a'), a);
    await addHighlight(db, highlight(b.key, 'in b'), b);
    expect((await listHighlights(db, a.key)).map((h) => h.articleKey)).toEqual([a.key]);
    expect(await listHighlights(db, 'a.example/nothing')).toEqual([]);
  });

  it('edits colour, note and tags without touching the rest', async () => {
    const db = freshDb();
    const a = article();
    const h = await addHighlight(db, highlight(a.key, 'quote'), a);
    await updateHighlight(db, h.id, { note: 'a note' });
    const updated = await updateHighlight(db, h.id, { color: 'pink', tags: ['x'] });
    expect(updated?.body).toEqual({ color: 'pink', note: 'a note', tags: ['x'] });
    expect(updated?.target).toEqual(h.target);
    expect(updated!.modified).toBeGreaterThanOrEqual(h.modified);
    expect(await updateHighlight(db, 'no-such-id', { note: 'x' })).toBeUndefined();
  });

  it('soft-deletes with undo, and an old undo token cannot undo a later delete', async () => {
    const db = freshDb();
    const a = article();
    const keep = await addHighlight(db, highlight(a.key, 'keep me'), a);
    const h = await addHighlight(db, { ...highlight(a.key, 'delete me'), body: { color: 'blue', note: 'my note', tags: ['t'] } }, a);
    const token = await deleteHighlight(db, h.id);
    expect(token).not.toBeNull();
    expect((await listHighlights(db, a.key)).map((x) => x.id)).toEqual([keep.id]);
    expect(await updateHighlight(db, h.id, { note: 'edit while deleted' })).toBeUndefined();
    expect(await deleteHighlight(db, h.id)).toBeNull();

    const restored = await restoreHighlight(db, token!);
    expect(restored?.body).toEqual({ color: 'blue', note: 'my note', tags: ['t'] });
    expect((await listHighlights(db, a.key)).map((x) => x.id).sort()).toEqual([keep.id, h.id].sort());

    // Delete again; the first token belongs to the first deletion only.
    await new Promise((r) => setTimeout(r, 2));
    const second = await deleteHighlight(db, h.id);
    expect(await restoreHighlight(db, token!)).toBeUndefined();
    expect((await listHighlights(db, a.key)).length).toBe(1);
    expect(await restoreHighlight(db, second!)).toBeDefined();
  });

  it('purges only deletions older than the cutoff', async () => {
    const db = freshDb();
    const a = article();
    const old = await addHighlight(db, highlight(a.key, 'old'), a);
    const live = await addHighlight(db, highlight(a.key, 'live'), a);
    const token = await deleteHighlight(db, old.id);
    expect(await purgeDeletedHighlights(db, token!.deletedAt - 1)).toBe(0);
    expect(await purgeDeletedHighlights(db, token!.deletedAt + 1)).toBe(1);
    expect(await restoreHighlight(db, token!)).toBeUndefined();
    expect((await listHighlights(db, a.key)).map((h) => h.id)).toEqual([live.id]);
  });

  it('stores a batch all together, merging each article once', async () => {
    const db = freshDb();
    const a = article('b.example/a');
    const b = article('b.example/b');
    const items = [
      { highlight: highlight(a.key, 'one'), article: a },
      { highlight: highlight(b.key, 'two'), article: b },
      { highlight: highlight(a.key, 'three', 'https://b.example/a?ref=x'), article: { ...a, url: 'https://b.example/a?ref=x' } },
    ];
    const saved = await addHighlights(db, items);
    expect(saved).toHaveLength(3);
    expect((await listHighlights(db, a.key)).length).toBe(2);
    expect((await getArticle(db, a.key))?.urls).toEqual(['https://b.example/a', 'https://b.example/a?ref=x']);
  });

  it('rejects bad input with a message and stores nothing', async () => {
    const db = freshDb();
    const a = article();
    const bad = [
      { ...highlight(a.key, 'x'), body: { color: 'orange' as never } },
      { ...highlight(a.key, 'x'), target: { url: a.url, selector: { v: 1 as const, selectors: [] } } },
      highlight('another-article', 'x'),
    ];
    for (const h of bad) {
      await expect(addHighlight(db, h, a)).rejects.toBeInstanceOf(InvalidRecordError);
    }
    await expect(addHighlight(db, { ...highlight(a.key, 'x'), body: { color: 'orange' as never } }, a)).rejects.toThrow(
      /Unknown highlight colour "orange"/,
    );
    await expect(updateHighlight(db, 'id', { tags: 'not a list' as never })).rejects.toThrow(/Tags must be a list/);
    await expect(addHighlights(db, [{ highlight: highlight(a.key, 'ok'), article: a }, null as never])).rejects.toThrow(/each entry must be/);
    expect(await db.highlights.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });
});
