import { test as base, expect } from '@playwright/test';
import { launchWithExtension } from '../../scripts/launch-browser';
import { startSampleServer } from '../../scripts/sample-server';
import { tabIdOf } from './fixtures';
import { PopupPage } from './pages/popup-page';

/**
 * Newsmark keeps everything in the browser. Every request made by a page or
 * worker of the browser — the news page, the content script, the popup and the
 * extension's service worker — is recorded from the moment the browser starts;
 * only the test server and the extension's own files may be asked for anything.
 * (The browser's own background services are not the extension and are not
 * seen here.)
 */
base('the extension makes no network request of its own', async () => {
  const site = await startSampleServer();
  const seen: string[] = [];
  const browser = await launchWithExtension({
    headless: true,
    onContext: (context) => context.on('request', (request) => seen.push(request.url())),
  });
  try {
    const page = await browser.context.newPage();
    const articleUrl = site.url('/sample-article.html');
    await page.goto(articleUrl);
    const tabId = await tabIdOf(browser.serviceWorker, articleUrl);
    const popup = new PopupPage(await browser.context.newPage(), browser.extensionId);
    await popup.open(tabId);
    await expect(popup.title()).toBeVisible();
    await popup.saveButton().click();
    await popup.reaction('Amused').click();
    await expect(popup.reaction('Amused')).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await popup.reopen(tabId);
    await expect(popup.reaction('Amused')).toHaveAttribute('aria-pressed', 'true');
    // Give anything the extension schedules (idle callbacks, timers) time to fire.
    await page.waitForTimeout(2500);

    const foreign = seen.filter((url) => !url.startsWith(site.origin) && !url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(foreign).toEqual([]);
    // The recorder saw the page itself: the audit really is in the path.
    expect(seen).toContain(articleUrl);
  } finally {
    await browser.close();
    await site.close();
  }
});
