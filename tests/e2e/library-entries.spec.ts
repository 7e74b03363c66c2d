/**
 * An article is listed the same way wherever it is listed: in the Articles list and in a collection the
 * entry shows the same title (opening the article), the same site, authors and dates, and the same
 * counts and reaction. The library starts from the demo backup with one collection.
 */
import { test, expect } from './fixtures';
import { demoLibrary } from '../../scripts/start/library-seed';

const RECENT = 'Varga promises a settlement before summer';

test('an article in a collection is listed as in the Articles list: title, meta, counts and reaction', async ({ library }) => {
  const lib = await library();
  const data = demoLibrary(Date.now());
  const now = Date.now();
  data.collections = [{ id: 'col-harbour', name: 'Harbour essay', created: now, modified: now }];
  data.articles.find((a) => a.title === RECENT)!.collections = ['col-harbour'];
  const reply = await lib.page.evaluate(
    (d) => (globalThis as any).chrome.runtime.sendMessage({ newsmark: 1, type: 'library.import', data: { library: d } }),
    data as unknown as Record<string, unknown>,
  );
  expect(reply.ok).toBe(true);
  const { page } = lib;

  const inList = lib.article(RECENT);
  await expect(inList.locator('.nm-article-counts')).toHaveText('2 highlights · 1 marked claim · Angry');
  const meta = await inList.locator('.nm-article-meta').innerText();
  expect(meta).toContain('The Harbour Ledger');

  await page.getByRole('link', { name: 'Collections', exact: true }).click();
  await page.getByRole('link', { name: 'Harbour essay' }).click();
  const inCollection = page.locator('.nm-collection-view .nm-article');
  await expect(inCollection).toHaveCount(1);
  await expect(inCollection.locator('.nm-article-counts')).toHaveText('2 highlights · 1 marked claim · Angry');
  await expect(inCollection.locator('.nm-article-meta')).toHaveText(meta);
  await inCollection.getByRole('link', { name: RECENT }).click();
  await expect(page.locator('.nm-article-view')).toBeVisible();
  await expect(page.locator('.nm-article-view')).toContainText(RECENT);
});
