import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SENTENCE = 'According to the operators’ association';

async function painted(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('newsmark-') && h.size) out[name] = h.size;
    });
    return out;
  });
}

/** Selects the first paragraph that starts with `start` and returns a point inside it. */
async function selectParagraph(page: Page, start: string): Promise<{ x: number; y: number }> {
  return page.evaluate((prefix) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.replace(/[’']/g, "'").startsWith(prefix.replace(/[’']/g, "'")))!;
    p.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const rect = p.getBoundingClientRect();
    return { x: rect.left + 20, y: rect.top + rect.height / 2 };
  }, start);
}

test('clicking a highlight opens its actions: colour, and delete with undo', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const point = await selectParagraph(page, SENTENCE);
  const toolbar = page.getByRole('toolbar', { name: 'Newsmark' });
  await toolbar.getByRole('button', { name: 'Green' }).click();
  await expect.poll(() => painted(page)).toEqual({ 'newsmark-green': 1 });

  await page.mouse.click(point.x, point.y);
  await expect(toolbar.getByRole('button', { name: 'Green' })).toHaveAttribute('aria-pressed', 'true');
  await toolbar.getByRole('button', { name: 'Blue' }).click();
  await expect.poll(() => painted(page)).toEqual({ 'newsmark-blue': 1 });

  await page.mouse.click(point.x, point.y);
  await toolbar.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => painted(page)).toEqual({});
  const popup = await popupFor(tabId);
  await expect(popup.highlights()).toHaveCount(0);

  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => painted(page)).toEqual({ 'newsmark-blue': 1 });
  await popup.reopen(tabId);
  await expect(popup.highlights()).toHaveCount(1);
});

test('the keyboard command and context menu path highlights the current selection', async ({ site, openArticle, serviceWorker, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await selectParagraph(page, SENTENCE);
  // What the background does for Alt+Shift+H and for "Highlight selection": ask the tab.
  const done = await serviceWorker.evaluate(
    (id) => (globalThis as any).chrome.tabs.sendMessage(id, { newsmark: 1, type: 'page.highlightSelection', data: {} }, { frameId: 0 }),
    tabId,
  );
  expect(done).toEqual({ ok: true, value: true });
  await expect.poll(() => painted(page)).toEqual({ 'newsmark-yellow': 1 });
  const popup = await popupFor(tabId);
  await expect(popup.highlights().first()).toContainText('60 million euros');
});
