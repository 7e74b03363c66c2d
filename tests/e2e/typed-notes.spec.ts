/**
 * Nothing typed is lost: notes and tags are stored as they are typed, in the
 * in-page note editor and in the popup, whatever way the reader leaves them.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { highlightInPage, noteFrame, paintedCount, pressToolbarButton, selectInPage } from './page-helpers';

const SENTENCE = 'The argument is about who decides the pace';

async function openNoteEditor(page: Page) {
  await selectInPage(page, { text: SENTENCE });
  await pressToolbarButton(page, 'Add note');
  await expect.poll(() => noteFrame(page)?.url()).toContain('/note.html');
  const editor = noteFrame(page)!;
  await expect(editor.getByRole('textbox', { name: 'Note' })).toBeVisible();
  return editor;
}

test.describe('nothing typed is lost', () => {
  test('a note and tags typed in the note editor survive a click on the article', async ({ site, openArticle, popupFor }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    const editor = await openNoteEditor(page);
    await editor.getByRole('textbox', { name: 'Note' }).pressSequentially('Compare with the union letter');
    await editor.getByRole('textbox', { name: 'Tags' }).pressSequentially('ports, labour');
    // At once, mid-word as it were: a click on the article, outside the editor.
    await page.mouse.click(3, 3);
    await expect.poll(() => noteFrame(page)).toBeUndefined();

    const popup = await popupFor(tabId);
    await expect(popup.highlights()).toHaveCount(1);
    await expect(popup.highlights().first().getByRole('textbox', { name: 'Note' })).toHaveValue('Compare with the union letter');
    await expect(popup.highlights().first().getByRole('textbox', { name: 'Tags' })).toHaveValue('ports, labour');
  });

  test('the note editor opens with the cursor in the note, and Escape closes it keeping the text', async ({ site, openArticle }) => {
    const { page } = await openArticle(site.url('/sample-article.html'));
    const editor = await openNoteEditor(page);
    // No click into the editor: the reader types where they pressed "Add note".
    await page.keyboard.type('Typed straight away');
    await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue('Typed straight away');
    await expect(editor.getByText('Saved')).toBeVisible();
    await page.keyboard.type(', then closed');
    await page.keyboard.press('Escape');
    await expect.poll(() => noteFrame(page)).toBeUndefined();

    // Opened again from the highlight: the words are there.
    await expect.poll(() => paintedCount(page)).toBe(1);
    // A click on the painted words opens the highlight's own toolbar.
    const start = await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 3);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error('The sentence is not on the page');
    }, SENTENCE);
    await page.mouse.click(start.x, start.y);
    await pressToolbarButton(page, 'Note');
    await expect.poll(() => noteFrame(page)?.url()).toContain('/note.html');
    await expect(noteFrame(page)!.getByRole('textbox', { name: 'Note' })).toHaveValue('Typed straight away, then closed');
  });

  test('a highlight note typed in the popup survives closing the popup at once', async ({ site, openArticle, popupFor }) => {
    const { page, tabId } = await openArticle(site.url('/sample-article.html'));
    await highlightInPage(page, { text: SENTENCE });
    await expect.poll(() => paintedCount(page)).toBe(1);
    const popup = await popupFor(tabId);
    const item = popup.highlights().first();
    await item.getByRole('textbox', { name: 'Tags' }).pressSequentially('pace');
    await item.getByRole('textbox', { name: 'Note' }).pressSequentially('Closed mid-wor');
    await popup.page.close();

    const again = await popupFor(tabId);
    await expect(again.highlights().first().getByRole('textbox', { name: 'Note' })).toHaveValue('Closed mid-wor');
    await expect(again.highlights().first().getByRole('textbox', { name: 'Tags' })).toHaveValue('pace');
  });

  test('a claim note typed in the popup survives closing the popup at once', async ({ site, openArticle, popupFor }) => {
    const { tabId } = await openArticle(site.url('/sample-article.html'));
    const popup = await popupFor(tabId);
    const claim = popup.claims().first();
    await claim.getByText('Add a note').click();
    await claim.getByRole('textbox', { name: 'Fact-check note' }).pressSequentially('Port logs sh');
    await popup.page.close();

    const again = await popupFor(tabId);
    await expect(again.claims().first().getByRole('textbox', { name: 'Fact-check note' })).toHaveValue('Port logs sh');
  });
});
