/**
 * The core flows in Firefox ESR against the built MV2 extension: the content
 * script answering on a served article, the popup's sections, a highlight, a
 * reaction, Save. One Firefox serves the whole file (a launch takes 10-15 s on
 * a loaded machine); each test reads its own copy of the article, under its
 * own canonical URL, so no test sees another's highlights, reaction or save.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findFirefox, FirefoxNotFoundError } from '../../scripts/launch-firefox';
import { SITE_DIR, startSampleServer, type SampleServer } from '../../scripts/sample-server';
import { FirefoxSession, waitFor } from './firefox-session';

const SAMPLE = readFileSync(resolve(SITE_DIR, 'sample-article.html'), 'utf8');
const TITLE = 'Varga urges port operators and unions to end weekend stoppages';
const SENTENCE = 'The argument is about who decides the pace, not whether the machines arrive';

function firefoxMissing(): string | null {
  try {
    findFirefox();
    return null;
  } catch (error) {
    if (error instanceof FirefoxNotFoundError) return error.message;
    throw error;
  }
}

const missing = firefoxMissing();
if (missing) console.warn(`\nFirefox e2e skipped: ${missing}\n`);

describe.skipIf(missing !== null)('in Firefox ESR', () => {
  let session: FirefoxSession;
  let site: SampleServer;

  beforeAll(async () => {
    site = await startSampleServer();
    session = await FirefoxSession.start();
  });

  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  /** The sample article under its own path, its canonical link pointing there, so it is an article of its own. */
  function articleCopy(name: string): string {
    const path = `/copies/${name}.html`;
    const canonical = '<link rel="canonical" href="/sample-article.html">';
    if (!SAMPLE.includes(canonical)) throw new Error(`The sample article no longer has ${canonical}: update articleCopy`);
    site.route(path, SAMPLE.replace(canonical, `<link rel="canonical" href="${path}">`));
    return site.url(path);
  }

  test('the content script answers on a served article and the popup shows its title, speakers and claims', async () => {
    const { tabId } = await session.openArticle(site.url('/sample-article.html'));
    const popup = await session.popupFor(tabId);
    expect(await textOf(popup, 'h1')).toEqual([TITLE]);
    // The reader's own work first, then the analysis; each heading but Reactions with its count.
    const headings = await textOf(popup, 'h2');
    expect(headings.map((h) => h.replace(/\s+\d+$/, ''))).toEqual(['Highlights', 'Reactions', 'Speakers', 'Claims']);
    expect(headings[0]).toBe('Highlights 0');
    expect(headings[3]).toMatch(/^Claims [1-9]\d*$/);
    const speakers = await textOf(popup, 'section[aria-labelledby] li, [role=region] li');
    expect(speakers.join('\n')).toContain('Helena Varga');
    expect(speakers.join('\n')).toContain('Wei Lan');
    expect((await textOf(popup, '.nm-claim')).join('\n')).toContain('We kept the cold chain running');
  });

  test('a page that is not an article says so, keeps Highlights, and offers Save and reactions only on "Save anyway"', async () => {
    const { tabId } = await session.openArticle(site.url('/index.html'));
    const popup = await session.popupFor(tabId);
    expect((await textOf(popup, '[role=status]')).join('\n')).toContain('No article found on this page');
    expect(await textOf(popup, 'h2')).toEqual(['Highlights 0']);
    expect(await textOf(popup, '.nm-actions button')).toContain('Save anyway');
  });

  test('a highlight made from a selection is painted, listed in the popup, and painted again after reload', async () => {
    const { page, tabId } = await session.openArticle(articleCopy('highlight'));
    await selectText(page, SENTENCE);
    const bar = await waitFor('the selection toolbar', () => toolbarBox(page), (b) => b !== null);
    // Highlight is the bar's first button: a real click a little inside its left edge.
    await page.mouse.click(bar!.left + 24, (bar!.top + bar!.bottom) / 2);
    await waitFor('the highlight to be painted', () => paintedCount(page), (n) => n === 1);

    await page.reload({ timeout: 30_000 });
    await waitFor('the highlight to be painted after reload', () => paintedCount(page), (n) => n === 1);
    const popup = await session.popupFor(tabId);
    const listed = await waitFor('the popup to list the highlight', () => textOf(popup, '.nm-highlight'), (items) => items.length === 1);
    expect(listed[0]).toContain(SENTENCE);
    expect(await popup.$$('.nm-orphans .nm-highlight')).toHaveLength(0);
  });

  test('a reaction is pressed again when the popup is reopened, and pressing it again clears it', async () => {
    const { tabId } = await session.openArticle(articleCopy('reaction'));
    const popup = await session.popupFor(tabId);
    expect(await textOf(popup, '.nm-reactions button')).toEqual(['Touched', 'Sympathetic', 'Bored', 'Angry', 'Amused', 'Sad', 'Happy', 'No comment']);
    await (await buttonIn(popup, '.nm-reactions button', 'Angry'))!.click();
    await waitFor('Angry to be pressed', () => pressed(popup), (p) => p.join() === 'Angry');
    await popup.close();

    const again = await session.popupFor(tabId);
    await waitFor('Angry to be pressed after reopening', () => pressed(again), (p) => p.join() === 'Angry');
    await (await buttonIn(again, '.nm-reactions button', 'Angry'))!.click();
    await waitFor('no reaction to be pressed', () => pressed(again), (p) => p.length === 0);
  });

  test('Save stores the article: the popup says Saved after reopening and the library lists it', async () => {
    const url = articleCopy('save');
    const { tabId } = await session.openArticle(url);
    const library = await session.library();
    expect(await linksIn(library)).not.toContain(url);

    const popup = await session.popupFor(tabId);
    const save = await buttonIn(popup, '.nm-actions button', 'Save');
    expect(save, 'an unsaved article offers Save').not.toBeNull();
    await save!.click();
    await waitFor('the button to say Saved', () => textOf(popup, '.nm-actions button'), (t) => t.includes('Saved'));
    await popup.close();

    const again = await session.popupFor(tabId);
    await waitFor('Saved after reopening', () => textOf(again, '.nm-actions button'), (t) => t.includes('Saved'));
    // The library's live query picks the new article up without a reload.
    await waitFor('the library to list the article', () => linksIn(library), (links) => links.includes(url));
  });
});

