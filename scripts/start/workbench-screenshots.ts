/**
 * The popup's states as the reader meets them, written by the headless
 * `npm start` into demo-output/: the top of a long article, the claims shown
 * on the page (popup and page), corrections to the analysis, a non-English
 * article, and a paused site.
 * The long article is one of our claim fixtures (tests/fixtures/claims),
 * served under the sample site.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { launchWithExtension } from '../launch-browser';
import type { SampleServer } from '../sample-server';

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;

const OUTPUT_DIR = resolve(import.meta.dirname, '..', '..', 'demo-output');
const LONG_ARTICLE = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'claims', 'sable-ridge-wildfire.html');
/** The popup's own size in the browser: 400 px wide, at most 600 px tall. */
const POPUP = { width: 400, height: 600 };

async function tabIdOf(browser: Browser, url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const id = await browser.serviceWorker.evaluate(async (target) => {
      const tabs: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t) => t.url === target)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`No tab shows ${url}`);
}

async function openTab(browser: Browser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  const tabId = await tabIdOf(browser, page.url());
  // The content script answers once it has started (document idle).
  for (let i = 0; i < 100; i++) {
    const ok = await browser.serviceWorker.evaluate(
      (id) =>
        (globalThis as any).chrome.tabs
          .sendMessage(id, { newsmark: 1, type: 'page.analysis', data: undefined }, { frameId: 0 })
          .then((r: { ok?: boolean } | undefined) => r?.ok === true, () => false),
      tabId,
    );
    if (ok) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  return { page, tabId };
}

async function openPopup(browser: Browser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('heading', { level: 1 }).waitFor();
  await popup.getByText('Reading the page…').waitFor({ state: 'detached' });
  return popup;
}

/** Writes the screenshots; returns [file, what it shows] for the summary. */
export async function workbenchScreenshots(browser: Browser, site: SampleServer): Promise<[string, string][]> {
  const written: [string, string][] = [];
  const shot = async (page: Page, file: string, what: string) => {
    await page.screenshot({ path: resolve(OUTPUT_DIR, file) });
    written.push([file, what]);
  };

  // The top of a long article: the reader's work first, the citation under the title.
  site.route('/long-article.html', readFileSync(LONG_ARTICLE, 'utf8'), 'text/html; charset=utf-8');
  const long = await openTab(browser, site.url('/long-article.html'));
  const top = await openPopup(browser, long.tabId);
  await top.getByRole('region', { name: 'Claims' }).waitFor();
  await shot(top, 'popup-long-article-top.png', 'the popup at the top of a long article');

  // Claims shown on the page, with the legend.
  await top.getByRole('checkbox', { name: 'Show claims on page' }).check();
  await top.getByRole('list', { name: 'Colours of the speakers on the page' }).waitFor();
  await top.getByRole('region', { name: 'Claims' }).scrollIntoViewIfNeeded();
  await shot(top, 'popup-claims-on-page.png', 'the popup with "Show claims on page" on, and its legend');
  await long.page.locator('article p').nth(2).scrollIntoViewIfNeeded();
  await shot(long.page, 'page-claims-on-page.png', 'the long article with its claims painted per speaker');

  // Corrections on the sample article: a claim dismissed, a speaker renamed, the short form of a name
  // merged into the full one; the popup then shows the corrected lists, the edited marks and Undo.
  const corrected = await openTab(browser, site.url('/sample-article.html#corrections'));
  const fix = await openPopup(browser, corrected.tabId);
  const claims = fix.getByRole('region', { name: 'Claims' });
  const showAll = claims.getByRole('button', { name: /^Show all \d+ claims$/ });
  if (await showAll.count()) await showAll.click();
  await claims.locator('.nm-claim').filter({ hasText: 'the stoppages have already cost shippers' }).getByRole('button', { name: 'Not a claim' }).click();
  const speaker = (name: string) =>
    fix.getByRole('region', { name: 'Speakers' }).getByRole('listitem').filter({ has: fix.locator('.nm-speaker-name').getByText(name, { exact: true }) });
  await speaker('Wei Lan').getByRole('button', { name: 'Rename' }).click();
  await speaker('Wei Lan').getByRole('textbox', { name: "Speaker's name" }).fill('Prof. Wei Lan');
  await speaker('Wei Lan').getByRole('textbox', { name: "Speaker's name" }).press('Enter');
  await speaker('Prof. Wei Lan').waitFor();
  await fix.getByRole('region', { name: 'Speakers' }).scrollIntoViewIfNeeded();
  await shot(fix, 'popup-corrections.png', 'the popup after corrections: a claim dismissed (Undo offered), a speaker renamed and marked edited');

  // A non-English article (lang="en" on a German text).
  const german = await openTab(browser, site.url('/stadtrat.html'));
  const foreign = await openPopup(browser, german.tabId);
  await foreign.getByText('Speakers and claims are found in English articles only').first().waitFor();
  await shot(foreign, 'popup-non-english.png', 'the popup on a German article: English-only attribution said plainly');

  // A paused site: the reader's highlight listed read-only.
  // Its own address (a fragment) so the tab is told apart from the demo's first tab on the same article.
  const sample = await openTab(browser, site.url('/sample-article.html#paused'));
  await sample.page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => (el.textContent ?? '').startsWith('Transport Minister Helena Varga'));
    if (!p) throw new Error('No such paragraph on the sample article');
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await browser.serviceWorker.evaluate(
    (id) => (globalThis as any).chrome.tabs.sendMessage(id, { newsmark: 1, type: 'page.highlightSelection', data: {} }, { frameId: 0 }),
    sample.tabId,
  );
  const paused = await openPopup(browser, sample.tabId);
  await paused.locator('.nm-highlight').first().waitFor();
  await paused.getByRole('checkbox', { name: 'Pause on this site' }).check();
  await paused.getByRole('note').waitFor();
  await shot(paused, 'popup-paused-site.png', 'the popup on a paused site: highlights read-only, with why');
  await paused.getByRole('checkbox', { name: 'Pause on this site' }).uncheck();
  return written;
}
