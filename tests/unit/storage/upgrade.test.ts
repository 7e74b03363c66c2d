/**
 * Each schema upgrade, from a database created and filled by the previous
 * version. The old schema is written out here literally (not imported) so an
 * accidental edit to a shipped schema file is caught rather than mirrored.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, freshDb, freshDbName } from './fixtures';
import {
  findArticleByUrl,
  getReaction,
  getSettings,
  listArticles,
  listClaimStatuses,
  listHighlights,
  updateHighlight,
} from '../../../storage/repository';
import { CURRENT_SCHEMA_VERSION } from '../../../storage/schema';

afterEach(closeAll);

async function fillVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    articles: 'key, url, savedAt, updatedAt',
    highlights: 'id, articleKey, created',
    claims: 'id, articleKey',
    reactions: 'articleKey',
  });
  await v1.table('articles').bulkAdd([
    { key: 'site.example/a', url: 'https://site.example/a', title: 'A', siteName: 'Site', byline: null, published: null, savedAt: 1000, updatedAt: 5000 },
    { key: 'site.example/b', url: 'https://site.example/b?id=2', title: null, siteName: null, byline: 'B. Writer', published: '2025-01-01', savedAt: 2000, updatedAt: 2000 },
  ]);
  await v1.table('highlights').bulkAdd([
    {
      id: 'h1', articleKey: 'site.example/a', url: 'https://site.example/a', quote: 'first words',
      selectors: [{ type: 'TextQuoteSelector', exact: 'first words', prefix: 'p', suffix: 's' }, { type: 'TextPositionSelector', start: 5, end: 16 }],
      color: 'green', note: 'my note', created: 1100, modified: 1200,
    },
    // Written by an early build: only a position, an unknown colour, no note.
    { id: 'h2', articleKey: 'site.example/a', url: 'https://site.example/a?utm_source=x', quote: 'second words', selectors: [{ type: 'TextPositionSelector', start: 40, end: 52 }], color: 'orange', created: 1300, modified: 1300 },
    { id: 'h3', articleKey: 'site.example/b', url: 'https://site.example/b?id=2', quote: 'other', selectors: [], color: 'yellow', note: '', created: 2100, modified: 2100 },
  ]);
  await v1.table('claims').bulkAdd([
    { id: 'c1', articleKey: 'site.example/a', quote: 'We will rebuild', speaker: 'Mayor', status: 'misleading', note: 'see budget', modified: 1500 },
    { id: 'c2', articleKey: 'site.example/b', quote: 'Nothing changed', speaker: 'Union', status: 'half-true', note: '', modified: 2500 },
  ]);
  await v1.table('reactions').bulkAdd([
    { articleKey: 'site.example/a', reaction: 'no-comment', at: 1600 },
    { articleKey: 'site.example/b', reaction: 'angry', at: 2600 },
  ]);
  v1.close();
}

describe('schema upgrade v1 -> v2', () => {
  it('keeps every article, highlight, claim and reaction', async () => {
    const name = freshDbName();
    await fillVersion1(name);
    const db = freshDb(name);

    const articles = await listArticles(db);
    expect(articles.map((a) => [a.key, a.highlightCount, a.claimCount, a.reaction, a.savedAt])).toEqual([
      ['site.example/b', 1, 1, 'angry', 2000],
      ['site.example/a', 2, 1, 'no-comment', 1000],
    ]);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // The new multiEntry index finds articles by the URL they were saved under.
    expect((await findArticleByUrl(db, 'https://site.example/b?id=2'))?.byline).toBe('B. Writer');

    const [h1, h2] = await listHighlights(db, 'site.example/a');
    expect(h1).toEqual({
      id: 'h1',
      articleKey: 'site.example/a',
      target: {
        source: 'site.example/a',
        url: 'https://site.example/a',
        selector: {
          v: 1,
          selectors: [
            { type: 'TextQuoteSelector', exact: 'first words', prefix: 'p', suffix: 's' },
            { type: 'TextPositionSelector', start: 5, end: 16 },
          ],
        },
      },
      body: { color: 'green', note: 'my note', tags: [] },
      created: 1100,
      modified: 1200,
    });
    // The quote survives even where v1 kept it only beside the selectors.
    expect(h2.target.selector.selectors).toContainEqual({ type: 'TextQuoteSelector', exact: 'second words', prefix: '', suffix: '' });
    expect(h2.target.url).toBe('https://site.example/a?utm_source=x');
    expect(h2.body).toEqual({ color: 'yellow', note: '', tags: [] });

    const claims = await listClaimStatuses(db, 'site.example/a');
    expect(claims).toEqual([
      { id: 'c1', articleKey: 'site.example/a', quote: 'We will rebuild', speaker: 'Mayor', selector: [], status: 'misleading', note: 'see budget', modified: 1500 },
    ]);
    expect((await listClaimStatuses(db, 'site.example/b'))[0]).toMatchObject({ quote: 'Nothing changed', status: 'unverified' });
    expect(await getReaction(db, 'site.example/b')).toBe('angry');
    expect(await getSettings(db)).toEqual({ pausedSites: [], storeIncognito: false, lastBackupAt: null });

    // Upgraded records are ordinary v2 records.
    expect((await updateHighlight(db, 'h3', { tags: ['kept'] }))?.body.tags).toEqual(['kept']);
  });

  it('upgrades an empty v1 database', async () => {
    const name = freshDbName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ articles: 'key, url, savedAt, updatedAt', highlights: 'id, articleKey, created', claims: 'id, articleKey', reactions: 'articleKey' });
    await v1.open();
    v1.close();
    const db = freshDb(name);
    expect(await listArticles(db)).toEqual([]);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe('schema upgrade v2 -> v3', () => {
  it('keeps every v2 record and adds an empty corrections table', async () => {
    const name = freshDbName();
    const v2 = new Dexie(name);
    v2.version(2).stores({
      articles: 'key, url, *urls, savedAt, updatedAt',
      highlights: 'id, articleKey, [articleKey+created], modified, deleted',
      claims: 'id, articleKey, modified',
      reactions: 'articleKey, at',
      settings: 'key',
    });
    await v2.open();
    const a = { key: 'site.example/a', url: 'https://site.example/a', urls: ['https://site.example/a'], title: 'A', siteName: null, byline: null, published: null, savedAt: 1, updatedAt: 2 };
    await v2.table('articles').put(a);
    await v2.table('claims').put({ id: 'site.example/a#q', articleKey: a.key, quote: 'Q', speaker: 'S', selector: [], status: 'accurate', note: '', modified: 3 });
    v2.close();
    const db = freshDb(name);
    expect(await listArticles(db)).toMatchObject([{ key: a.key, title: 'A' }]);
    expect(await listClaimStatuses(db, a.key)).toMatchObject([{ status: 'accurate' }]);
    expect(await db.corrections.count()).toBe(0);
    expect(db.verno).toBeGreaterThanOrEqual(3);
  });
});
