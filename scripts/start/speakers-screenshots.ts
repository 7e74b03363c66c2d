/**
 * The library's Speakers and Variants views, written by the headless `npm start` into demo-output/:
 * two articles quoting one speaker in different words (quoted-twice.ts) are saved from the popup,
 * then each view is photographed once the saved pages have reached the library.
 */
import { resolve } from 'node:path';
import type { launchWithExtension } from '../launch-browser';
import type { SampleServer } from '../sample-server';
import { serveQuotedTwice } from './quoted-twice';

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;

const OUTPUT_DIR = resolve(import.meta.dirname, '..', '..', 'demo-output');

async function saveFromPopup(browser: Browser, url: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(url);
  let tabId: number | null = null;
  for (let i = 0; i < 50 && tabId === null; i++) {
    tabId = await browser.serviceWorker.evaluate(async (target) => {
      const tabs: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t) => t.url === target)?.id ?? null;
    }, page.url());
    if (tabId === null) await new Promise((done) => setTimeout(done, 100));
  }
  if (tabId === null) throw new Error(`No tab shows ${url}`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: 'Save', exact: true }).click({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Saved', exact: true }).waitFor();
  await popup.close();
}

/** Returns the files written, each with what it shows. */
export async function speakersScreenshots(browser: Browser, site: SampleServer): Promise<[string, string][]> {
  const { first, second } = serveQuotedTwice(site);
  await saveFromPopup(browser, first);
  await saveFromPopup(browser, second);
  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1000, height: 900 });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html#/speakers`);
  await library.locator('.nm-speaker-entry', { hasText: 'in 2 articles' }).first().waitFor({ timeout: 20_000 });
  await library.screenshot({ path: resolve(OUTPUT_DIR, 'library-speakers.png'), fullPage: true });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html#/variants`);
  await library.locator('.nm-variant-group').first().waitFor({ timeout: 20_000 });
  await library.screenshot({ path: resolve(OUTPUT_DIR, 'library-variants.png'), fullPage: true });
  await library.close();
  return [
    ['library-speakers.png', 'the library: speakers across saved articles'],
    ['library-variants.png', 'the library: one quote in two wordings, the changed words marked'],
  ];
}
