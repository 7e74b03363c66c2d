import { test, expect } from './fixtures';
import { paintedByColor as painted, pressToolbarButton as press, selectInPage, toolbarButtons } from './page-helpers';

const SENTENCE = 'According to the operators’ association';

test('clicking a highlight opens its actions: colour, and delete with undo', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const point = await selectInPage(page, { paragraphStartingWith: SENTENCE });
  await press(page, 'Green');
  await expect.poll(() => painted(page)).toEqual({ 'newsmark-green': 1 });

  await page.mouse.click(point.x, point.y);
  await expect.poll(async () => (await toolbarButtons(page)).find((b) => b.name === 'Green')?.pressed).toBe('true');
  await press(page, 'Blue');
  await expect.poll(() => painted(page)).toEqual({ 'newsmark-blue': 1 });

  await page.mouse.click(point.x, point.y);
  await press(page, 'Delete');
  await expect.poll(() => painted(page)).toEqual({});
  const popup = await popupFor(tabId);
  await expect(popup.highlights()).toHaveCount(0);

  await press(page, 'Undo');
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
