/**
 * The library against the built extension: what the reader does in tabs shows up without a reload,
 * search finds a note's word and hides on a missing one, a backup restores every record, the Trash
 * brings an article back whole, and a bad import changes nothing and says why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { highlightInPage } from './page-helpers';
import type { SampleServer } from '../../scripts/sample-server';
import type { PopupPage } from './pages/popup-page';
import type { DatabaseDump, LibraryPage } from './pages/library-page';

const FIRST = 'The argument is about who decides the pace';
const SECOND_TITLE = 'Ferry crews vote on new rota';

/** A second article on the site: the sample's text under its own title and address (no shared canonical). */
function serveSecondArticle(site: SampleServer): string {
  const html = readFileSync(new URL('../fixtures/site/sample-article.html', import.meta.url), 'utf8')
    .replace(/<link rel="canonical"[^>]*>/, '')
    .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '')
    .replaceAll('Varga urges port operators and unions to end weekend stoppages', SECOND_TITLE);
  site.route('/second-article.html', html);
  return site.url('/second-article.html');
}

async function annotate(popup: PopupPage, note: string, tags: string): Promise<void> {
  const item = popup.highlights().first();
  await item.getByRole('textbox', { name: 'Note' }).fill(note);
  await item.getByRole('textbox', { name: 'Tags' }).fill(tags);
  await item.getByRole('textbox', { name: 'Tags' }).blur();
  await expect(popup.page.getByText('Saved').first()).toBeVisible();
}

async function markClaim(popup: PopupPage, text: string, status: string): Promise<void> {
  await popup.showAllClaims();
  await popup.claims().filter({ hasText: text }).first().getByRole('combobox', { name: 'Status' }).selectOption({ label: status });
}

function sortedDump(dump: DatabaseDump): DatabaseDump {
  const key = (x: unknown) => JSON.stringify((x as { id?: string; key?: string; articleKey?: string }).id ?? (x as { key?: string }).key ?? (x as { articleKey?: string }).articleKey);
  return Object.fromEntries(Object.entries(dump).map(([name, rows]) => [name, [...rows].sort((a, b) => key(a).localeCompare(key(b)))]));
}

/** Two articles with highlights, a note, tags, claim statuses and a reaction, made in their tabs. */
async function fillLibrary(
  site: SampleServer,
  openArticle: (url: string) => Promise<{ page: import('@playwright/test').Page; tabId: number }>,
  popupFor: (tabId: number) => Promise<PopupPage>,
): Promise<void> {
  const a = await openArticle(site.url('/sample-article.html'));
  await highlightInPage(a.page, { text: FIRST });
  const popupA = await popupFor(a.tabId);
  await expect(popupA.highlights()).toHaveCount(1);
  await annotate(popupA, 'Compare with the quayside letter of March', 'ports, labour');
  await markClaim(popupA, 'We kept the cold chain running', 'Misleading');
  await popupA.reaction('Angry').click();
  await popupA.page.close();

  const b = await openArticle(serveSecondArticle(site));
  await highlightInPage(b.page, { text: 'a fourth weekend of stoppages' });
  const popupB = await popupFor(b.tabId);
  await expect(popupB.highlights()).toHaveCount(1);
  await annotate(popupB, 'Ferry timetable differs from the Ledger', 'ferries');
  await markClaim(popupB, 'We kept the cold chain running', 'Accurate');
  await popupB.page.close();
}

