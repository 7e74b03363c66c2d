import { test, expect } from './fixtures';

/**
 * Newsmark keeps everything in the browser: while the content script and the
 * popup work, the only requests are the page's own (to the test server) and
 * the extension's own files.
 */
test('the extension makes no network request of its own', async ({ context, site, openArticle, popupFor }) => {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));

  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);
  await expect(popup.title()).toBeVisible();
  await popup.saveButton().click();
  await popup.reaction('Amused').click();
  await expect(popup.reaction('Amused')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await popup.reopen(tabId);
  await expect(popup.reaction('Amused')).toHaveAttribute('aria-pressed', 'true');

  const foreign = seen.filter((url) => !url.startsWith(site.origin) && !url.startsWith('chrome-extension://'));
  expect(foreign).toEqual([]);
  expect(seen.length).toBeGreaterThan(2);
});
