/**
 * The page's copy (text and analysis) is sent once per saved article: a reaction saves the article and
 * its copy; a claim marked and another reaction afterwards do not make the tab send the whole page again
 * (the background keeps the first copy and would refuse it). What the tab sends is counted by a listener
 * in the background beside the extension's own.
 */
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { storedCount } from './worker-db';

async function countSnapshots(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { __snapshots: number; chrome: any };
    g.__snapshots = 0;
    g.chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message?.type === 'article.snapshot') g.__snapshots++;
    });
  });
}

const sent = (serviceWorker: Worker) => serviceWorker.evaluate(() => (globalThis as unknown as { __snapshots: number }).__snapshots);

const storedSnapshots = (serviceWorker: Worker) => storedCount(serviceWorker, 'snapshots');

test('a reaction keeps the page once; a claim marked and another reaction do not send it again', async ({ site, openArticle, popupFor, serviceWorker }) => {
  await countSnapshots(serviceWorker);
  const { tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);

  // The first action saves the article: its copy is sent and kept.
  await popup.reaction('Angry').click();
  await expect(popup.reaction('Angry')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => storedSnapshots(serviceWorker)).toBe(1);
  expect(await sent(serviceWorker)).toBe(1);

  const claim = popup.claims().filter({ hasText: 'We kept the cold chain running' });
  await claim.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Misleading' });
  await popup.reaction('Sad').click();
  await expect(popup.reaction('Sad')).toHaveAttribute('aria-pressed', 'true');
  await expect(claim.getByRole('combobox', { name: 'Status' })).toHaveValue('misleading');
  // Long enough for a copy the tab was asked for to arrive (it was sent within this time above).
  await popup.page.waitForTimeout(1500);
  expect(await sent(serviceWorker)).toBe(1);
  expect(await storedSnapshots(serviceWorker)).toBe(1);
});
