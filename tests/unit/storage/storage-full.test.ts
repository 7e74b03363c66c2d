/**
 * A full disk or quota must reach the user as StorageFullError, and the
 * transaction must leave nothing half-written. The failure is injected as a
 * DBCore middleware so it happens inside the real transaction, after the
 * article has already been written in it.
 */
import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { article, closeAll, freshDb, highlight } from './fixtures';
import {
  addHighlight,
  addHighlights,
  getArticle,
  isQuotaError,
  listHighlights,
  setReaction,
  STORAGE_FULL_MESSAGE,
  StorageFullError,
  updateSettings,
  getSettings,
} from '../../../storage/repository';
import type { NewsmarkDB } from '../../../storage/db';

afterEach(closeAll);

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Every write to `tableName` fails from now on, as a full disk would. */
function fillDiskFor(db: NewsmarkDB, tableName: string, error: () => unknown = quotaError): void {
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: `full-disk-${tableName}`,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== tableName) return table;
          return { ...table, mutate: () => Promise.reject(error()) };
        },
      };
    },
  };
  db.use(middleware);
}

describe('storage full', () => {
  it('reports StorageFullError and saves neither the highlight nor its new article', async () => {
    const db = freshDb();
    fillDiskFor(db, 'highlights');
    const a = article();
    const attempt = addHighlight(db, highlight(a.key, 'a quote'), a);
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(await getArticle(db, a.key)).toBeUndefined();
    expect(await db.articles.count()).toBe(0);
  });

  it('leaves an already saved article exactly as it was', async () => {
    const name = `newsmark-test-${crypto.randomUUID()}`;
    const healthy = freshDb(name);
    const a = article();
    await addHighlight(healthy, highlight(a.key, 'kept'), a);
    const before = await getArticle(healthy, a.key);
    healthy.close();

    const full = freshDb(name);
    fillDiskFor(full, 'highlights');
    const otherUrl = { ...a, url: `${a.url}?utm_source=x`, title: 'A new title' };
    await expect(addHighlight(full, highlight(a.key, 'lost', otherUrl.url), otherUrl)).rejects.toBeInstanceOf(StorageFullError);
    expect(await getArticle(full, a.key)).toEqual(before);
    expect((await listHighlights(full, a.key)).length).toBe(1);
  });

  it('rolls back a whole batch when one table is full', async () => {
    const db = freshDb();
    fillDiskFor(db, 'highlights');
    const items = ['x/1', 'x/2', 'x/3'].map((key) => ({ highlight: highlight(key, 'q'), article: article(key) }));
    await expect(addHighlights(db, items)).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.articles.count()).toBe(0);
  });

  it('recognises quota errors wrapped in an abort (Dexie AbortError with the cause inside)', async () => {
    const db = freshDb();
    fillDiskFor(db, 'reactions', () => new Dexie.AbortError('Transaction aborted', quotaError()));
    const a = article();
    const attempt = setReaction(db, a.key, 'amused', a);
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.articles.count()).toBe(0);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Error('unrelated')))).toBe(false);
  });

  it('passes other failures through unchanged', async () => {
    const db = freshDb();
    fillDiskFor(db, 'settings', () => new DOMException('bad data', 'DataError'));
    await expect(updateSettings(db, { storeIncognito: true })).rejects.toMatchObject({ name: 'DataError' });
    expect(await getSettings(db)).toEqual({ pausedSites: [], storeIncognito: false, lastBackupAt: null });
  });
});
