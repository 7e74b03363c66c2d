/** The popup opens on what the reader made, and each section folds and stays folded for them. */
import { test, expect } from './fixtures';
import { highlightInPage, paintedCount } from './page-helpers';

test('the reader\'s highlights and reaction come first, and a folded section stays folded when the popup is opened again', async ({
  site,
  openArticle,
  popupFor,
}) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await highlightInPage(page, { text: 'The argument is about who decides the pace' });
  await expect.poll(() => paintedCount(page)).toBe(1);

  const popup = await popupFor(tabId);
  await expect(popup.sectionHeadings()).toHaveText(['Highlights 1', 'Reactions', /^Speakers \d+$/, /^Claims \d+$/]);
  // The highlight is on the popup's first screen, not under the claims.
  const box = await popup.highlights().first().boundingBox();
  expect(box!.y).toBeLessThan(600);

  const claimsToggle = popup.section('Claims').getByRole('button', { name: /^Claims/ });
  await expect(claimsToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(popup.claims().first()).toBeVisible();
  await claimsToggle.click();
  await expect(claimsToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(popup.claims().first()).toBeHidden();

  await popup.page.close();
  const again = await popupFor(tabId);
  const toggleAgain = again.section('Claims').getByRole('button', { name: /^Claims/ });
  await expect(toggleAgain).toHaveAttribute('aria-expanded', 'false');
  await expect(again.claims().first()).toBeHidden();
  // The others stay as they were: open.
  await expect(again.section('Highlights').getByRole('button', { name: /^Highlights/ })).toHaveAttribute('aria-expanded', 'true');
  await toggleAgain.click();
  await expect(again.claims().first()).toBeVisible();
});
