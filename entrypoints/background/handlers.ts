/**
 * What the background answers, as plain functions over the database and a
 * way to reach tabs, so the rules (private windows, one transaction per
 * write, who gets told to repaint) are tested without a browser.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Handlers } from '../../messaging/channel';
import type { BackgroundProtocol, ContentProtocol, Req } from '../../messaging/protocol';
import type { NewsmarkDB } from '../../storage/db';
import {
  addHighlight,
  deleteArticle,
  getArticle,
  importLibrary,
  restoreArticle,
  trashArticle,
  deleteHighlight,
  getHighlight,
  getSettings,
  isSitePaused,
  listClaimStatuses,
  listHighlights,
  mayStore,
  restoreHighlight,
  saveArticle,
  setClaimStatus,
  setReaction,
  setSitePaused,
  setArticleCitation,
  updateHighlight,
  updateSettings,
} from '../../storage/repository';
import { normalizeHostname } from '../../storage/validate';
import { deleteCorrection, putCorrection, restoreCorrection } from '../../storage/corrections';
import type { PendingClaim } from '../../messaging/corrections';
import { claimRecordId } from '../../core/claim-key';
import { sameSite } from '../../core/site';
import { createLibraryHandlers } from './library-handlers';
import { hasSnapshot, putSnapshot } from '../../storage/snapshots';

export class PrivateWindowError extends Error {
  name = 'PrivateWindowError';
  constructor() {
    super('Newsmark does not store anything from private windows. You can allow it in the library’s settings.');
  }
}

/** The tabs side of the background: who is told what. Failures to reach a tab are not errors. */
export interface TabMessenger {
  /** Sends to every tab whose URL matches one of `urlPatterns`, except `exceptTabId`. */
  broadcast<K extends keyof ContentProtocol>(
    urlPatterns: string[],
    type: K,
    data: Req<ContentProtocol, K>,
    exceptTabId?: number,
  ): Promise<void>;
  send<K extends keyof ContentProtocol>(tabId: number, type: K, data: Req<ContentProtocol, K>): Promise<void>;
}

const WEB_PAGES = ['http://*/*', 'https://*/*'];

