/**
 * The citation block: the article's authors, site and date under its title,
 * each field editable and saved as typed; the corrected values survive the
 * popup closing and are what the Markdown and CSL exports cite.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { toCslItems, toMarkdown, type ExportArticle } from '../../core/export';
import type { ArticleRecord } from '../../storage/records';

/** The stored article record, read from the extension's database in one of its pages. */
async function storedArticle(page: Page): Promise<ArticleRecord | undefined> {
  return page.evaluate(
    () =>
      new Promise<ArticleRecord | undefined>((done, fail) => {
        const open = indexedDB.open('newsmark');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => {
            done((all.result as ArticleRecord[]).find((a) => a.url.endsWith('/sample-article.html')));
            open.result.close();
          };
        };
      }),
  );
}

/** The record as the export formats read it (the library maps its records the same way). */
function asExport(record: ArticleRecord): ExportArticle {
  return {
    ...record,
    authors: record.byline ? record.byline.split(', ') : [],
    text: null,
    reaction: null,
    collections: [],
    speakers: [],
    highlights: [],
    claims: [],
    deleted: null,
  };
}

test('the citation is shown under the title, and an edited author survives closing the popup and is what the exports cite', async ({
  site,
  openArticle,
  popupFor,
}) => {
  const { tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);
  const page = popup.page;
  await expect(popup.title()).toHaveText('Varga urges port operators and unions to end weekend stoppages');
  await expect(page.locator('.nm-citation-line')).toContainText('By Maren Holt');
  await expect(page.locator('.nm-citation-line')).toContainText('The Harbour Ledger');
  await expect(page.locator('.nm-citation-line')).toContainText('2026');

  await page.getByText('Citation', { exact: true }).click();
  const authors = page.getByLabel('Authors');
  await expect(authors).toHaveValue('Maren Holt');
  // Where the value came from, as a hint.
  await expect(page.locator('#nm-citation-authors-hint')).toContainText('From the page');

  // A wrong value is refused with a reason and kept on screen; nothing is stored from it.
  await page.getByLabel('URL').fill('not a web address');
  await expect(page.locator('#nm-citation-url-hint')).toContainText('Not a web address');

  await authors.fill('Maren Holt; Tomás Ferreira');
  await page.getByLabel('Title').fill('Varga urges an end to weekend stoppages');
  // Closed at once, mid-save: the words are stored all the same.
  await page.close();

  const again = await popupFor(tabId);
  await expect(again.title()).toHaveText('Varga urges an end to weekend stoppages');
  await expect(again.page.locator('.nm-citation-line')).toContainText('By Maren Holt, Tomás Ferreira');
  await again.page.getByText('Citation', { exact: true }).click();
  await expect(again.page.getByLabel('Authors')).toHaveValue('Maren Holt; Tomás Ferreira');
  await expect(again.page.locator('#nm-citation-authors-hint')).toContainText('Edited by you');
  await expect(again.page.getByLabel('URL')).toHaveValue(site.url('/sample-article.html'));

  const record = await storedArticle(again.page);
  expect(record?.citation).toEqual({ title: 'Varga urges an end to weekend stoppages', authors: ['Maren Holt', 'Tomás Ferreira'] });
  // The page's own values are kept beside the corrections.
  expect(record?.title).toBe('Varga urges port operators and unions to end weekend stoppages');
  const markdown = toMarkdown([asExport(record!)]);
  expect(markdown).toContain('Varga urges an end to weekend stoppages');
  expect(markdown).toContain('Tomás Ferreira');
  const [csl] = toCslItems([asExport(record!)]);
  expect(csl.author).toEqual([
    { given: 'Maren', family: 'Holt' },
    { given: 'Tomás', family: 'Ferreira' },
  ]);
  expect(csl.title).toBe('Varga urges an end to weekend stoppages');

  // "Use the page's" gives the field back to the page.
  await again.page.locator('.nm-citation-field').filter({ hasText: 'Title' }).getByRole('button', { name: "Use the page's" }).click();
  await expect(again.title()).toHaveText('Varga urges port operators and unions to end weekend stoppages');
  await expect.poll(async () => (await storedArticle(again.page))?.citation).toEqual({ authors: ['Maren Holt', 'Tomás Ferreira'] });
});
