import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SITE_DIR } from '../../scripts/sample-server';
import { highlightInPage, paintedCount } from './page-helpers';

const SAMPLE = readFileSync(resolve(SITE_DIR, 'sample-article.html'), 'utf8');
const SENTENCE = 'The argument is about who decides the pace, not whether the machines arrive';

async function highlightSentence(page: Page): Promise<void> {
  await highlightInPage(page, { text: SENTENCE });
  await expect.poll(() => paintedCount(page)).toBe(1);
}

test.describe('highlights', () => {
  test('a highlight made from a selection is listed and painted after reload', async ({ site, openArticle, popupFor }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    await highlightSentence(page);
    await page.reload();
    await expect.poll(() => paintedCount(page)).toBe(1);
    const popup = await popupFor(tabId);
    await expect(popup.highlights()).toHaveCount(1);
    await expect(popup.highlights().first()).toContainText(SENTENCE);
    await expect(popup.notFound()).toHaveCount(0);
    // Nothing was added to the page's DOM for the painting.
    expect(await page.locator('mark, [class*="newsmark"]').count()).toBe(0);
  });

  test('still attached after a paragraph is added above and a word changes inside it', async ({ site, openArticle, popupFor }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    await highlightSentence(page);
    const edited = SAMPLE.replace(
      '<div class="article-body">',
      '<div class="article-body"><p>Editor’s note: this story was updated on Wednesday with new figures from the port authority and a comment from the operators.</p>',
    ).replace('who decides the pace', 'who decides the speed');
    site.route('/sample-article.html', edited);
    await page.reload();
    await expect(page.getByText('Editor’s note')).toBeVisible();
    await expect.poll(() => paintedCount(page)).toBe(1);
    const popup = await popupFor(tabId);
    await expect(popup.highlights()).toHaveCount(1);
    await expect(popup.notFound()).toHaveCount(0);
  });

  test('a highlight whose sentence was removed is listed under "Not found on page" with its note', async ({
    site,
    openArticle,
    popupFor,
  }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    await highlightSentence(page);
    const popup = await popupFor(tabId);
    const note = popup.highlights().first().getByRole('textbox', { name: 'Note' });
    await note.fill('Check against the institute’s report');
    await note.blur();
    await expect
      .poll(async () => (await popupFor(tabId)).highlights().first().getByRole('textbox', { name: 'Note' }).inputValue())
      .toBe('Check against the institute’s report');

    site.route('/sample-article.html', SAMPLE.replace(/<p>"The argument is about[^]*?<\/p>/, ''));
    await page.reload();
    await expect(page.getByText(SENTENCE)).toHaveCount(0);
    const after = await popupFor(tabId);
    await expect(after.notFound()).toHaveCount(1);
    await expect(after.notFound().first()).toContainText(SENTENCE);
    await expect(after.notFound().first().getByRole('textbox', { name: 'Note' })).toHaveValue('Check against the institute’s report');
    expect(await paintedCount(page)).toBe(0);
  });

  test('the same article under a ?utm_source URL shows the same highlights', async ({ site, openArticle, popupFor }) => {
    const { page } = await openArticle(site.url('/sample-article.html'));
    await highlightSentence(page);
    const tracked = await openArticle(site.url('/sample-article.html?utm_source=x'));
    await expect.poll(() => paintedCount(tracked.page)).toBe(1);
    const popup = await popupFor(tracked.tabId);
    await expect(popup.highlights()).toHaveCount(1);
  });
});

test.describe('reactions', () => {
  test('the chosen reaction is pressed again after reload, another replaces it, pressing it again clears it', async ({
    site,
    openArticle,
    popupFor,
  }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    // The reaction buttons themselves (the section's heading is a fold button too).
    await expect(popup.section('Reactions').getByRole('group', { name: 'Your reaction to this article' }).getByRole('button')).toHaveText([
      'Touched', 'Sympathetic', 'Bored', 'Angry', 'Amused', 'Sad', 'Happy', 'No comment',
    ]);
    await popup.reaction('Angry').click();
    await expect(popup.reaction('Angry')).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await popup.reopen(tabId);
    await expect(popup.reaction('Angry')).toHaveAttribute('aria-pressed', 'true');
    await popup.reaction('No comment').click();
    await expect(popup.reaction('No comment')).toHaveAttribute('aria-pressed', 'true');
    await expect(popup.reaction('Angry')).toHaveAttribute('aria-pressed', 'false');
    await popup.reaction('No comment').click();
    await expect(popup.section('Reactions').locator('[aria-pressed="true"]')).toHaveCount(0);
  });
});

test('the highlights come back if the page clears the highlight registry', async ({ site, openArticle }) => {
  const { page } = await openArticle(site.url('/sample-article.html'));
  await highlightSentence(page);
  await page.evaluate(() => CSS.highlights.clear());
  expect(await paintedCount(page)).toBe(0);
  await expect.poll(() => paintedCount(page), { timeout: 5000 }).toBe(1);
});

test('a highlight deleted in the popup can be brought back with Undo', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await highlightSentence(page);
  const popup = await popupFor(tabId);
  await popup.highlights().first().getByRole('button', { name: 'Delete' }).click();
  await expect(popup.highlights()).toHaveCount(0);
  await expect.poll(() => paintedCount(page)).toBe(0);
  await popup.section('Highlights').getByRole('button', { name: 'Undo' }).click();
  await expect(popup.highlights()).toHaveCount(1);
  await expect.poll(() => paintedCount(page)).toBe(1);
});