export function createBackgroundHandlers(db: NewsmarkDB, tabs: TabMessenger): Omit<Handlers<BackgroundProtocol>, 'content.loadPart'> {
  /** Writes from a private window are refused unless the user allowed them. */
  async function assertMayStore(sender: Runtime.MessageSender): Promise<void> {
    if (!mayStore(await getSettings(db), { incognito: !!sender.tab?.incognito })) throw new PrivateWindowError();
  }

  /**
   * Tell the content scripts to repaint this article's highlights. Tabs cannot
   * be filtered by article key here (that is the page's to compute), so each
   * tab gets the key and ignores it when it shows another article. Not
   * awaited by the callers: the write's reply goes out first, because one busy
   * tab could otherwise hold the reader's save for seconds.
   */
  function highlightsChanged(articleKey: string | undefined, exceptTabId?: number): void {
    if (articleKey === undefined) return;
    void tabs.broadcast(WEB_PAGES, 'page.highlightsChanged', { articleKey }, exceptTabId).catch(() => undefined);
  }

  /** As highlightsChanged, for a highlight known by id (looked up after the reply is decided). */
  function highlightChanged(highlightId: string): void {
    void articleKeyOf(highlightId).then((key) => highlightsChanged(key), () => undefined);
  }

  /** Per tab, the highlight its note editor is for (note.open, then note.target). */
  const notesToOpen = new Map<number, string>();
  /** Per tab, the selection its add-claim form is for (claim.open, then claim.pending). */
  const claimsToAdd = new Map<number, PendingClaim>();

  async function articleKeyOf(highlightId: string): Promise<string | undefined> {
    return (await getHighlight(db, highlightId))?.articleKey;
  }

  /** Asks the tab for its snapshot when the article has none yet; a tab that cannot answer is not an error. */
  function keepSnapshotOf(articleKey: string, tabId: number): void {
    void hasSnapshot(db, articleKey)
      .then((has) => (has ? undefined : tabs.send(tabId, 'page.keepSnapshot', { refresh: false })))
      .catch(() => undefined);
  }

  return {
    ...createLibraryHandlers(db),
    'article.snapshot': async ({ article, snapshot, refresh }, sender) => {
      await assertMayStore(sender);
      return putSnapshot(db, article.key, snapshot, refresh);
    },
    'article.save': async ({ article }, sender) => {
      await assertMayStore(sender);
      return saveArticle(db, article);
    },
    'article.setCitation': async ({ article, patch }, sender) => {
      await assertMayStore(sender);
      return setArticleCitation(db, article, patch);
    },
    'article.delete': async ({ key }) => {
      await deleteArticle(db, key);
      // The article's highlights vanish from any tab still showing it.
      highlightsChanged(key);
    },
    'article.trash': async ({ key }) => {
      const moved = await trashArticle(db, key);
      // A trashed article's highlights are no longer painted.
      highlightsChanged(key);
      return moved;
    },
    'article.restore': async ({ key }) => {
      const restored = await restoreArticle(db, key);
      highlightsChanged(key);
      return restored;
    },
    'library.import': async ({ library }) => {
      const outcome = await importLibrary(db, library);
      for (const a of library.articles) highlightsChanged(a.key);
      return outcome;
    },
    'highlight.add': async (input, sender) => {
      await assertMayStore(sender);
      const record = await addHighlight(
        db,
        {
          id: input.id,
          articleKey: input.article.key,
          target: { url: input.article.url, selector: { v: 1, selectors: input.selector } },
          body: { color: input.color, note: input.note ?? '', tags: input.tags ?? [] },
        },
        input.article,
      );
      // The tab that made it repaints by itself.
      highlightsChanged(input.article.key, sender.tab?.id);
      // A first highlight saves the article: ask its tab for the page's text and analysis (not awaited).
      if (record && sender.tab?.id !== undefined) keepSnapshotOf(input.article.key, sender.tab.id);
      return record;
    },
    'highlight.update': async ({ id, patch }, sender) => {
      await assertMayStore(sender);
      const updated = await updateHighlight(db, id, patch);
      highlightsChanged(updated?.articleKey);
    },
    'highlight.delete': async ({ id }) => {
      const undo = await deleteHighlight(db, id);
      highlightChanged(id);
      return undo;
    },
    'highlight.restore': async (token) => {
      await restoreHighlight(db, token);
      highlightChanged(token.highlightId);
    },
    'highlights.list': async ({ articleKey }) =>
      (await getArticle(db, articleKey))?.deleted !== undefined ? [] : listHighlights(db, articleKey),
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
        input.article,
      );
    },
    'claims.list': ({ articleKey }) => listClaimStatuses(db, articleKey),
    'reaction.set': async ({ article, reaction }, sender) => {
      await assertMayStore(sender);
      return setReaction(db, article.key, reaction, article);
    },
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),
    'site.setPaused': async ({ host, paused }) => {
      const settings = await setSitePaused(db, host, paused);
      // Every open tab of that site stops (or starts) at once, not on its next load.
      const site = normalizeHostname(host);
      await tabs.broadcast([`http://${site}/*`, `https://${site}/*`], 'page.setPaused', { paused });
      return settings;
    },
    'site.isPaused': async ({ host }) => isSitePaused(await getSettings(db), host),
    'site.sameSite': ({ page, canonical }) => sameSite(page, canonical),
    'correction.put': async ({ article, correction }, sender) => {
      await assertMayStore(sender);
      return putCorrection(db, { ...correction, articleKey: article.key }, article);
    },
    'correction.delete': ({ id }) => deleteCorrection(db, id),
    'correction.restore': async (record, sender) => {
      await assertMayStore(sender);
      return restoreCorrection(db, record);
    },
    'claim.open': (pending, sender) => {
      if (sender.tab?.id !== undefined) claimsToAdd.set(sender.tab.id, pending);
    },
    'claim.pending': (_data, sender) => (sender.tab?.id !== undefined ? (claimsToAdd.get(sender.tab.id) ?? null) : null),
    'note.open': ({ id }, sender) => {
      if (sender.tab?.id !== undefined) notesToOpen.set(sender.tab.id, id);
    },
    'note.target': (_data, sender) => (sender.tab?.id !== undefined ? (notesToOpen.get(sender.tab.id) ?? null) : null),
    'note.close': async (_data, sender) => {
      if (sender.tab?.id !== undefined) await tabs.send(sender.tab.id, 'page.closeNote', undefined);
    },
  };
}
