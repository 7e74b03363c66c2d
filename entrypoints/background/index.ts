/**
 * The background owns the database: every write in Newsmark arrives here as
 * a typed message and goes to Dexie in one transaction (handlers.ts).
 * Extension pages read through live queries; content scripts never touch
 * IndexedDB (there it would belong to the news site). Every message passes
 * the door first (door.ts): who may send what, with what arguments.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleBackgroundMessages, sendToTab } from '../../messaging/channel';
import { openNewsmarkDB } from '../../storage/db';
import { createBackgroundHandlers, type TabMessenger } from './handlers';
import { guardHandlers } from './door';
import { injectPart } from './inject-part';
import { schedulePurge } from './maintenance';

const HIGHLIGHT_MENU_ID = 'newsmark-highlight-selection';

const tabs: TabMessenger = {
  async broadcast(urlPatterns, type, data, exceptTabId) {
    const found = await browser.tabs.query({ url: urlPatterns });
    await Promise.all(
      found.map((tab) =>
        tab.id === undefined || tab.id === exceptTabId ? undefined : sendToTab(tab.id, type, data).catch(() => undefined),
      ),
    );
  },
  async send(tabId, type, data) {
    await sendToTab(tabId, type, data).catch(() => undefined);
  },
};

export default defineBackground(() => {
  const db = openNewsmarkDB();
  handleBackgroundMessages(
    guardHandlers(
      { ...createBackgroundHandlers(db, tabs), 'content.loadPart': ({ part }, sender) => injectPart(part, sender) },
      { extensionOrigin: browser.runtime.getURL('/'), db },
    ),
  );
  // Deleted highlights past their grace period go for good, without the reader asking.
  void schedulePurge(db, browser.alarms);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: 'Highlight selection', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU_ID && tab?.id !== undefined) void tabs.send(tab.id, 'page.highlightSelection', {});
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'highlight-selection' && command !== 'focus-toolbar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'focus-toolbar') await tabs.send(tab.id, 'page.focusToolbar', undefined);
    else await tabs.send(tab.id, 'page.highlightSelection', {});
  });
});