test.describe('the library', () => {
  test('highlights, notes, tags and claim statuses made in two tabs appear without a reload, and search finds a note by its word', async ({
    site, openArticle, popupFor, library,
  }) => {
    const lib = await library();
    await expect(lib.page.getByText('Nothing saved yet.')).toBeVisible();
    await fillLibrary(site, openArticle, popupFor);

    // The library page was never reloaded.
    await expect(lib.articles()).toHaveCount(2);
    await expect(lib.article(/Varga urges/)).toContainText('1 highlight · 1 marked claim · Angry');
    await expect(lib.article(SECOND_TITLE)).toContainText('1 highlight · 1 marked claim');
    await expect(lib.article(/Varga urges/)).toContainText('The Harbour Ledger');

    const view = await lib.openArticle(/Varga urges/);
    await expect(view.locator('.nm-highlight')).toContainText(FIRST);
    await expect(view.locator('.nm-highlight')).toContainText('Compare with the quayside letter of March');
    await expect(view.locator('.nm-tag')).toHaveText(['ports', 'labour']);
    await expect(view.locator('.nm-color-label')).toHaveText('Yellow');
    await expect(view.locator('.nm-claim')).toContainText('Misleading');
    await expect(view.getByRole('link', { name: 'Open the page' })).toHaveAttribute('href', /sample-article\.html/);

    await lib.tab('Search');
    await lib.searchBox().fill('quayside');
    await expect(lib.results()).toHaveCount(1);
    await expect(lib.results().first()).toContainText('Compare with the quayside letter of March');
    // Case and accents do not matter; a word that is in neither note hides the result.
    await lib.searchBox().fill('QUÄYSIDE');
    await expect(lib.results()).toHaveCount(1);
    await lib.searchBox().fill('quayside zeppelin');
    await expect(lib.results()).toHaveCount(0);
    await expect(lib.page.getByText('Nothing matches.')).toBeVisible();
    // Claims and filters: the status filter narrows to one article's claim.
    await lib.searchBox().fill('cold chain');
    await expect(lib.results()).toHaveCount(2);
    await lib.page.getByLabel('Claim status').selectOption({ label: 'Accurate' });
    await expect(lib.results()).toHaveCount(1);
    await expect(lib.page.locator('.nm-result-article')).toContainText(SECOND_TITLE);
  });

  test('search open in the library finds a note made in a tab without a reload, and after a reload answers from the index it kept', async ({
    site, openArticle, popupFor, library,
  }) => {
    const lib = await library();
    const logs: string[] = [];
    lib.page.on('console', (message) => logs.push(message.text()));
    await lib.tab('Search');
    await lib.searchBox().fill('quayside');
    await expect(lib.page.getByText('Nothing matches.')).toBeVisible();
    // Built once (the library was empty) and kept at the first idle moment.
    await expect.poll(() => lib.keptSearchIndex(), { timeout: 20_000 }).toEqual({ version: expect.any(Number), documents: 0 });

    const a = await openArticle(site.url('/sample-article.html'));
    await highlightInPage(a.page, { text: FIRST });
    const popup = await popupFor(a.tabId);
    await expect(popup.highlights()).toHaveCount(1);
    await annotate(popup, 'Compare with the quayside letter of March', 'ports');
    await popup.page.close();
    // The library page was never reloaded.
    await expect(lib.results()).toHaveCount(1);
    await expect(lib.results().first()).toContainText('Compare with the quayside letter of March');

    // A new visit: the kept index is loaded (not rebuilt: the library says why when it rebuilds), brought
    // up to date with what changed since it was kept, and finds the note and its tag.
    await lib.page.reload();
    await lib.tab('Search');
    await lib.searchBox().fill('quayside ports');
    await expect(lib.results()).toHaveCount(1);
    await lib.searchBox().fill('quayside zeppelin');
    await expect(lib.page.getByText('Nothing matches.')).toBeVisible();
    expect(logs.filter((l) => l.includes('rebuilt the search index'))).toEqual([]);
  });

  test('a JSON-LD backup, the data cleared, then imported: every record is back, field by field; twice adds nothing', async ({
    site, openArticle, popupFor, library,
  }) => {
    await fillLibrary(site, openArticle, popupFor);
    const lib = await library();
    await expect(lib.articles()).toHaveCount(2);
    const before = sortedDump(await lib.dump());
    const download = await lib.backUpNow();
    expect(download.suggestedFilename()).toMatch(/^newsmark-backup-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const path = await download.path();
    await expect(lib.page.getByText(/^Last backup: /)).toBeVisible();

    await lib.clearData();
    await lib.tab('Articles');
    await expect(lib.page.getByText('Nothing saved yet.')).toBeVisible();

    await lib.importFile(path);
    await expect(lib.importMessage()).toContainText('Imported: 2 new highlights, 2 new claim statuses, 2 new articles.');
    const after = sortedDump(await lib.dump());
    // The backup date is the one setting the backup itself changed, and clearing removed it.
    for (const name of Object.keys(before)) if (name !== 'settings') expect(after[name], name).toEqual(before[name]);

    await lib.importFile(path);
    await expect(lib.importMessage()).toContainText('Imported: 0 new highlights, 0 new claim statuses, 0 new articles, 4 already here.');
    expect(sortedDump(await lib.dump()).highlights).toEqual(before.highlights);
  });

  test('an article deleted and restored from the Trash comes back whole', async ({ site, openArticle, popupFor, library }) => {
    await fillLibrary(site, openArticle, popupFor);
    const lib = await library();
    await expect(lib.articles()).toHaveCount(2);
    const before = sortedDump(await lib.dump());

    await lib.article(/Varga urges/).getByRole('button', { name: 'Delete' }).click();
    await expect(lib.articles()).toHaveCount(1);
    await expect(lib.page.getByRole('status').filter({ hasText: 'Moved “Varga urges' })).toBeVisible();
    await lib.tab('Search');
    await lib.searchBox().fill('quayside');
    await expect(lib.page.getByText('Nothing matches.')).toBeVisible();

    await lib.tab('Trash');
    await expect(lib.trashItems()).toHaveCount(1);
    await expect(lib.trashItems().first()).toContainText('Article with 1 highlight');
    await lib.trashItems().first().getByRole('button', { name: 'Restore' }).click();
    await expect(lib.page.getByText('The Trash is empty.')).toBeVisible();

    await lib.tab('Articles');
    await expect(lib.articles()).toHaveCount(2);
    await expect(lib.article(/Varga urges/)).toContainText('1 highlight · 1 marked claim · Angry');
    expect(sortedDump(await lib.dump())).toEqual(before);
  });

  test('a malformed, foreign or oversized import changes nothing and says why', async ({ site, openArticle, popupFor, library }, testInfo) => {
    await fillLibrary(site, openArticle, popupFor);
    const lib = await library();
    await expect(lib.articles()).toHaveCount(2);
    const download = await lib.backUpNow();
    const backup = readFileSync(await download.path(), 'utf8');
    // The backup date is written after the download starts: wait for it, or it lands inside the comparison.
    await expect(lib.page.getByText(/^Last backup: /)).toBeVisible();
    const before = sortedDump(await lib.dump());

    const backupJson = JSON.parse(backup);
    const wrongTypes = structuredClone(backupJson);
    wrongTypes['newsmark:articles'][0].savedAt = 'yesterday';
    const noSelectors = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://annotations.example/1',
      body: { type: 'TextualBody', value: 'a note', purpose: 'commenting' },
      target: { source: 'https://news.example/story' },
    };
    // Over Playwright's 50 MB limit for in-memory files: written to the test's output folder.
    const huge = testInfo.outputPath('huge.jsonld');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const cases: [string, Buffer | string, RegExp][] = [
      ['truncated.jsonld', Buffer.from(backup.slice(0, Math.floor(backup.length / 2))), /not imported: .*(JSON|truncated|end)/i],
      ['wrong-types.jsonld', Buffer.from(JSON.stringify(wrongTypes)), /not imported: .*savedAt/i],
      ['no-selectors.jsonld', Buffer.from(JSON.stringify(noSelectors)), /not imported: .*selector/i],
      ['foreign.json', Buffer.from(JSON.stringify({ name: 'package', version: '1.0.0' })), /not imported: /i],
      ['huge.jsonld', huge, /50(\.0)? MB.*Nothing was imported/],
    ];
    for (const [name, buffer, why] of cases) {
      await lib.importFile(typeof buffer === 'string' ? buffer : { name, mimeType: 'application/ld+json', buffer });
      await expect(lib.page.getByRole('alert').filter({ hasText: name })).toHaveText(why);
      expect(sortedDump(await lib.dump()), name).toEqual(before);
    }
  });
});
