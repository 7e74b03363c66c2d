/**
 * Speakers and quote variants against the built extension: two served articles quote one speaker in
 * different words ("Ada Okafor" in one, "Ms Okafor" in the other); each is saved from the popup. The
 * Speakers view lists her once with both claims, the Variants view shows the two versions with the
 * changed words marked, and the article view shows the saved claims and a highlight's sentence after
 * the page is closed.
 */
import { test, expect } from './fixtures';
import { highlightInPage } from './page-helpers';
import { FIRST_QUOTE, FIRST_TITLE, SECOND_QUOTE, SECOND_TITLE, serveQuotedTwice } from '../../scripts/start/quoted-twice';

test('two articles quoting one speaker in different words: one speaker with both claims, shown as variants with the changed words marked', async ({
  site, openArticle, popupFor, library,
}) => {
  const lib = await library();
  const { first, second } = serveQuotedTwice(site);

  for (const url of [first, second]) {
    const { page, tabId } = await openArticle(url);
    // The first is saved by a highlight (the background asks its tab for the page), the second by Save.
    if (url === first) await highlightInPage(page, { text: 'every day we lose is a day our exporters cannot get back' });
    const popup = await popupFor(tabId);
    const save = popup.saveButton();
    if (url === second) await save.click();
    await expect(save).toHaveText('Saved');
    await popup.page.close();
    // The page's snapshot reaches the library (the Speakers view is live).
    await page.close();
  }

  await lib.page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: 'Speakers', exact: true }).click();
  const okafor = lib.page.locator('.nm-speaker-entry').filter({ has: lib.page.getByRole('heading', { name: 'Ada Okafor', exact: true }) });
  await expect(okafor).toHaveCount(1, { timeout: 20_000 });
  await expect(okafor).toContainText('in 2 articles');
  await expect(okafor.locator('.nm-speaker-claim').filter({ hasText: FIRST_QUOTE })).toContainText(FIRST_TITLE);
  await expect(okafor.locator('.nm-speaker-claim').filter({ hasText: SECOND_QUOTE })).toContainText(SECOND_TITLE);
  await expect(okafor).toContainText('as “Okafor”');
  // No second entry under the short name.
  await expect(lib.page.getByRole('heading', { name: /^(Ms )?Okafor$/ })).toHaveCount(0);

  await lib.page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: 'Variants', exact: true }).click();
  const group = lib.page.locator('.nm-variant-group').filter({ hasText: 'Ada Okafor' });
  await expect(group).toHaveCount(1);
  await expect(group.locator('.nm-variant-base blockquote')).toHaveText(FIRST_QUOTE);
  const version = group.locator('.nm-variant:not(.nm-variant-base)');
  await expect(version.locator('ins').filter({ hasText: 'not' })).toHaveCount(1);
  await expect(version.locator('.nm-word-changed')).toHaveCount(2);
  await expect(version.locator('.nm-word-changed del').first()).toContainText('and');
  await expect(version.locator('.nm-word-changed ins').last()).toContainText('defend');
  // Said in words, not colour alone.
  await expect(version.locator('.nm-word-changed').last()).toContainText('changed from: admit');
  await expect(version).toContainText(SECOND_TITLE);

  // The article, with its page closed: the saved claims by speaker, and the highlight in its sentence.
  await lib.page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: 'Articles', exact: true }).click();
  const view = await lib.openArticle(FIRST_TITLE);
  await expect(view.locator('.nm-saved-speaker').filter({ hasText: 'Ada Okafor' })).toContainText(FIRST_QUOTE);
  await expect(view.locator('.nm-highlight-context')).toContainText('"Nobody wins a dispute like this by shouting across the quay, and every day we lose');
});
