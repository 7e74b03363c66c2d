/**
 * `npm start`: build the extension, serve the sample news site on 127.0.0.1
 * and open Chromium with Newsmark on the sample article. With no display (or
 * --headless) it runs the same demo headless and leaves a screenshot of the
 * page, one of the popup, and the page's analysis in demo-output/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, BrowserNotFoundError } from './launch-browser';
import { startSampleServer } from './sample-server';
import { readCommandLine, usageError } from './lib/command-line';
import { workbenchScreenshots } from './start/workbench-screenshots';
import { libraryScreenshots } from './start/library-screenshots';
import { speakersScreenshots } from './start/speakers-screenshots';

const OUTPUT_DIR = resolve(import.meta.dirname, '..', 'demo-output');
const USAGE = 'usage: npm start [-- --headless] [PATH]   (PATH: a page of the sample site, default /sample-article.html)';
const { values: flags, positionals } = readCommandLine({ usage: USAGE, options: { headless: { type: 'boolean' } }, positionals: true });
if (positionals.length > 1) usageError(USAGE, `One page at a time, got ${positionals.length}: ${positionals.join(' ')}`);
const headlessAsked = flags.headless ?? false;
const headless = headlessAsked || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const pageArg = positionals[0];

async function main(): Promise<number> {
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; see above.');
    return 1;
  }
  const site = await startSampleServer(Number(process.env.PORT ?? 0));
  const articleUrl = site.url(pageArg ?? '/sample-article.html');
  console.log(`Sample news site: ${site.origin}/`);
  let browser;
  try {
    browser = await launchWithExtension({ headless });
  } catch (error) {
    await site.close();
    console.error(error instanceof BrowserNotFoundError || error instanceof Error ? error.message : error);
    return 1;
  }
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(articleUrl);
  for (const blank of browser.context.pages()) if (blank !== page && blank.url() === 'about:blank') await blank.close();

  if (!headless) {
    console.log(`Chromium is open on ${articleUrl} with Newsmark loaded. Click the Newsmark button in the toolbar (puzzle piece → Newsmark). Close the browser to stop.`);
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await site.close();
    return 0;
  }

  const tabId = await browser.serviceWorker.evaluate(async (url) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? null;
  }, articleUrl);
  if (tabId === null) throw new Error('Could not find the sample article tab.');
  const analysis = await browser.serviceWorker.evaluate(
    (id) => (globalThis as any).chrome.tabs.sendMessage(id, { newsmark: 1, type: 'page.analysis', data: undefined }, { frameId: 0 }),
    tabId,
  );
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(OUTPUT_DIR, 'page.png') });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('heading', { level: 1 }).waitFor();
  await popup.screenshot({ path: resolve(OUTPUT_DIR, 'popup.png'), fullPage: true });
  writeFileSync(resolve(OUTPUT_DIR, 'analysis.json'), JSON.stringify(analysis?.value ?? analysis, null, 2) + '\n');
  const written = await workbenchScreenshots(browser, site);
  written.push(...(await libraryScreenshots(browser)));
  written.push(...(await speakersScreenshots(browser, site)));
  await browser.close();
  await site.close();
  console.log(`Headless demo done (no display${headlessAsked ? ' requested' : ' found'}). See:
  ${resolve(OUTPUT_DIR, 'page.png')}   the sample article
  ${resolve(OUTPUT_DIR, 'popup.png')}  Newsmark's popup for it
  ${resolve(OUTPUT_DIR, 'analysis.json')}  what the content script found
${written.map(([file, what]) => `  ${resolve(OUTPUT_DIR, file)}  ${what}`).join('\n')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
