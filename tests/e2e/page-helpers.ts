/** What a reader does in the news page, and what the tests read back from it. */
import type { Page } from '@playwright/test';

/** Newsmark's painted highlights, by registry name ("newsmark-yellow": 2), flash marks left out. */
export async function paintedByColor(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('newsmark-') && name !== 'newsmark-flash' && highlight.size) out[name] = highlight.size;
    });
    return out;
  });
}

export async function paintedCount(page: Page): Promise<number> {
  return Object.values(await paintedByColor(page)).reduce((a, b) => a + b, 0);
}

/**
 * Selects text the way a reader's drag would: `text` inside one text node, or
 * the whole of the paragraph matched by `paragraph` (its text starts with it;
 * `last` picks the last paragraph of the article body). Scrolls it into view
 * and returns a point inside the selection.
 */
export async function selectInPage(
  page: Page,
  target: { text: string } | { paragraphStartingWith: string } | { lastParagraph: true },
): Promise<{ x: number; y: number }> {
  return page.evaluate((t) => {
    const range = document.createRange();
    const fold = (s: string) => s.replace(/[’']/g, "'");
    if ('text' in t) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let found = false;
      for (let node = walker.nextNode(); node && !found; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(t.text);
        if (at < 0) continue;
        range.setStart(node, at);
        range.setEnd(node, at + t.text.length);
        found = true;
      }
      if (!found) throw new Error(`"${t.text}" is not on the page`);
    } else {
      const paragraphs = [...document.querySelectorAll('p')];
      const p =
        'lastParagraph' in t
          ? [...document.querySelectorAll('.article-body p, article p')].at(-1)
          : paragraphs.find((el) => fold(el.textContent ?? '').startsWith(fold(t.paragraphStartingWith)));
      if (!p) throw new Error('No such paragraph on the page');
      range.selectNodeContents(p);
    }
    const start = range.startContainer;
    (start instanceof Element ? start : (start.parentElement ?? document.body)).scrollIntoView({ block: 'center' });
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    // The first line of text (a range starting at an element boundary can report an empty rect first).
    const rect = [...range.getClientRects()].find((r) => r.width > 10) ?? range.getBoundingClientRect();
    return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
  }, target);
}

export function toolbar(page: Page) {
  return page.getByRole('toolbar', { name: 'Newsmark' });
}

/** Select, then press the toolbar's Highlight button. */
export async function highlightInPage(page: Page, target: Parameters<typeof selectInPage>[1]): Promise<{ x: number; y: number }> {
  const point = await selectInPage(page, target);
  await toolbar(page).getByRole('button', { name: 'Highlight', exact: true }).click();
  return point;
}
