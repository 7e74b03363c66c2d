/**
 * Corrections through the background's door: only extension pages may store, undo or restore them; a
 * content script may only offer its own page's selection to the add-claim form framed in its tab.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { listCorrections } from '../../../storage/repository';
import type { TextSelector } from '../../../core/anchoring/types';
import type { ArticleInput } from '../../../storage/records';
import { ORIGIN, muteDoorWarnings, setupDoor } from './door-harness';

const popup = { id: 'x', url: `${ORIGIN}popup.html` } as Runtime.MessageSender;
const contentOn = (url: string, tab = 7) => ({ id: 'x', url, tab: { id: tab, incognito: false, url }, frameId: 0 }) as Runtime.MessageSender;
const newsPage = contentOn('https://www.news.example.com/2026/harbour-vote');
const otherSite = contentOn('https://attacker.example.org/copy', 9);
const formInTab = (tab: number) => ({ id: 'x', url: `${ORIGIN}claim.html`, tab: { id: tab, incognito: false } }) as Runtime.MessageSender;

const selector: TextSelector[] = [{ type: 'TextQuoteSelector', exact: 'Ferries run late', prefix: 'said ', suffix: '.' }];
const article: ArticleInput = {
  key: 'https://news.example.com/2026/harbour-vote',
  url: 'https://www.news.example.com/2026/harbour-vote',
  title: 'Harbour vote',
  siteName: null,
  byline: null,
  published: null,
};

muteDoorWarnings();

describe('corrections at the door', () => {
  it('stores, undoes and restores a correction from the popup', async () => {
    const { db, door } = setupDoor();
    const { record } = await door['correction.put']({ article, correction: { kind: 'rename', from: 'Tom Becker', to: 'Thomas Becker' } }, popup);
    expect(await listCorrections(db, article.key)).toEqual([record]);
    const removed = await door['correction.delete']({ id: record.id }, popup);
    expect(await listCorrections(db, article.key)).toEqual([]);
    await door['correction.restore'](removed!, popup);
    expect(await listCorrections(db, article.key)).toMatchObject([{ to: 'Thomas Becker' }]);
  });

  it('refuses corrections from a content script, and a rename to an empty name from anyone, saying why', async () => {
    const { db, door } = setupDoor();
    await expect(door['correction.put']({ article, correction: { kind: 'dismiss', quote: 'Ferries run late' } }, newsPage)).rejects.toThrow(
      /only the extension’s own pages/,
    );
    await expect(door['correction.put']({ article, correction: { kind: 'rename', from: 'Tom Becker', to: ' ' } }, popup)).rejects.toThrow(
      /new name cannot be empty/,
    );
    await expect(door['correction.restore']({ articleKey: article.key, kind: 'bogus' } as never, popup)).rejects.toThrow(/Unknown correction/);
    expect(await db.corrections.count()).toBe(0);
  });

  it("lets a content script offer its own page's selection to the form in its tab, and only that form read it", async () => {
    const { door } = setupDoor();
    const pending = { article, quote: 'Ferries run late', selector, speakers: ['Tom Becker', 'Helena Varga'] };
    await expect(door['claim.open'](pending, otherSite)).rejects.toThrow(/not on the sending page's site/);
    await expect(door['claim.open']({ ...pending, speakers: 'Tom' } as never, newsPage)).rejects.toThrow(/list/);
    await door['claim.open'](pending, newsPage);
    await expect(door['claim.pending'](undefined, newsPage)).rejects.toThrow(/refused/i);
    expect(await door['claim.pending'](undefined, formInTab(7))).toEqual(pending);
    expect(await door['claim.pending'](undefined, formInTab(8))).toBeNull();
  });
});
