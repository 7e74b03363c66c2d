/**
 * The reader corrects the analysis in the popup, and the corrections are kept: after a reload of the page
 * (a fresh analysis) and of the popup, a dismissed claim is still hidden, a renamed speaker still renamed,
 * merged speakers still one, a moved claim still under its new speaker.
 */
import { test, expect } from './fixtures';
import type { PopupPage } from './pages/popup-page';
import { pressToolbarButton, selectInPage } from './page-helpers';

const COST = 'the stoppages have already cost shippers';
const ROSTER = 'What we will not do is accept a roster';

async function reloadBoth(page: import('@playwright/test').Page, popup: PopupPage, tabId: number): Promise<void> {
  await page.reload();
  await popup.reopen(tabId);
  await popup.showAllClaims();
}

test.describe('correcting the analysis', () => {
  test('a claim marked "Not a claim" stays hidden after a reload, is listed as dismissed and can be restored', async ({ site, openArticle, popupFor }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    await popup.showAllClaims();
    await expect(popup.section('Claims').getByRole('heading', { level: 2 })).toContainText('17');
    await popup.claim(COST).getByRole('button', { name: 'Not a claim' }).click();
    await expect(popup.claim(COST)).toHaveCount(0);
    await expect(popup.section('Claims').getByRole('heading', { level: 2 })).toContainText('16');

    await reloadBoth(page, popup, tabId);
    await expect(popup.claims().first()).toBeVisible();
    await expect(popup.claim(COST)).toHaveCount(0);
    const dismissed = popup.section('Claims').locator('.nm-dismissed');
    await dismissed.getByText('Dismissed claims (1)').click();
    await expect(dismissed).toContainText('the stoppages have already cost shippers about 60 million euros');
    await dismissed.getByRole('button', { name: 'Restore' }).click();
    await expect(popup.claim(COST)).toHaveCount(1);
    await expect(dismissed).toHaveCount(0);
  });

  test('each correction can be undone at once', async ({ site, openArticle, popupFor }) => {
    const { tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    await popup.showAllClaims();
    await popup.claim(COST).getByRole('button', { name: 'Not a claim' }).click();
    await expect(popup.claim(COST)).toHaveCount(0);
    // The dismissed claim took the focused button with it: focus lands on Undo, so Enter brings it back.
    await expect(popup.page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await popup.page.keyboard.press('Enter');
    await expect(popup.claim(COST)).toHaveCount(1);
  });

  test('"Wrong speaker" moves a claim; a speaker renamed and two speakers merged are still so after a reload', async ({
    site,
    openArticle,
    popupFor,
  }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    await popup.showAllClaims();

    // Wrong speaker: the short form, typed, as a reader who sees only "Becker said" might.
    const roster = popup.claim(ROSTER);
    await roster.getByRole('button', { name: 'Wrong speaker…' }).click();
    await roster.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Someone else…' });
    await roster.getByRole('textbox', { name: "Speaker's name" }).fill('Becker');
    await roster.getByRole('button', { name: 'Move claim' }).click();
    await expect(popup.claimGroup('Becker')).toContainText(ROSTER);
    await expect(popup.claimGroup('Tom Becker')).not.toContainText(ROSTER);
    await expect(popup.claim(ROSTER)).toContainText('edited');

    // Merge the short form into the full name.
    await popup.speaker('Becker').getByRole('button', { name: 'Merge into…' }).click();
    await popup.speaker('Becker').getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Tom Becker' });
    await popup.speaker('Becker').getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(popup.speaker('Becker')).toHaveCount(0);
    await expect(popup.speaker('Tom Becker')).toContainText('3 claims');
    await expect(popup.claimGroup('Tom Becker')).toContainText(ROSTER);

    // Rename, with Enter.
    await popup.speaker('Wei Lan').getByRole('button', { name: 'Rename' }).click();
    const name = popup.speaker('Wei Lan').getByRole('textbox', { name: "Speaker's name" });
    await expect(name).toBeFocused();
    await name.fill('Prof. Wei Lan');
    await name.press('Enter');
    await expect(popup.speaker('Prof. Wei Lan')).toContainText('edited');
    await expect(popup.claimGroup('Prof. Wei Lan')).toContainText('The argument is about who decides the pace');

    await reloadBoth(page, popup, tabId);
    await expect(popup.speaker('Prof. Wei Lan')).toHaveCount(1);
    await expect(popup.speaker('Wei Lan')).toHaveCount(0);
    await expect(popup.speaker('Becker')).toHaveCount(0);
    await expect(popup.speaker('Tom Becker')).toContainText('3 claims');
    await expect(popup.claimGroup('Tom Becker')).toContainText(ROSTER);
    await expect(popup.claimGroup('Prof. Wei Lan')).toContainText('a neutral chair could settle');

    // Undone where it shows.
    await popup.speaker('Tom Becker').getByRole('button', { name: 'Unmerge Becker' }).click();
    await expect(popup.claimGroup('Becker')).toContainText(ROSTER);
  });

  test('a rename is refused when empty, and a name being typed when the popup closes is kept as a draft, not stored', async ({
    site,
    openArticle,
    popupFor,
  }) => {
    const { tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    await popup.speaker('Wei Lan').getByRole('button', { name: 'Rename' }).click();
    const name = popup.speaker('Wei Lan').getByRole('textbox', { name: "Speaker's name" });
    await name.fill('   ');
    await name.press('Enter');
    await expect(popup.speaker('Wei Lan').getByRole('alert')).toContainText('cannot be empty');

    await name.fill('Professor Wei La');
    await popup.reopen(tabId);
    // Reopened: the form is there with the half-typed name, which was not stored.
    await expect(popup.speaker('Wei Lan').getByRole('textbox', { name: "Speaker's name" })).toHaveValue('Professor Wei La');
    await expect(popup.speaker('Wei Lan')).toContainText('Not saved yet');
    await expect(popup.speaker('Wei Lan')).not.toContainText('edited');
    await popup.speaker('Wei Lan').getByRole('button', { name: 'Discard' }).click();
    await popup.reopen(tabId);
    await expect(popup.speaker('Wei Lan').getByRole('textbox')).toHaveCount(0);
    await expect(popup.speaker('Professor Wei La')).toHaveCount(0);
  });
});

test.describe('adding a claim the analysis missed', () => {
  const MISSED = 'left more than forty container ships waiting off the coast';

  test('"Add claim…" from a selection adds it under the chosen speaker, and it is there and found on the page after a reload', async ({
    site,
    openArticle,
    popupFor,
  }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    await selectInPage(page, { text: MISSED });
    await pressToolbarButton(page, 'Add claim…');
    await expect.poll(() => page.frames().find((f) => f.url().includes('/claim.html'))?.url()).toContain('/claim.html');
    const form = page.frames().find((f) => f.url().includes('/claim.html'))!;
    await expect(form.locator('blockquote')).toHaveText(MISSED);
    // The speaker list is the article's; the first field has the focus, so the keyboard reaches it.
    const speaker = form.getByRole('combobox', { name: 'Speaker' });
    await expect(speaker).toBeFocused();
    await expect(speaker.locator('option')).toContainText(['Helena Varga', 'Tom Becker', 'Wei Lan', 'Someone else…']);
    await speaker.selectOption({ label: 'Tom Becker' });
    await form.getByRole('button', { name: 'Add claim' }).click();
    // Stored, the form closes.
    await expect.poll(() => page.frames().some((f) => f.url().includes('/claim.html'))).toBe(false);

    const popup = await popupFor(tabId);
    await popup.showAllClaims();
    await expect(popup.claimGroup('Tom Becker')).toContainText(MISSED);
    await expect(popup.claim(MISSED)).toContainText('edited');

    await reloadBoth(page, popup, tabId);
    await expect(popup.claimGroup('Tom Becker')).toContainText(MISSED);
    await expect(popup.speaker('Tom Becker')).toContainText('4 claims');
    // Anchored by its own selectors, like a highlight: "Show on page" finds it in the reloaded page.
    await popup.claim(MISSED).getByRole('button', { name: new RegExp(MISSED) }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('newsmark-flash')?.size ?? 0)).toBe(1);
    expect(await page.evaluate(() => [...CSS.highlights.get('newsmark-flash')!][0].toString())).toBe(MISSED);

    // Removed where it shows.
    await popup.claim(MISSED).getByRole('button', { name: 'Remove added claim' }).click();
    await expect(popup.claim(MISSED)).toHaveCount(0);
  });

  test('a speaker typed in the add-claim form becomes a new speaker with that claim', async ({ site, openArticle, popupFor }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    await selectInPage(page, { text: MISSED });
    await pressToolbarButton(page, 'Add claim…');
    await expect.poll(() => page.frames().some((f) => f.url().includes('/claim.html'))).toBe(true);
    const form = page.frames().find((f) => f.url().includes('/claim.html'))!;
    await form.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Someone else…' });
    const name = form.getByRole('textbox', { name: "Speaker's name" });
    await name.fill('Harbour Master Ines Duarte');
    await name.press('Enter');
    await expect.poll(() => page.frames().some((f) => f.url().includes('/claim.html'))).toBe(false);
    const popup = await popupFor(tabId);
    await expect(popup.speaker('Harbour Master Ines Duarte')).toContainText('1 claim');
    await popup.showAllClaims();
    await expect(popup.claimGroup('Harbour Master Ines Duarte')).toContainText(MISSED);
  });
});
