import { test, expect } from './fixtures';
import { paintedByColor as painted, selectInPage, toolbar as toolbarOf } from './page-helpers';

const SENTENCE = 'According to the operators’ association';

test('clicking a highlight opens its actions: colour, and delete with undo', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const point = await selectInPage(page, { paragraphStartingWith: SENTENCE });
  const toolbar = toolbarOf(page);
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
  await selectInPage(page, { paragraphStartingWith: SENTENCE });
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
