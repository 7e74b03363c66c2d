import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { seedPage, seedPath } from '../support/claim-fixtures';

test.describe('speakers and claims in the popup', () => {
  test('the sample article lists its speakers, most quoted first, with their claims grouped', async ({ site, openArticle, popupFor }) => {
    const { tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    const speakers = popup.speakers();
    await expect(speakers.first()).toContainText('Helena Varga');
    await expect(speakers.first()).toContainText('Transport Minister');
    await expect(popup.section('Speakers')).toContainText('Tom Becker');
    await expect(popup.section('Speakers')).toContainText('Wei Lan');
    // Over ten claims: the list opens on the most-quoted speakers' and says how many more there are.
    await expect(popup.claims()).toHaveCount(10);
    await popup.showAllClaims();
    await expect(popup.claimGroup('Tom Becker')).toContainText('We kept the cold chain running');
    await expect(popup.claimGroup('Wei Lan')).toContainText('The argument is about who decides the pace');
    // A pronoun is never a speaker's name.
    await expect(popup.section('Claims').getByRole('heading', { level: 3, name: /^(He|She|They)$/ })).toHaveCount(0);
  });

  test('clicking a claim scrolls the page to it and marks it', async ({ site, openArticle, popupFor }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    await page.setViewportSize({ width: 1000, height: 500 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const popup = await popupFor(tabId);
    await popup.showAllClaims();
    await popup.claimGroup('Wei Lan').getByRole('button', { name: /The argument is about/ }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('newsmark-flash')?.size ?? 0)).toBe(1);
    const marked = await page.evaluate(() => [...CSS.highlights.get('newsmark-flash')!][0].toString());
    expect(marked).toContain('The argument is about who decides the pace');
  });

  test('a status and note set on a claim are still there after the page and the popup are reloaded', async ({
    site,
    openArticle,
    popupFor,
    library,
  }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    const claim = popup.claims().filter({ hasText: 'We kept the cold chain running' });
    await claim.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Misleading' });
    await claim.getByText('Add a note').click();
    await claim.getByRole('textbox', { name: 'Fact-check note' }).fill('Port logs show two unstaffed shifts');
    await claim.getByRole('textbox', { name: 'Fact-check note' }).blur();
    await expect(popup.saveButton()).toHaveText('Saved');

    await page.reload();
    const again = await popupFor(tabId);
    const same = again.claims().filter({ hasText: 'We kept the cold chain running' });
    await expect(same.getByRole('combobox', { name: 'Status' })).toHaveValue('misleading');
    await expect(same.getByRole('textbox', { name: 'Fact-check note' })).toHaveValue('Port logs show two unstaffed shifts');
    // Only that claim was marked.
    await expect(again.page.locator('.nm-status-misleading')).toHaveCount(1);
    const lib = await library();
    await expect(lib.articles().first()).toContainText('1 marked claim');
  });

  test('on a page built from the seed, the popup lists Li Keqiang and Su Hao with their claims', async ({
    site,
    openArticle,
    popupFor,
  }) => {
    test.skip(!existsSync(seedPath), `../shared is absent (no ${seedPath}): the seed page cannot be built`);
    site.route('/seed-article.html', seedPage(readFileSync(resolve(seedPath), 'utf8')).html);
    const { tabId } = await openArticle(site.url('/seed-article.html'));
    const popup = await popupFor(tabId);
    await expect(popup.speakers().first()).toContainText('Li Keqiang');
    await expect(popup.section('Speakers')).toContainText('Su Hao');
    await popup.showAllClaims();
    await expect(popup.claimGroup('Li Keqiang')).toContainText('China did not support cyber attacks');
    await expect(popup.claimGroup('Su Hao')).toContainText('Beijing realised');
  });

  test('markup in page text is shown as text, never run or rendered', async ({ site, openArticle, popupFor }) => {
    const { page, tabId } = await openArticle(site.url('/escaped-markup.html'));
    const popup = await popupFor(tabId);
    let dialogs = 0;
    popup.page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await expect(popup.title()).toHaveText('Council site hacked with <img src=x onerror=alert(1)> tag, officials say');
    await expect(popup.section('Claims')).toContainText("<script>alert('owned')</script>");
    await expect(popup.section('Claims')).toContainText('<b>markup</b>');
    expect(await popup.page.locator('main img, main script, main b').count()).toBe(0);
    await popup.claims().first().getByRole('button', { name: /Someone typed/ }).click();
    expect(dialogs).toBe(0);
  });
});
