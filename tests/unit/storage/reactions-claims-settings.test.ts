import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { article, closeAll, freshDb } from './fixtures';
import {
  clearClaimStatus,
  getArticle,
  getReaction,
  getSettings,
  isSitePaused,
  listClaimStatuses,
  mayStore,
  setClaimStatus,
  setReaction,
  setSitePaused,
  updateSettings,
} from '../../../storage/repository';

afterEach(closeAll);

describe('reactions', () => {
  it('keeps one reaction per article: another replaces it, null clears it, no-comment is its own choice', async () => {
    const db = freshDb();
    const a = article();
    expect(await getReaction(db, a.key)).toBeNull();
    const first = await setReaction(db, a.key, 'touched', a);
    expect(first).toMatchObject({ articleKey: a.key, reaction: 'touched' });
    expect((await getArticle(db, a.key))?.savedAt).toBe(first!.at);
    await setReaction(db, a.key, 'no-comment', a);
    expect(await getReaction(db, a.key)).toBe('no-comment');
    expect(await db.reactions.count()).toBe(1);
    await setReaction(db, a.key, null, a);
    expect(await getReaction(db, a.key)).toBeNull();
    // Clearing the reaction keeps the saved article.
    expect(await getArticle(db, a.key)).toBeDefined();
  });

  it('rejects an unknown reaction or a mismatched article', async () => {
    const db = freshDb();
    const a = article();
    await expect(setReaction(db, a.key, 'meh' as never, a)).rejects.toThrow(/Unknown reaction "meh"/);
    await expect(setReaction(db, 'other', 'sad', a)).rejects.toThrow(/belongs to article "other"/);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('claim statuses', () => {
  it('marks, re-marks and clears a claim, saving the article', async () => {
    const db = freshDb();
    const a = article();
    const claim = {
      id: 'claim-1',
      articleKey: a.key,
      quote: 'Crime fell by a third last year',
      speaker: 'Chief Constable',
      selector: [{ type: 'TextQuoteSelector' as const, exact: 'Crime fell by a third last year', prefix: '', suffix: '' }],
      status: 'needs-context' as const,
      note: 'which year?',
    };
    await setClaimStatus(db, claim, a);
    await setClaimStatus(db, { ...claim, status: 'misleading' }, a);
    const list = await listClaimStatuses(db, a.key);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'misleading', note: 'which year?', speaker: 'Chief Constable' });
    expect(await getArticle(db, a.key)).toBeDefined();
    expect(await clearClaimStatus(db, 'claim-1')).toBe(true);
    expect(await listClaimStatuses(db, a.key)).toEqual([]);
    await expect(setClaimStatus(db, { ...claim, status: 'half-true' as never }, a)).rejects.toThrow(/Unknown claim status/);
  });
});

describe('settings', () => {
  it('defaults to storing nothing from private windows and pausing no site', async () => {
    const db = freshDb();
    const settings = await getSettings(db);
    expect(settings).toEqual({ pausedSites: [], storeIncognito: false, lastBackupAt: null });
    expect(mayStore(settings, { incognito: true })).toBe(false);
    expect(mayStore(settings, { incognito: false })).toBe(true);
  });

  it('changes only what the patch names, and survives reopening', async () => {
    const db = freshDb();
    await updateSettings(db, { pausedSites: ['Mail.Example.com.', 'mail.example.com'] });
    const after = await updateSettings(db, { storeIncognito: true });
    expect(after).toEqual({ pausedSites: ['mail.example.com'], storeIncognito: true, lastBackupAt: null });
    db.close();
    await db.open();
    expect(await getSettings(db)).toEqual(after);
    expect(mayStore(after, { incognito: true })).toBe(true);
  });

  it('pauses and resumes a site', async () => {
    const db = freshDb();
    await setSitePaused(db, 'bank.example', true);
    expect(isSitePaused(await getSettings(db), 'BANK.example')).toBe(true);
    expect(isSitePaused(await getSettings(db), 'news.example')).toBe(false);
    await setSitePaused(db, 'bank.example', false);
    expect(isSitePaused(await getSettings(db), 'bank.example')).toBe(false);
  });

  it('rejects bad settings with a message', async () => {
    const db = freshDb();
    await expect(updateSettings(db, { storeIncognito: 'yes' as never })).rejects.toThrow(/storeIncognito must be true or false/);
    await expect(updateSettings(db, { colour: 'red' } as never)).rejects.toThrow(/Unknown setting "colour"/);
    await expect(setSitePaused(db, 'https://bank.example/login', true)).rejects.toThrow(/is not a hostname/);
  });
});
