import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createBackgroundHandlers, PrivateWindowError, type TabMessenger } from '../../../entrypoints/background/handlers';
import { StorageFullError } from '../../../storage/errors';
import { listArticles, listHighlights, getReaction } from '../../../storage/repository';
import type { TextSelector } from '../../../core/anchoring/types';
import { article, closeAll, freshDb } from '../storage/fixtures';

const normalTab = { tab: { id: 7, incognito: false } } as Runtime.MessageSender;
const privateTab = { tab: { id: 8, incognito: true } } as Runtime.MessageSender;
const selector: TextSelector[] = [
  { type: 'TextQuoteSelector', exact: 'a passage worth keeping', prefix: 'before ', suffix: ' after' },
  { type: 'TextPositionSelector', start: 100, end: 123 },
];

function recordingTabs() {
  const sent: { to: string; type: string; data: unknown }[] = [];
  const tabs: TabMessenger = {
    async broadcast(urlPatterns, type, data, exceptTabId) {
      sent.push({ to: `${urlPatterns.join(' ')} except ${exceptTabId ?? 'none'}`, type, data });
    },
    async send(tabId, type, data) {
      sent.push({ to: String(tabId), type, data });
    },
  };
  return { tabs, sent };
}

afterEach(closeAll);

describe('background handlers', () => {
  it('refuse to store anything from a private window until the user allows it', async () => {
    const db = freshDb();
    const { tabs } = recordingTabs();
    const handlers = createBackgroundHandlers(db, tabs);
    const input = { article: article(), selector, color: 'yellow' as const };

    await expect(handlers['highlight.add'](input, privateTab)).rejects.toBeInstanceOf(PrivateWindowError);
    await expect(handlers['reaction.set']({ article: article(), reaction: 'sad' }, privateTab)).rejects.toThrow(/private windows/);
    await expect(handlers['article.save']({ article: article() }, privateTab)).rejects.toThrow(/private windows/);
    expect(await listArticles(db)).toEqual([]);
    expect(await listHighlights(db, article().key)).toEqual([]);

    await handlers['settings.update']({ storeIncognito: true }, normalTab);
    await handlers['highlight.add'](input, privateTab);
    expect(await listHighlights(db, article().key)).toHaveLength(1);
  });

  it('store a highlight with its article, ask the other tabs (not the maker) to repaint, and the maker for its page (the article had no snapshot)', async () => {
    const db = freshDb();
    const { tabs, sent } = recordingTabs();
    const handlers = createBackgroundHandlers(db, tabs);
    const record = await handlers['highlight.add']({ article: article(), selector, color: 'green', note: 'check' }, normalTab);

    expect(record?.target.selector).toEqual({ v: 1, selectors: selector });
    expect(record?.body).toEqual({ color: 'green', note: 'check', tags: [] });
    expect((await listArticles(db)).map((a) => a.key)).toEqual([article().key]);
    await vi.waitFor(() =>
      expect(sent).toEqual([
        { to: 'http://*/* https://*/* except 7', type: 'page.highlightsChanged', data: { articleKey: article().key } },
        { to: '7', type: 'page.keepSnapshot', data: { refresh: false } },
      ]),
    );
    // Once the page is kept, a further highlight does not ask for it again.
    await handlers['article.snapshot']({ article: article(), snapshot: { url: article().url, text: 'Text.', textLength: 5, language: 'en', speakers: [], claims: [], claimsTotal: 0 }, refresh: false }, normalTab);
    sent.length = 0;
    await handlers['highlight.add']({ article: article(), selector, color: 'green' }, normalTab);
    await new Promise((r) => setTimeout(r, 50));
    expect(sent.map((m) => m.type)).toEqual(['page.highlightsChanged']);
  });

  it('answer a save before the other tabs are told (a busy tab never holds the reply), then tell them', async () => {
    const db = freshDb();
    const told: string[] = [];
    let release!: () => void;
    const busy = new Promise<void>((resolve) => (release = resolve));
    const tabs: TabMessenger = {
      async broadcast(_patterns, type) {
        await busy; // a tab that takes its time to answer
        told.push(type);
      },
      async send() {},
    };
    const handlers = createBackgroundHandlers(db, tabs);
    const reply = Promise.resolve(handlers['highlight.add']({ article: article(), selector, color: 'yellow' }, normalTab));
    const outcome = await Promise.race([reply.then(() => 'replied'), new Promise((r) => setTimeout(() => r('waited'), 500))]);
    expect(outcome).toBe('replied');
    expect(await listHighlights(db, article().key)).toHaveLength(1);
    release();
    await expect.poll(() => told).toEqual(['page.highlightsChanged']);
  });

  it('pass a full disk on as the user-facing StorageFullError, with nothing written', async () => {
    const db = freshDb();
    const handlers = createBackgroundHandlers(db, recordingTabs().tabs);
    db.reactions.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(handlers['reaction.set']({ article: article(), reaction: 'angry' }, normalTab)).rejects.toBeInstanceOf(
      StorageFullError,
    );
    expect(await getReaction(db, article().key)).toBeNull();
    expect(await listArticles(db)).toEqual([]);
  });

  it('one stored status per claim text: marking the same claim again replaces the verdict', async () => {
    const db = freshDb();
    const handlers = createBackgroundHandlers(db, recordingTabs().tabs);
    const claim = { article: article(), quote: 'The fix is simple', speaker: 'Daniel Reyes', selector, note: '' };
    await handlers['claim.setStatus']({ ...claim, status: 'misleading' }, normalTab);
    await handlers['claim.setStatus']({ ...claim, quote: 'The  fix is  simple', status: 'accurate' }, normalTab);
    const stored = await handlers['claims.list']({ articleKey: article().key }, normalTab);
    expect(stored.map((s) => s.status)).toEqual(['accurate']);
  });

  it('pausing a site tells every open tab of that site at once', async () => {
    const db = freshDb();
    const { tabs, sent } = recordingTabs();
    const handlers = createBackgroundHandlers(db, tabs);
    const settings = await handlers['site.setPaused']({ host: 'Mail.Example.com', paused: true }, normalTab);
    expect(settings.pausedSites).toEqual(['mail.example.com']);
    expect(await handlers['site.isPaused']({ host: 'mail.example.com' }, normalTab)).toBe(true);
    expect(sent[0]).toMatchObject({ type: 'page.setPaused', data: { paused: true } });
    expect(sent[0].to).toContain('mail.example.com');
  });
});
