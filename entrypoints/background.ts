/**
 * The background owns the database: every write in Newsmark arrives here as
 * a typed message and goes to Dexie in one transaction. Extension pages read
 * through live queries; content scripts never touch IndexedDB (there it would
 * belong to the news site).
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { handleBackgroundMessages, sendToTab } from '../messaging/channel';
import { openNewsmarkDB } from '../storage/db';
import {
  addHighlight,
  deleteArticle,
  deleteHighlight,
  getHighlight,
  getSettings,
  listClaimStatuses,
  listHighlights,
  isSitePaused,
  mayStore,
  restoreHighlight,
  saveArticle,
  setClaimStatus,
  setReaction,
  setSitePaused,
  updateHighlight,
  updateSettings,
} from '../storage/repository';
import { claimRecordId } from '../components/claim-match';
import type { ArticleRef } from '../messaging/protocol';

const HIGHLIGHT_MENU_ID = 'newsmark-highlight-selection';

export class PrivateWindowError extends Error {
  name = 'PrivateWindowError';
  constructor() {
    super('Newsmark does not store anything from private windows. You can allow it in the library’s settings.');
  }
}

export default defineBackground(() => {
  const db = openNewsmarkDB();

  /** Writes from a private window are refused unless the user allowed them. */
  async function assertMayStore(sender: Runtime.MessageSender): Promise<void> {
    if (!mayStore(await getSettings(db), { incognito: !!sender.tab?.incognito })) throw new PrivateWindowError();
  }

  function articleFields(article: ArticleRef) {
    return {
      key: article.key,
      url: article.url,
      title: article.title,
      siteName: article.siteName,
      byline: article.byline,
      published: article.published,
    };
  }

  /**
   * Tell the content scripts to repaint this article's highlights. Tabs
   * cannot be filtered by article key here (that is the page's to compute),
   * so each tab gets the key and ignores it when it shows another article.
   */
  async function notifyHighlightsChanged(articleKey: string | undefined, exceptTabId?: number): Promise<void> {
    if (articleKey === undefined) return;
    const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined || tab.id === exceptTabId
          ? undefined
          : sendToTab(tab.id, 'page.highlightsChanged', { articleKey }).catch(() => undefined),
      ),
    );
  }

  async function articleKeyOf(highlightId: string): Promise<string | undefined> {
    return (await getHighlight(db, highlightId))?.articleKey;
  }

  handleBackgroundMessages({
    'article.save': async ({ article }, sender) => {
      await assertMayStore(sender);
      return saveArticle(db, articleFields(article));
    },
    'article.delete': async ({ key }) => {
      await deleteArticle(db, key);
      // The article's highlights vanish from any tab still showing it.
      await notifyHighlightsChanged(key);
    },
    'highlight.add': async (input, sender) => {
      await assertMayStore(sender);
      const record = await addHighlight(
        db,
        {
          articleKey: input.article.key,
          target: { url: input.article.url, selector: { v: 1, selectors: input.selector } },
          body: { color: input.color, note: input.note ?? '', tags: input.tags ?? [] },
        },
        articleFields(input.article),
      );
      // The tab that made it repaints by itself.
      await notifyHighlightsChanged(input.article.key, sender.tab?.id);
      return record;
    },
    'highlight.update': async ({ id, patch }, sender) => {
      await assertMayStore(sender);
      await updateHighlight(db, id, patch);
      await notifyHighlightsChanged(await articleKeyOf(id));
    },
    'highlight.delete': async ({ id }) => {
      const undo = await deleteHighlight(db, id);
      await notifyHighlightsChanged(await articleKeyOf(id));
      return undo;
    },
    'highlight.restore': async (token) => {
      await restoreHighlight(db, token);
      await notifyHighlightsChanged(await articleKeyOf(token.highlightId));
    },
    'highlights.list': ({ articleKey }) => listHighlights(db, articleKey),
    'claim.setStatus': async (input, sender) => {
      await assertMayStore(sender);
      return setClaimStatus(
        db,
        {
          id: claimRecordId(input.article.key, input.quote),
          articleKey: input.article.key,
          quote: input.quote,
          speaker: input.speaker,
          selector: input.selector,
          status: input.status,
          note: input.note,
        },
        articleFields(input.article),
      );
    },
    'claims.list': ({ articleKey }) => listClaimStatuses(db, articleKey),
    'reaction.set': async ({ article, reaction }, sender) => {
      await assertMayStore(sender);
      return setReaction(db, article.key, reaction, articleFields(article));
    },
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),
    'site.setPaused': async ({ host, paused }) => {
      const settings = await setSitePaused(db, host, paused);
      // Every open tab of that site stops (or starts) at once, not on its next load.
      const tabs = await browser.tabs.query({ url: [`http://${host}/*`, `https://${host}/*`] });
      await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined ? undefined : sendToTab(tab.id, 'page.setPaused', { paused }).catch(() => undefined),
        ),
      );
      return settings;
    },
    'note.close': async (_data, sender) => {
      if (sender.tab?.id !== undefined) await sendToTab(sender.tab.id, 'page.closeNote', undefined).catch(() => undefined);
    },
    'site.isPaused': async ({ host }) => isSitePaused(await getSettings(db), host),
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: 'Highlight selection', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== HIGHLIGHT_MENU_ID || tab?.id === undefined) return;
    sendToTab(tab.id, 'page.highlightSelection', {}).catch(() => undefined);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'highlight-selection') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) sendToTab(tab.id, 'page.highlightSelection', {}).catch(() => undefined);
  });
});
