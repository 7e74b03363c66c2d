/**
 * The library's collection and tag messages at the background's door: only extension pages may send them
 * (a news page cannot rename the reader's tags or read their collections' names back), and a malformed
 * one is refused with the reason before anything is written; a good one from the library page works.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { addHighlight } from '../../../storage/repository';
import { article, highlight } from '../storage/fixtures';
import { ORIGIN, muteDoorWarnings, setupDoor } from './door-harness';

const library = { id: 'x', url: `${ORIGIN}library.html`, tab: { id: 3, incognito: false } } as Runtime.MessageSender;
const newsPage = { id: 'x', url: 'https://news.example/2026/harbour-vote', tab: { id: 7, incognito: false }, frameId: 0 } as Runtime.MessageSender;

muteDoorWarnings();

describe('the library messages at the door', () => {
  it('refuses them from a content script, and writes nothing', async () => {
    const { db, door } = setupDoor();
    await expect(door['collection.create']({ name: 'Essay' }, newsPage)).rejects.toThrow(/only the extension’s own pages/);
    await expect(door['tag.rename']({ from: 'a', to: 'b' }, newsPage)).rejects.toThrow(/only the extension’s own pages/);
    expect(await db.collections.count()).toBe(0);
  });

  it('refuses malformed ones with the reason', async () => {
    const { door } = setupDoor();
    await expect(door['collection.create']({ name: '   ' }, library)).rejects.toThrow(/needs a name/);
    await expect(door['collection.add']({ id: 'x', keys: 'not a list' } as never, library)).rejects.toThrow(/must be a list/);
    await expect(door['tag.apply']({ ids: ['h'] }, library)).rejects.toThrow(/which tag/);
    await expect(door['tag.rename']({ from: 'a', to: 'x'.repeat(201) }, library)).rejects.toThrow(/at most 200/);
  });

  it('lets the library page make a collection, add an article and tag highlights', async () => {
    const { db, door } = setupDoor();
    const a = article();
    const h = await addHighlight(db, highlight(a.key, 'a passage'), a);
    const c = await door['collection.create']({ name: 'Essay' }, library);
    expect(await door['collection.add']({ id: c.id, keys: [a.key] }, library)).toBe(1);
    const change = await door['tag.apply']({ ids: [h.id], add: 'check' }, library);
    expect(change.changed).toBe(1);
    expect((await db.highlights.get(h.id))?.body.tags).toEqual(['check']);
  });
});
