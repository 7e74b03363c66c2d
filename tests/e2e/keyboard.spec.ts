/**
 * The toolbar from the keyboard: after a selection, the focus-toolbar command
 * (Alt+Shift+K) puts the keyboard on the toolbar; Tab moves, Enter presses,
 * Escape closes; the note editor is typed in and closed the same way.
 * Headless Chromium does not route browser-level shortcuts, so the test
 * sends what the background sends for the command, and checks the command is
 * declared with its key.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { noteFrame, paintedByColor, selectInPage, toolbarButtons } from './page-helpers';

const SENTENCE = 'According to the operators’ association';

/** What the background does when the reader presses the focus-toolbar command in this tab. */
async function focusToolbarCommand(serviceWorker: Worker, tabId: number): Promise<unknown> {
  return serviceWorker.evaluate(
    (id) => (globalThis as any).chrome.tabs.sendMessage(id, { newsmark: 1, type: 'page.focusToolbar', data: undefined }, { frameId: 0 }),
    tabId,
  );
}

/** The toolbar's tooltip, read through the DevTools protocol (the toolbar is in a closed shadow root). */
async function toolbarTooltip(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    let title: string | null = null;
    const visit = (node: any) => {
      const attrs: string[] = node.attributes ?? [];
      if (node.nodeName === 'DIV' && attrs.includes('role') && attrs[attrs.indexOf('role') + 1] === 'toolbar') {
        const at = attrs.indexOf('title');
        if (at >= 0 && at % 2 === 0) title = attrs[at + 1];
      }
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
    };
    visit(root);
    return title;
  } finally {
    await cdp.detach();
  }
}

test('the focus-toolbar command is declared with Alt+Shift+K and named in the toolbar tooltip', async ({ site, serviceWorker, openArticle }) => {
  const commands = await serviceWorker.evaluate(() => (globalThis as any).chrome.runtime.getManifest().commands);
  expect(commands['focus-toolbar'].suggested_key.default).toBe('Alt+Shift+K');
  const { page } = await openArticle(site.url('/sample-article.html'));
  await selectInPage(page, { paragraphStartingWith: SENTENCE });
  await expect.poll(async () => (await toolbarButtons(page)).length).toBeGreaterThan(0);
  expect(await toolbarTooltip(page)).toContain('Alt+Shift+K');
});

test('after a selection the command focuses the toolbar: Tab moves, Enter presses, Escape closes', async ({ site, serviceWorker, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await selectInPage(page, { paragraphStartingWith: SENTENCE });
  // At once, before the toolbar has shown by itself: the command shows it.
  expect(await focusToolbarCommand(serviceWorker, tabId)).toEqual({ ok: true, value: true });
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('NEWSMARK-UI');

  // Escape closes it and leaves the selection for another try.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await toolbarButtons(page)).length).toBe(0);
  expect(await page.evaluate(() => document.getSelection()?.toString().length ?? 0)).toBeGreaterThan(0);

  expect(await focusToolbarCommand(serviceWorker, tabId)).toEqual({ ok: true, value: true });
  // Highlight, Yellow, Green: two Tabs to Green, Enter presses it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => paintedByColor(page)).toEqual({ 'newsmark-green': 1 });

  // A note from the keyboard alone: Tab to "Add note", Enter, type, Escape.
  await selectInPage(page, { text: 'The argument is about who decides the pace' });
  expect(await focusToolbarCommand(serviceWorker, tabId)).toEqual({ ok: true, value: true });
  const names = (await toolbarButtons(page)).map((b) => b.name);
  for (let i = 0; i < names.indexOf('Add note'); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => noteFrame(page)?.url()).toContain('/note.html');
  await expect(noteFrame(page)!.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Typed without the mouse');
  await page.keyboard.press('Escape');
  await expect.poll(() => noteFrame(page)).toBeUndefined();

  const popup = await popupFor(tabId);
  await expect(popup.highlights()).toHaveCount(2);
  const noted = popup.highlights().filter({ hasText: 'The argument is about who decides the pace' });
  await expect(noted.getByRole('textbox', { name: 'Note' })).toHaveValue('Typed without the mouse');
});

test('without a selection the command does nothing', async ({ site, serviceWorker, openArticle }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  expect(await focusToolbarCommand(serviceWorker, tabId)).toEqual({ ok: true, value: false });
  expect(await toolbarButtons(page)).toEqual([]);
});
