/**
 * One fixture for every e2e test: Chromium with the built extension, its id,
 * and the sample site on 127.0.0.1. Page objects wrap the popup and library.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../scripts/launch-browser';
import { startSampleServer, type SampleServer } from '../../scripts/sample-server';
import { PopupPage } from './pages/popup-page';
import { LibraryPage } from './pages/library-page';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  site: SampleServer;
  /** Opens a URL in a new tab and returns the tab's id as the extension sees it. */
  openArticle: (url: string) => Promise<{ page: Page; tabId: number }>;
  popupFor: (tabId: number) => Promise<PopupPage>;
  library: () => Promise<LibraryPage>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    const server = await startSampleServer();
    await use(server);
    await server.close();
  },
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use, testInfo) => {
    const launched = await launchWithExtension({ headless: true });
    (testInfo as unknown as { _newsmark: typeof launched })._newsmark = launched;
    await use(launched.context);
    await launched.close();
  },
  serviceWorker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 10_000 });
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openArticle: async ({ context, serviceWorker }, use) => {
    await use(async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await tabIdOf(serviceWorker, page.url());
      await contentScriptReady(serviceWorker, tabId);
      return { page, tabId };
    });
  },
  popupFor: async ({ context, extensionId }, use) => {
    await use(async (tabId) => {
      const page = await context.newPage();
      const popup = new PopupPage(page, extensionId);
      await popup.open(tabId);
      return popup;
    });
  },
  library: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      const library = new LibraryPage(page, extensionId);
      await library.open();
      return library;
    });
  },
});

/** The extension's id for the tab showing `url` (asked of the service worker). */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(async () => {
      id = await serviceWorker.evaluate(async (target) => {
        const tabs: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id;
      }, url);
      return id;
    })
    .toBeDefined();
  return id!;
}

/** Waits until the tab's content script answers (it starts at document idle). */
export async function contentScriptReady(serviceWorker: Worker, tabId: number): Promise<void> {
  await expect
    .poll(() =>
      serviceWorker.evaluate(
        (id) =>
          (globalThis as any).chrome.tabs
            .sendMessage(id, { newsmark: 1, type: 'page.analysis', data: undefined }, { frameId: 0 })
            .then((reply: { ok?: boolean } | undefined) => reply?.ok === true, () => false),
        tabId,
      ),
    )
    .toBe(true);
}

export { expect };
