/**
 * The library as the reader meets it, written by the headless `npm start` into demo-output/: the Articles
 * list, one article, search with a filter, collections and tags. It starts from a known backup
 * (library-seed.ts) imported through the background, as a reader's Import would, plus one collection.
 *
 * One entry per screenshot in LIBRARY_SHOTS: another view's screenshot is one more entry.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { launchWithExtension } from '../launch-browser';
import { demoLibrary } from './library-seed';

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;

const OUTPUT_DIR = resolve(import.meta.dirname, '..', '..', 'demo-output');

interface LibraryShot {
  file: string;
  what: string;
  /** Brings the library page (already open, seeded) to the state to photograph. */
  show: (page: Page) => Promise<void>;
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
}

export const LIBRARY_SHOTS: LibraryShot[] = [
  {
    file: 'library-articles.png',
    what: 'the library: saved articles with counts, reactions and collections',
    show: async (page) => {
      await go(page, '#/articles');
      await page.locator('.nm-article-collections-line').first().waitFor();
    },
  },
  {
    file: 'library-article.png',
    what: 'one article in the library: highlights with notes and tags, its collections, marked claims',
    show: async (page) => {
      await go(page, '#/articles');
      await page.getByRole('link', { name: 'Varga promises a settlement before summer' }).click();
      await page.locator('.nm-article-view .nm-highlight').first().waitFor();
    },
  },
  {
    file: 'library-search.png',
    what: 'search: a word and a filter, results grouped by article, two highlights ticked to tag at once',
    show: async (page) => {
      await go(page, '#/search?q=the&tag=ports');
      await page.locator('.nm-result').first().waitFor();
      for (const box of await page.locator('.nm-result .nm-select').all()) await box.check();
      await page.locator('.nm-bulk-tags').waitFor();
    },
  },
  {
    file: 'library-collections.png',
    what: 'collections with their article counts',
    show: async (page) => {
      await go(page, '#/collections');
      await page.locator('.nm-collection').first().waitFor();
    },
  },
  {
    file: 'library-tags.png',
    what: 'tags with counts, ready to rename or merge',
    show: async (page) => {
      await go(page, '#/tags');
      await page.locator('.nm-tag-row').first().waitFor();
    },
  },
];

async function send(page: Page, type: string, data: unknown): Promise<unknown> {
  const reply = await page.evaluate(
    ([t, d]) => (globalThis as any).chrome.runtime.sendMessage({ newsmark: 1, type: t, data: d }),
    [type, data] as const,
  );
  if (!reply?.ok) throw new Error(`The demo's "${type}" was refused: ${JSON.stringify(reply?.error)}`);
  return reply.value;
}

/** Writes the screenshots; returns [file, what it shows] for the summary. */
export async function libraryScreenshots(browser: Browser): Promise<[string, string][]> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.getByRole('heading', { name: 'Newsmark library' }).waitFor();
  const library = demoLibrary(Date.now());
  await send(page, 'library.import', { library });
  const essay = (await send(page, 'collection.create', { name: 'Harbour strike essay' })) as { id: string };
  await send(page, 'collection.add', { id: essay.id, keys: library.articles.slice(0, 2).map((a) => a.key) });
  await send(page, 'collection.create', { name: 'Ferry claims under check' }).then((c) =>
    send(page, 'collection.add', { id: (c as { id: string }).id, keys: [library.articles[2].key] }),
  );
  const written: [string, string][] = [];
  for (const shot of LIBRARY_SHOTS) {
    await shot.show(page);
    await page.screenshot({ path: resolve(OUTPUT_DIR, shot.file), fullPage: true });
    written.push([shot.file, shot.what]);
  }
  await page.close();
  return written;
}
