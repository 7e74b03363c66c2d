/**
 * A page's scripts trying to act for the reader: pressing the toolbar,
 * switching Newsmark off, reading the extension's id or a record's id.
 */
import { test, expect } from './fixtures';
import {
  highlightInPage,
  noteFrame,
  paintedCount,
  pressToolbarButton,
  selectInPage,
  toolbarButtons,
} from './page-helpers';

const SENTENCE = 'The argument is about who decides the pace, not whether the machines arrive';

test("the page's scripts cannot reach or press the toolbar, to make or delete highlights", async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  // The page selects text (it may), waits for the toolbar, and tries every way in.
  await selectInPage(page, { text: SENTENCE });
  await expect.poll(async () => (await toolbarButtons(page)).length).toBeGreaterThan(0);
  const reached = await page.evaluate(() => {
    const host = document.querySelector('newsmark-ui');
    const root = host?.shadowRoot ?? null;
    for (const button of root?.querySelectorAll('button') ?? []) (button as HTMLButtonElement).click();
    host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return { host: !!host, root: !!root };
  });
  expect(reached).toEqual({ host: true, root: false });
  await page.waitForTimeout(1000);
  expect(await paintedCount(page)).toBe(0);

  // The reader makes a highlight; the page then "clicks" it and looks for Delete.
  const point = await highlightInPage(page, { text: SENTENCE });
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.waitForTimeout(400);
  const deleted = await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
    return new Promise<number>((done) =>
      setTimeout(() => {
        const root = document.querySelector('newsmark-ui')?.shadowRoot;
        const buttons = [...(root?.querySelectorAll('button') ?? [])].filter((b) => b.textContent === 'Delete');
        buttons.forEach((b) => (b as HTMLButtonElement).click());
        done(buttons.length);
      }, 300),
    );
  }, point);
  expect(deleted).toBe(0);
  // Its synthetic click did not even open the highlight's actions.
  expect(await toolbarButtons(page)).toEqual([]);
  await page.waitForTimeout(500);
  expect(await paintedCount(page)).toBe(1);
  const popup = await popupFor(tabId);
  await expect(popup.highlights()).toHaveCount(1);

  // The reader's own click does open them, and Delete works.
  await page.mouse.click(point.x, point.y);
  await pressToolbarButton(page, 'Delete');
  await expect.poll(() => paintedCount(page)).toBe(0);
});

test('the page never learns the extension id, and its forged "newer script started" events stop nothing', async ({
  context,
  site,
  extensionId,
  openArticle,
  popupFor,
}) => {
  // The page listens to every window message from the start, as a hostile page would.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
  });
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const visible = await page.evaluate(() => [
    ...(window as unknown as { __seen: string[] }).__seen,
    document.documentElement.outerHTML,
    ...performance.getEntries().map((e) => e.name),
  ]);
  expect(visible.join('\n')).not.toContain(extensionId);

  // Knowing the id anyway (a store extension's id is public), the page forges WXT's event and message.
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, extensionId);

  // Still working: highlights are made and painted, and the popup reads the page.
  await highlightInPage(page, { text: SENTENCE });
  await expect.poll(() => paintedCount(page)).toBe(1);
  const popup = await popupFor(tabId);
  await expect(popup.highlights()).toHaveCount(1);
  await expect(popup.page.getByText(/Reload/)).toHaveCount(0);
});

test("the note editor's frame is out of the page's reach and its address names no record", async ({ site, extensionId, openArticle }) => {
  const { page } = await openArticle(site.url('/sample-article.html'));
  await selectInPage(page, { text: SENTENCE });
  await pressToolbarButton(page, 'Add note');
  await expect.poll(() => noteFrame(page)?.url()).toContain('/note.html');
  const frame = noteFrame(page)!;
  // The editor knows its highlight (asked of the background)…
  await expect(frame.locator('blockquote')).toContainText(SENTENCE);
  // …though its address carries no id.
  expect(new URL(frame.url()).search).toBe('');
  // And the page cannot find the frame, its address, or the extension id.
  const found = await page.evaluate(() => ({
    iframes: [...document.querySelectorAll('iframe')].map((f) => f.src),
    root: !!document.querySelector('newsmark-ui')?.shadowRoot,
    entries: performance.getEntries().map((e) => e.name),
    html: document.documentElement.outerHTML,
  }));
  expect(found.iframes).toEqual([]);
  expect(found.root).toBe(false);
  expect([...found.entries, found.html].join('\n')).not.toContain(extensionId);
});
