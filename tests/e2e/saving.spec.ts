/**
 * Saving a highlight while the database is slow (another tab's long write,
 * a busy disk): a second press stores nothing more, and a new selection made
 * meanwhile is left alone when the first save completes.
 */
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { storedCount } from './worker-db';
import { paintedCount, pressToolbarButton, selectInPage, toolbarButtons } from './page-helpers';

const FIRST = 'The argument is about who decides the pace';
const SECOND = 'According to the operators’ association';

/** Holds a read-write transaction on the highlights store until released: every save waits. */
async function holdHighlightsStore(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('newsmark');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const g = globalThis as unknown as { __hold: boolean; __held: IDBDatabase };
          g.__hold = true;
          g.__held = db;
          const store = db.transaction('highlights', 'readwrite').objectStore('highlights');
          const spin = () => {
            if (g.__hold) store.get('nothing').onsuccess = spin;
          };
          spin();
          done();
        };
      }),
  );
}

async function release(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    (globalThis as unknown as { __hold: boolean }).__hold = false;
  });
}

test('a second press while a save is in flight stores nothing more, and a new selection survives the save', async ({
  site,
  openArticle,
  serviceWorker,
}) => {
  const { page } = await openArticle(site.url('/sample-article.html'));
  await holdHighlightsStore(serviceWorker);

  await selectInPage(page, { text: FIRST });
  await pressToolbarButton(page, 'Highlight');
  await page.waitForTimeout(300);
  // The save is waiting on the database; the reader presses again.
  const again = (await toolbarButtons(page)).find((b) => b.name === 'Highlight');
  if (again) await page.mouse.click(again.x, again.y);
  await page.waitForTimeout(300);

  // Meanwhile the reader selects something else.
  await selectInPage(page, { paragraphStartingWith: SECOND });
  await expect.poll(async () => (await toolbarButtons(page)).length).toBeGreaterThan(0);

  await release(serviceWorker);
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.waitForTimeout(500);
  expect(await storedCount(serviceWorker, 'highlights')).toBe(1);
  // The new selection and its toolbar are still there.
  expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toContain('operators');
  expect((await toolbarButtons(page)).map((b) => b.name)).toContain('Highlight');
});