async function textOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((el) => (el.textContent ?? '').trim()));
}

/** The first button matching `selector` whose text is exactly `text`, or null. */
/**
 * Where the selection toolbar is on screen. It lives in a closed shadow root, so neither the page nor
 * WebDriver BiDi's locators can reach its buttons (that is the point: a page cannot press them). Hit-testing
 * still sees it as its host element, so the band around the selection is probed for points that land on the
 * host; a real mouse click there is what a reader's click would be.
 */
async function toolbarBox(page: Page): Promise<{ left: number; top: number; bottom: number } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('newsmark-ui');
    const selection = document.getSelection();
    if (!host || !selection || selection.rangeCount === 0) return null;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    let left = Infinity;
    let top = Infinity;
    let bottom = -Infinity;
    const from = Math.max(0, rect.top - 60);
    const to = Math.min(window.innerHeight, rect.bottom + 60);
    for (let y = from; y < to; y += 3) {
      for (let x = 0; x < window.innerWidth; x += 3) {
        if (document.elementFromPoint(x, y) !== host) continue;
        left = Math.min(left, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
    return left === Infinity ? null : { left, top, bottom };
  });
}

async function buttonIn(page: Page, selector: string, text: string): Promise<ElementHandle<Element> | null> {
  for (const handle of await page.$$(selector)) {
    if ((await handle.evaluate((el) => (el.textContent ?? '').trim())) === text) return handle;
  }
  return null;
}

async function pressed(popup: Page): Promise<string[]> {
  return popup.$$eval('.nm-reactions button[aria-pressed="true"]', (els) => els.map((el) => (el.textContent ?? '').trim()));
}

async function linksIn(library: Page): Promise<string[]> {
  return library.$$eval('.nm-article a', (els) => els.map((el) => (el as HTMLAnchorElement).href));
}

/** Newsmark's painted highlights in the page's highlight registry (flash marks left out). */
async function paintedCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('newsmark-') && name !== 'newsmark-flash') count += highlight.size;
    });
    return count;
  });
}

/** Selects `text` inside one text node, as a reader's drag would, and scrolls it into view. */
async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}
