/**
 * The background owns the database: every write in Newsmark arrives here as
 * a typed message and goes to Dexie in one transaction (handlers.ts).
 * Extension pages read through live queries; content scripts never touch
 * IndexedDB (there it would belong to the news site).
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleBackgroundMessages, sendToTab } from '../../messaging/channel';
import { openNewsmarkDB } from '../../storage/db';
import { createBackgroundHandlers, type TabMessenger } from './handlers';
import { injectPart } from './inject-part';

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
  handleBackgroundMessages({
    ...createBackgroundHandlers(openNewsmarkDB(), tabs),
    'content.loadPart': ({ part }, sender) => injectPart(part, sender),
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: 'Highlight selection', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU_ID && tab?.id !== undefined) void tabs.send(tab.id, 'page.highlightSelection', {});
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'highlight-selection') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await tabs.send(tab.id, 'page.highlightSelection', {});
  });
});
