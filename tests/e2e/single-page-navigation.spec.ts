import { test, expect } from './fixtures';
import { highlightInPage, paintedCount as painted } from './page-helpers';

test('in-page navigation brings the new story and its own highlights', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/single-page-app.html'));
  await highlightInPage(page, { paragraphStartingWith: '"We heard the people' });
  await expect.poll(() => painted(page)).toBe(1);

  await page.getByRole('button', { name: 'Next story' }).click();
  await expect(page).toHaveURL(/harbour-lights/);
  const popup = await popupFor(tabId);
  await expect(popup.title()).toHaveText('Harbour lights festival moves to the old quay');
  await expect(popup.section('Speakers')).toContainText('Aron Vik');
  await expect(popup.highlights()).toHaveCount(0);
  await expect.poll(() => painted(page)).toBe(0);

  await page.getByRole('button', { name: 'Previous story' }).click();
  await expect.poll(() => painted(page)).toBe(1);
  await popup.reopen(tabId);
  await expect(popup.title()).toHaveText('Ferry operator adds winter crossings');
  await expect(popup.highlights()).toHaveCount(1);
});
