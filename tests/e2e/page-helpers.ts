/** What a reader does in the news page, and what the tests read back from it. */
import { expect, type Frame, type Page } from '@playwright/test';

/** Newsmark's painted highlights, by registry name ("newsmark-yellow": 2), flash marks left out. */
export async function paintedByColor(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      // The reader's highlights only: not the flash of a claim scrolled to, nor the claims painted per speaker.
      if (name.startsWith('newsmark-') && name !== 'newsmark-flash' && !name.startsWith('newsmark-claim-') && highlight.size) out[name] = highlight.size;
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

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface ToolbarButton {
  /** Its accessible name: aria-label, else its text. */
  name: string;
  pressed: string | null;
  x: number;
  y: number;
}

function attribute(node: DomNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return null;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function visit(node: DomNode, found: (n: DomNode) => void): void {
  found(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child, found);
}

/**
 * The toolbar lives in a closed shadow root, out of reach of page scripts and
 * so of Playwright's locators. The tests read it the way the browser's own
 * tools do (the DevTools protocol, which sees closed roots), and press its
 * buttons with real mouse clicks at their place on screen.
 */
async function readToolbar(page: Page): Promise<{ buttons: ToolbarButton[]; text: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    let host: DomNode | undefined;
    visit(root, (n) => {
      if (!host && n.nodeName === 'NEWSMARK-UI') host = n;
    });
    if (!host) return { buttons: [], text: '' };
    const buttons: ToolbarButton[] = [];
    const nodes: DomNode[] = [];
    visit(host, (n) => {
      if (n.nodeName === 'BUTTON') nodes.push(n);
    });
    for (const node of nodes) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { content: number[] } };
      const q = model.content;
      buttons.push({
        name: attribute(node, 'aria-label') ?? textOf(node).trim(),
        pressed: attribute(node, 'aria-pressed'),
        x: (q[0] + q[2] + q[4] + q[6]) / 4,
        y: (q[1] + q[3] + q[5] + q[7]) / 4,
      });
    }
    const text = (host.shadowRoots ?? []).map((r) => (r.children ?? []).filter((c) => c.nodeName !== 'STYLE').map(textOf).join(' ')).join(' ');
    return { buttons, text };
  } finally {
    await cdp.detach();
  }
}

/** readToolbar, read again when the toolbar changed between two protocol calls (its nodes went away mid-read). */
async function readToolbarSettled(page: Page): Promise<{ buttons: ToolbarButton[]; text: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await readToolbar(page);
    } catch (error) {
      if (attempt >= 4 || !/Could not find node|No node with given id/i.test(String(error))) throw error;
    }
  }
}

/** The toolbar's buttons as the reader sees them (none while it is hidden). */
export async function toolbarButtons(page: Page): Promise<ToolbarButton[]> {
  return (await readToolbarSettled(page)).buttons;
}

/** The toolbar's visible text (a message, "Highlight deleted"…). */
export async function toolbarText(page: Page): Promise<string> {
  return (await readToolbarSettled(page)).text;
}

/** Waits for the toolbar button named `name` and clicks it with the mouse, as the reader would. */
export async function pressToolbarButton(page: Page, name: string): Promise<void> {
  let button: ToolbarButton | undefined;
  await expect
    .poll(async () => {
      button = (await toolbarButtons(page)).find((b) => b.name === name);
      return !!button;
    }, { message: `toolbar button "${name}"` })
    .toBe(true);
  await page.mouse.click(button!.x, button!.y);
}

/** The note editor's frame (an extension page framed inside the toolbar's closed root). */
export function noteFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().includes('/note.html'));
}

/** Select, then press the toolbar's Highlight button. */
export async function highlightInPage(page: Page, target: Parameters<typeof selectInPage>[1]): Promise<{ x: number; y: number }> {
  const point = await selectInPage(page, target);
  await pressToolbarButton(page, 'Highlight');
  return point;
}
