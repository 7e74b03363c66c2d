import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { noteFrame, pressToolbarButton, selectInPage } from './page-helpers';

const NOTE = 'Zephyrine checks the roster claim';
const TAG = 'quillwort-tag';

/** Installs, in the page's own main world, everything a hostile news site could use to watch the reader. */
async function installPageSpy(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as any).__spy = seen;
    window.addEventListener('message', (e) => seen.push(`message:${JSON.stringify(e.data)}`), true);
    for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'compositionend', 'paste']) {
      document.addEventListener(type, (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`), true);
    }
  });
}

/** Everything the page's scripts can read after the fact. */
async function pageVisibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          visit(el.shadowRoot);
        }
        if (el instanceof HTMLIFrameElement) {
          parts.push(el.src);
          try {
            parts.push(el.contentDocument?.documentElement.outerHTML ?? '');
          } catch {
            // A cross-origin frame: its document is out of the page's reach.
          }
        }
      }
    };
    visit(document);
    CSS.highlights.forEach((highlight, name) => {
      parts.push(name);
      highlight.forEach((range) => parts.push((range as Range).toString()));
    });
    parts.push(...((window as any).__spy as string[]));
    parts.push(JSON.stringify(localStorage), JSON.stringify(sessionStorage), document.cookie);
    return parts.join('\n');
  });
}

test('nothing the page can reach holds a note or a tag while one is written', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await installPageSpy(page);

  await selectInPage(page, { text: 'The argument is about who decides the pace' });
  await pressToolbarButton(page, 'Add note');

  await expect.poll(() => noteFrame(page)?.url()).toContain('/note.html');
  const editor = noteFrame(page)!;
  await editor.getByRole('textbox', { name: 'Note' }).pressSequentially(NOTE);
  await editor.getByRole('textbox', { name: 'Tags' }).pressSequentially(TAG);
  // Mid-writing, before saving: the page sees nothing of it.
  const whileTyping = await pageVisibleText(page);
  expect(whileTyping).not.toContain(NOTE);
  expect(whileTyping).not.toContain(TAG);
  expect(whileTyping).not.toContain('Zephyrine');

  await editor.getByRole('button', { name: 'Save note' }).click();
  await expect.poll(() => noteFrame(page)).toBeUndefined();

  // The note was really stored: the popup, in the extension's origin, shows it.
  const popup = await popupFor(tabId);
  await expect(popup.highlights().first().getByRole('textbox', { name: 'Note' })).toHaveValue(NOTE);
  await expect(popup.highlights().first().getByRole('textbox', { name: 'Tags' })).toHaveValue(TAG);

  const after = await pageVisibleText(page);
  expect(after).not.toContain(NOTE);
  expect(after).not.toContain(TAG);
  // The spy itself works: it saw the highlight's passage in the registry.
  expect(after).toContain('The argument is about who decides the pace');
});
