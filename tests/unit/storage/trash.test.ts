/**
 * The library's Trash: an article deleted from the library comes back whole when restored, disappears
 * from the list meanwhile, and is purged for good (with its highlights, claims and reaction) after 30
 * days by the maintenance job.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight, deleteArticle, deleteHighlight, listArticles, listTrash, putCorrection, restoreArticle, setClaimStatus, setReaction,
  trashArticle,
} from '../../../storage/repository';
import { purgeExpired, DELETED_GRACE_MS } from '../../../entrypoints/background/maintenance';
import { article, closeAll, freshDb, highlight } from './fixtures';

afterEach(closeAll);

async function fill() {
  const db = freshDb();
  const a = article();
  const b = article('news.example/other', 'https://news.example/other');
  await addHighlight(db, { ...highlight(a.key, 'the harbour will reopen'), body: { color: 'green', note: 'check', tags: ['port'] } }, a);
  await addHighlight(db, highlight(b.key, 'another passage'), b);
  await setClaimStatus(db, { id: 'c1', articleKey: a.key, quote: 'We kept it running', speaker: 'Varga', selector: [], status: 'misleading', note: 'logs' }, a);
  await setReaction(db, a.key, 'angry', a);
  return { db, a, b };
}

describe('the Trash', () => {
  it('hides a trashed article from the list and restores it with everything attached, unchanged', async () => {
    const { db, a } = await fill();
    const before = { article: await db.articles.get(a.key), h: await db.highlights.toArray(), c: await db.claims.toArray(), r: await db.reactions.toArray() };
    expect(await trashArticle(db, a.key)).toBe(true);
    expect((await listArticles(db)).map((x) => x.key)).toEqual(['news.example/other']);
    const trash = await listTrash(db);
    expect(trash.articles.map((x) => [x.key, x.highlightCount])).toEqual([[a.key, 1]]);
    expect(await restoreArticle(db, a.key)).toBe(true);
    expect(await db.articles.get(a.key)).toEqual(before.article);
    expect(await db.highlights.toArray()).toEqual(before.h);
    expect(await db.claims.toArray()).toEqual(before.c);
    expect(await db.reactions.toArray()).toEqual(before.r);
    expect((await listTrash(db)).articles).toEqual([]);
  });

  it('lists deleted highlights of live articles beside trashed articles', async () => {
    const { db, b } = await fill();
    const [h] = await db.highlights.where('articleKey').equals(b.key).toArray();
    await deleteHighlight(db, h.id);
    const trash = await listTrash(db);
    expect(trash.highlights.map((x) => [x.highlight.id, x.article?.key])).toEqual([[h.id, b.key]]);
  });

  it('purges a trashed article with its highlights, claims and reaction after 30 days, not before', async () => {
    const { db, a, b } = await fill();
    const t = Date.now();
    await trashArticle(db, a.key, t);
    expect(await purgeExpired(db, t + DELETED_GRACE_MS - 1000)).toBe(0);
    expect(await db.articles.get(a.key)).toBeDefined();
    expect(await purgeExpired(db, t + DELETED_GRACE_MS + 1000)).toBe(1);
    expect(await db.articles.get(a.key)).toBeUndefined();
    expect(await db.highlights.where('articleKey').equals(a.key).count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
    expect(await db.reactions.count()).toBe(0);
    // The other article is untouched.
    expect(await db.highlights.where('articleKey').equals(b.key).count()).toBe(1);
  });

  it('removes a purged or deleted-forever article\'s corrections with it, and no other article\'s', async () => {
    const { db, a, b } = await fill();
    await putCorrection(db, { articleKey: a.key, kind: 'dismiss', quote: 'We kept it running' }, a);
    await putCorrection(db, { articleKey: a.key, kind: 'rename', from: 'Varga', to: 'Helena Varga' }, a);
    await putCorrection(db, { articleKey: b.key, kind: 'rename', from: 'Ruiz', to: 'Ana Ruiz' }, b);
    const t = Date.now();
    await trashArticle(db, a.key, t);
    // In the Trash the corrections stay, so a restore brings the article back whole.
    expect(await db.corrections.where('articleKey').equals(a.key).count()).toBe(2);
    expect(await purgeExpired(db, t + DELETED_GRACE_MS + 1000)).toBe(1);
    expect(await db.corrections.where('articleKey').equals(a.key).count()).toBe(0);
    expect(await db.corrections.where('articleKey').equals(b.key).count()).toBe(1);
    // "Delete forever" from the Trash.
    await trashArticle(db, b.key);
    expect(await deleteArticle(db, b.key)).toBe(true);
    expect(await db.corrections.count()).toBe(0);
  });
});
