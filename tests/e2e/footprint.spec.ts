/**
 * What every page pays for Newsmark: the manifest injects a small bootstrap
 * only, and the rest of the content script is injected by the background
 * when needed, with nothing web-accessible a page could probe for. Timings
 * are bench:page's job; this checks the shape that makes them possible.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { EXTENSION_DIR } from '../../scripts/launch-browser';
import { selectInPage, toolbarButtons } from './page-helpers';

/** The bootstrap: messaging, the pause check, the popup's answers. Analysis, attribution and highlights are apart. */
const MAX_INJECTED_BYTES = 24 * 1024;

interface Manifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
}

test('every page gets only the small bootstrap, and no script of ours is web-accessible', async ({ site, openArticle, popupFor }) => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
  const injected = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const bytes = injected.reduce((sum, file) => sum + statSync(join(EXTENSION_DIR, file)).size, 0);
  expect(bytes).toBeLessThanOrEqual(MAX_INJECTED_BYTES);
  const exposed = (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources);
  expect(exposed.filter((file) => file.endsWith('.js'))).toEqual([]);

  // The parts still arrive when needed: the analysis for the popup, the toolbar on a selection.
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);
  await expect(popup.speakers()).not.toHaveCount(0);
  await page.bringToFront();
  await selectInPage(page, { text: 'The argument is about who decides the pace' });
  await expect.poll(async () => (await toolbarButtons(page)).map((b) => b.name)).toContain('Highlight');
});

/** The URLs of the extension's scripts the page's renderer has compiled so far (any world). */
async function watchExtensionScripts(context: import('@playwright/test').BrowserContext, page: import('@playwright/test').Page) {
  const cdp = await context.newCDPSession(page);
  const urls = new Set<string>();
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) urls.add(event.url.split('/').pop()!);
  });
  await cdp.send('Debugger.enable');
  return urls;
}

test('the popup on an article without highlights does not load the highlights code; a selection does', async ({ context, site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const scripts = await watchExtensionScripts(context, page);
  const popup = await popupFor(tabId);
  await expect(popup.speakers()).not.toHaveCount(0);
  // The popup's answer needed the analysis, not the painting and toolbar code (compiled while the popup waits).
  expect([...scripts]).toContain('newsmark-analysis.js');
  expect([...scripts]).not.toContain('newsmark-highlights.js');
  await page.bringToFront();
  await selectInPage(page, { text: 'The argument is about who decides the pace' });
  await expect.poll(async () => (await toolbarButtons(page)).map((b) => b.name)).toContain('Highlight');
  expect([...scripts]).toContain('newsmark-highlights.js');
});
