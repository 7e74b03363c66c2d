import { test, expect } from './fixtures';

test.describe('walking skeleton', () => {
  test('the content script answers on a 127.0.0.1 page and the popup shows its title', async ({ site, openArticle, popupFor }) => {
    const { tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    await expect(popup.title()).toHaveText('Varga urges port operators and unions to end weekend stoppages');
    // The reader's own work first, then the analysis; each heading with its count.
    await expect(popup.sectionHeadings()).toHaveText(['Highlights 0', 'Reactions', /^Speakers [1-9]\d*$/, /^Claims [1-9]\d*$/]);
  });

  test('a page that is not an article says so, and keeps Highlights (reactions wait for "Save anyway")', async ({ site, openArticle, popupFor }) => {
    const { tabId } = await openArticle(site.url('/index.html'));
    const popup = await popupFor(tabId);
    await expect(popup.page.getByText('No article found on this page')).toBeVisible();
    await expect(popup.sectionHeadings()).toHaveText(['Highlights 0']);
    await expect(popup.page.getByRole('button', { name: 'Save anyway' })).toBeVisible();
  });

  test('a browser page gets a clear message instead of an analysis', async ({ openArticle, context, popupFor, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto('chrome://version/');
    const tabId = await serviceWorker.evaluate(async () => {
      const [tab] = await (globalThis as any).chrome.tabs.query({ url: 'chrome://version/' });
      const tabs: { id?: number; url?: string; pendingUrl?: string }[] = await (globalThis as any).chrome.tabs.query({});
      return (tab ?? tabs.find((t) => !t.url || t.url.startsWith('chrome://')))?.id as number;
    });
    void openArticle;
    const popup = await popupFor(tabId);
    await expect(popup.page.getByText("Newsmark can't read this page")).toBeVisible();
  });

  test('a record written through the background is read back after the popup is closed and reopened', async ({
    site,
    openArticle,
    popupFor,
    library,
  }) => {
    const { tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    await expect(popup.saveButton()).toHaveText('Save');
    await popup.saveButton().click();
    await expect(popup.saveButton()).toHaveText('Saved');
    await popup.page.close();

    const again = await popupFor(tabId);
    await expect(again.saveButton()).toHaveText('Saved');
    const lib = await library();
    await expect(lib.articles()).toHaveCount(1);
    await expect(lib.articles().first()).toContainText('Varga urges port operators');
  });

  test('browsing alone stores nothing', async ({ site, openArticle, popupFor, library }) => {
    const { tabId } = await openArticle(site.url('/sample-article.html'));
    await popupFor(tabId);
    const lib = await library();
    await expect(lib.page.getByText('Nothing saved yet.')).toBeVisible();
  });
});
