/**
 * The popup says what Newsmark can and cannot do on a page: attribution that
 * does not read the page's language, a page that is not an article (no Save
 * or reactions until the reader asks), and a paused site (highlights shown,
 * read-only). Pages of our own writing.
 */
import { test, expect } from './fixtures';
import { highlightInPage, paintedCount } from './page-helpers';

// tests/fixtures/site/stadtrat.html: the template's lang="en" is wrong, as on many multi-edition sites; the text decides.
test('a German article under lang="en" is told that speakers and claims are found in English articles only', async ({ site, openArticle, popupFor }) => {
  const { tabId } = await openArticle(site.url('/stadtrat.html'));
  const popup = await popupFor(tabId);
  await expect(popup.title()).toHaveText('Stadtrat stimmt für die Öffnung des Hafens');
  await expect(popup.section('Speakers')).toContainText('Speakers and claims are found in English articles only');
  await expect(popup.section('Claims')).toContainText('Speakers and claims are found in English articles only');
  await expect(popup.page.getByText('No one is quoted in this article.')).toHaveCount(0);
});

test('a front page offers no Save and no reactions until the reader presses "Save anyway"', async ({ site, openArticle, popupFor }) => {
  const { tabId } = await openArticle(site.url('/index.html'));
  const popup = await popupFor(tabId);
  await expect(popup.page.getByText('No article found on this page')).toBeVisible();
  await expect(popup.saveButton()).toHaveCount(0);
  await expect(popup.section('Reactions')).toHaveCount(0);
  await expect(popup.page.getByRole('button', { name: 'Angry' })).toHaveCount(0);

  await popup.page.getByRole('button', { name: 'Save anyway' }).click();
  await expect(popup.saveButton()).toHaveText('Saved');
  await expect(popup.reaction('Angry')).toBeVisible();

  // Once saved, it stays a saved page with its Save state and reactions on the next visit.
  await popup.reopen(tabId);
  await expect(popup.saveButton()).toHaveText('Saved');
  await expect(popup.page.getByRole('button', { name: 'Save anyway' })).toHaveCount(0);
  await expect(popup.reaction('Angry')).toBeVisible();
});

test('an article keeps its Save button and reactions', async ({ site, openArticle, popupFor }) => {
  const { tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);
  await expect(popup.saveButton()).toHaveText('Save');
  await expect(popup.reaction('Angry')).toBeVisible();
  await expect(popup.page.getByRole('button', { name: 'Save anyway' })).toHaveCount(0);
});

test('a paused site shows its highlights read-only, with a note that Newsmark is paused there', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await highlightInPage(page, { paragraphStartingWith: 'Transport Minister Helena Varga' });
  await expect.poll(() => paintedCount(page)).toBe(1);
  const popup = await popupFor(tabId);
  await expect(popup.highlights()).toHaveCount(1);
  await popup.highlights().first().getByLabel('Note').fill('Check the figures');
  await expect(popup.highlights().first()).toContainText('Saved');

  await popup.page.getByRole('checkbox', { name: 'Pause on this site' }).check();
  const highlights = popup.section('Highlights');
  await expect(highlights.getByRole('note')).toHaveText(/Paused on 127\.0\.0\.1: your highlights are shown read-only/);
  await expect(popup.highlights()).toHaveCount(1);
  await expect(popup.highlights().first()).toContainText('Transport Minister Helena Varga');
  await expect(popup.highlights().first()).toContainText('Check the figures');
  await expect(highlights.getByRole('textbox')).toHaveCount(0);
  await expect(highlights.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(highlights.getByRole('combobox')).toHaveCount(0);

  // Resumed: editable again.
  await popup.page.getByRole('checkbox', { name: 'Pause on this site' }).uncheck();
  await expect(popup.highlights().first().getByLabel('Note')).toHaveValue('Check the figures');
});
