/**
 * One Firefox with the built extension and what the tests do in it: open an
 * article and learn its tab id, open the popup for that tab, open the library.
 * The Chromium fixture (tests/e2e/fixtures.ts) asks the service worker for tab
 * ids; here the MV2 background page has no handle in puppeteer, so a control
 * tab on one of the extension's own pages asks `browser.tabs` instead.
 */
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, startExtensionNavigation, type FirefoxWithExtension } from '../../scripts/launch-firefox';

/** Generous: two cores shared by several helpers can stall a page for many seconds. */
export const WAIT_MS = 30_000;
const POLL_MS = 150;

/**
 * Polls `probe` until `done` holds for its value. Errors thrown by the probe
 * count as "not yet" (a page between navigations rejects evaluate calls), and
 * the last one is reported on timeout.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: string = 'never answered';
  for (;;) {
    try {
      const value = await probe();
      if (done(value)) return value;
      last = `last value ${JSON.stringify(value)}`;
    } catch (error) {
      last = `last error ${(error as Error).message}`;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (${last})`);
    await new Promise((wake) => setTimeout(wake, POLL_MS));
  }
}

/** Extension pages see the WebExtension API as `browser`. */
type ExtensionGlobal = typeof globalThis & {
  browser: {
    tabs: {
      query: (q: object) => Promise<{ id?: number; url?: string }[]>;
      sendMessage: (id: number, message: unknown, options: { frameId: number }) => Promise<unknown>;
    };
  };
};

export class FirefoxSession {
  private constructor(
    readonly firefox: FirefoxWithExtension,
    private readonly control: Page,
  ) {}

  static async start(): Promise<FirefoxSession> {
    const firefox = await launchFirefoxWithExtension();
    try {
      const control = await firefox.browser.newPage();
      const session = new FirefoxSession(firefox, control);
      await session.openExtensionPage(control, 'library.html', () => document.querySelector('h1') !== null);
      return session;
    } catch (error) {
      await firefox.close();
      throw error;
    }
  }

  close(): Promise<void> {
    return this.firefox.close();
  }

  /**
   * Navigates to an extension page and polls until it is there and `ready`
   * holds in it (`ready` runs in the page: it may not close over anything).
   */
  async openExtensionPage(page: Page, path: string, ready: () => boolean): Promise<void> {
    const url = this.firefox.extensionUrl(path);
    startExtensionNavigation(page, url);
    await waitFor(`${path} to load`, () => page.evaluate(() => location.href), (href) => href === url);
    await waitFor(`${path} to render`, () => page.evaluate(ready), (ok) => ok);
  }

  /** Opens `url` in a new tab; returns the page and the tab's id once the content script answers there. */
  async openArticle(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await this.firefox.browser.newPage();
    await page.goto(url, { timeout: WAIT_MS });
    const tabId = await waitFor(
      `a tab showing ${url}`,
      () => this.control.evaluate(async (target) => (await (globalThis as ExtensionGlobal).browser.tabs.query({})).find((t) => t.url === target)?.id, url),
      (id) => typeof id === 'number',
    );
    await this.contentScriptReady(tabId!);
    return { page, tabId: tabId! };
  }

  /** The content script starts at document idle; until then a message to the tab has no receiver. */
  async contentScriptReady(tabId: number): Promise<void> {
    await waitFor(
      `the content script in tab ${tabId}`,
      () =>
        this.control.evaluate(
          (id) =>
            (globalThis as ExtensionGlobal).browser.tabs
              .sendMessage(id, { newsmark: 1, type: 'page.analysis', data: undefined }, { frameId: 0 })
              .then((reply) => (reply as { ok?: boolean } | undefined)?.ok === true, () => false),
          tabId,
        ),
      (ok) => ok,
    );
  }

  /** The popup as a tab on popup.html?tabId=N, once it has finished reading the page. */
  async popupFor(tabId: number): Promise<Page> {
    const page = await this.firefox.browser.newPage();
    await this.openExtensionPage(page, `popup.html?tabId=${tabId}`, () => document.querySelector('#app main') !== null);
    return page;
  }

  async library(): Promise<Page> {
    const page = await this.firefox.browser.newPage();
    await this.openExtensionPage(page, 'library.html', () => document.querySelector('h1') !== null);
    return page;
  }
}
