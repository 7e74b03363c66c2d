import { test, expect } from './fixtures';
import { highlightInPage, paintedCount as painted } from './page-helpers';

test('"Pause on this site" stops Newsmark on the site until switched back', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);
  await expect(popup.speakers().first()).toBeVisible();
  // A highlight to watch disappear and come back.
  await highlightInPage(page, { paragraphStartingWith: 'Transport Minister Helena Varga' });
  await expect.poll(() => painted(page)).toBe(1);

  await popup.reopen(tabId);
  await popup.page.getByRole('checkbox', { name: 'Pause on this site' }).check();
  await expect(popup.page.getByText(/Newsmark is paused on 127\.0\.0\.1/)).toBeVisible();
  await expect(popup.section('Speakers')).toHaveCount(0);
  await expect.poll(() => painted(page)).toBe(0);

  // Still paused on the next visit: no analysis, no painting, no toolbar.
  await page.reload();
  await popup.reopen(tabId);
  await expect(popup.page.getByText(/Newsmark is paused/)).toBeVisible();
  await page.waitForTimeout(500);
  expect(await painted(page)).toBe(0);

  await popup.page.getByRole('checkbox', { name: 'Pause on this site' }).uncheck();
  await expect(popup.speakers().first()).toBeVisible();
  await expect.poll(() => painted(page)).toBe(1);
});
