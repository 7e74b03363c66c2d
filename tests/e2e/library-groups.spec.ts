/**
 * Collections, tags and search filters in the built extension, as a reader meets them: a collection made
 * and an article added show in the Articles list and the collection, the collection filter shows only its
 * article (and survives a reload and Back), the collection exports alone; a tag renamed changes everywhere
 * at once and Undo brings it back; two highlights tagged at once; a date range hides an older article.
 * The library starts from a known backup (scripts/start/library-seed.ts) imported through the background.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { DatabaseDump, LibraryPage } from './pages/library-page';
import { demoLibrary } from '../../scripts/start/library-seed';

const OLD = 'Dockers walk out as harbour talks stall';
const RECENT = 'Varga promises a settlement before summer';
const FERRY = 'Ferry crews vote on new rota';

async function seeded(library: () => Promise<LibraryPage>): Promise<LibraryPage> {
  const lib = await library();
  const reply = await lib.page.evaluate(
    (data) => (globalThis as any).chrome.runtime.sendMessage({ newsmark: 1, type: 'library.import', data: { library: data } }),
    demoLibrary(Date.now()) as unknown as Record<string, unknown>,
  );
  expect(reply.ok).toBe(true);
  await expect(lib.articles()).toHaveCount(3);
  return lib;
}

function sortedDump(dump: DatabaseDump): DatabaseDump {
  const key = (x: unknown) => JSON.stringify(x);
  return Object.fromEntries(Object.entries(dump).map(([name, rows]) => [name, [...rows].sort((a, b) => key(a).localeCompare(key(b)))]));
}

function day(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test.describe('collections, tags and filters', () => {
  test('a collection made, an article added: listed with it, the collection filter shows only it, and its export holds only it', async ({ library }) => {
    const lib = await seeded(library);
    const { page } = lib;
    await page.getByRole('link', { name: 'Collections', exact: true }).click();
    await expect(page.getByText('No collections yet.')).toBeVisible();
    await page.getByLabel('New collection').fill('Harbour essay');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.locator('.nm-collection')).toContainText('0 articles');

    // From the article view.
    await lib.tab('Articles');
    const view = await lib.openArticle(RECENT);
    await expect(view.getByText('In no collection.')).toBeVisible();
    await view.getByLabel('Add to collection').selectOption({ label: 'Harbour essay' });
    await view.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(view.locator('.nm-collection-chip')).toHaveText(/Harbour essay/);
    await lib.tab('Articles');
    await expect(lib.article(RECENT)).toContainText('In Harbour essay');
    await expect(lib.article(OLD)).not.toContainText('Harbour essay');

    // The collection filter in Search: only that article's items; kept by a reload and undone by Back.
    await lib.tab('Search');
    await lib.searchBox().fill('harbour');
    await expect(page.locator('.nm-result-article')).toHaveCount(2);
    await page.getByLabel('Collection').selectOption({ label: 'Harbour essay (1)' });
    await expect(page.locator('.nm-result-article')).toHaveCount(1);
    await expect(page.locator('.nm-result-article')).toContainText(RECENT);
    expect(page.url()).toMatch(/#\/search\?q=harbour&collection=/);
    await page.reload();
    await expect(page.locator('.nm-result-article')).toHaveCount(1);
    await expect(lib.searchBox()).toHaveValue('harbour');
    await expect(page.getByLabel('Collection')).toHaveValue(/.+/);
    await page.goBack();
    await expect(page.locator('.nm-result-article')).toHaveCount(2);
    await expect(page.getByLabel('Collection')).toHaveValue('');

    // The collection's own page: its article, and an export of it alone.
    await page.getByRole('link', { name: 'Collections', exact: true }).click();
    await page.getByRole('link', { name: 'Harbour essay' }).click();
    await expect(page.locator('.nm-collection-view .nm-article')).toHaveCount(1);
    await page.getByLabel('Export as').selectOption({ label: 'Markdown' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toMatch(/harbour-essay.*\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain(RECENT);
    expect(markdown).not.toContain(OLD);
    expect(markdown).not.toContain(FERRY);

    // Several articles at once from the Articles list, then the collection deleted and brought back.
    await lib.tab('Articles');
    await page.getByRole('checkbox', { name: `Select ${OLD}` }).check();
    await page.getByRole('checkbox', { name: `Select ${FERRY}` }).check();
    await expect(page.locator('.nm-selection-bar')).toContainText('2 articles selected');
    await page.locator('.nm-selection-bar').getByLabel('Add to collection').selectOption({ label: 'Harbour essay' });
    await page.locator('.nm-selection-bar').getByRole('button', { name: 'Add', exact: true }).click();
    await expect(lib.article(OLD)).toContainText('In Harbour essay');
    await expect(lib.article(FERRY)).toContainText('In Harbour essay');
    await page.getByRole('link', { name: 'Collections', exact: true }).click();
    await expect(page.locator('.nm-collection')).toContainText('3 articles');
    await page.locator('.nm-collection').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('No collections yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.nm-collection')).toContainText('3 articles');
  });

  test('a tag renamed changes on every highlight at once, and Undo puts it back', async ({ library }) => {
    const lib = await seeded(library);
    const { page } = lib;
    await page.getByRole('link', { name: 'Tags', exact: true }).click();
    const ports = page.locator('.nm-tag-row').filter({ has: page.locator('.nm-tag', { hasText: /^ports$/ }) });
    await expect(ports).toContainText('2 highlights');
    await ports.getByRole('button', { name: 'Rename' }).click();
    await ports.getByLabel('New name').fill('harbours');
    await expect(ports).toContainText('Changes 2 highlights.');
    await ports.getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Renamed “ports” to “harbours” on 2 highlights.' })).toBeVisible();
    await expect(page.locator('.nm-tag-row .nm-tag')).toHaveText(['ferries', 'harbours', 'labour', 'promises', 'strike']);

    // Everywhere: in both articles, and in search's tag filter.
    await lib.tab('Articles');
    let view = await lib.openArticle(OLD);
    await expect(view.locator('.nm-tag')).toHaveText(['harbours', 'strike', 'labour']);
    await lib.tab('Articles');
    view = await lib.openArticle(RECENT);
    await expect(view.locator('.nm-tag')).toHaveText(['harbours', 'promises', 'labour']);
    await lib.tab('Search');
    await page.getByLabel('Tag').selectOption({ label: 'harbours (2)' });
    await expect(lib.results()).toHaveCount(2);

    // Merging into an existing tag says so; Undo restores the rename.
    await page.getByRole('link', { name: 'Tags', exact: true }).click();
    const labour = page.locator('.nm-tag-row').filter({ has: page.locator('.nm-tag', { hasText: /^labour$/ }) });
    await labour.getByRole('button', { name: 'Rename' }).click();
    await labour.getByLabel('New name').fill('harbours');
    await labour.getByRole('button', { name: 'Merge into “harbours”' }).click();
    await expect(page.locator('.nm-tag-row .nm-tag')).toHaveText(['ferries', 'harbours', 'promises', 'strike']);
    await expect(page.locator('.nm-tag-row').filter({ hasText: 'harbours' })).toContainText('4 highlights');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.nm-tag-row .nm-tag')).toHaveText(['ferries', 'harbours', 'labour', 'promises', 'strike']);
  });

  test('two highlights ticked in search results get one tag at once', async ({ library }) => {
    const lib = await seeded(library);
    const { page } = lib;
    await lib.tab('Search');
    await lib.searchBox().fill('stoppages');
    await expect(lib.results()).toHaveCount(1);
    await lib.searchBox().fill('settlement');
    await expect(lib.results()).toHaveCount(1);
    await lib.searchBox().fill('');
    await page.getByLabel('Reaction').selectOption({ label: 'Angry' });
    await expect(lib.results()).toHaveCount(3);
    const highlights = lib.results().filter({ has: page.locator('.nm-select') });
    await expect(highlights).toHaveCount(2);
    await highlights.nth(0).getByRole('checkbox').check();
    await highlights.nth(1).getByRole('checkbox').check();
    const bar = page.getByRole('form', { name: 'Tag selected highlights' });
    await expect(bar).toContainText('2 highlights selected');
    await bar.getByLabel('Tag').fill('to check');
    await bar.getByRole('button', { name: 'Add tag' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tagged 2 highlights “to check”.' })).toBeVisible();
    await expect(highlights.nth(0)).toContainText('to check');
    await expect(highlights.nth(1)).toContainText('to check');
    await page.getByRole('link', { name: 'Tags', exact: true }).click();
    await expect(page.locator('.nm-tag-row').filter({ hasText: 'to check' })).toContainText('2 highlights');
  });

  test('a date range hides an older article, by saved date and by published date', async ({ library }) => {
    const lib = await seeded(library);
    const { page } = lib;
    await lib.tab('Search');
    await lib.searchBox().fill('harbour');
    await expect(page.locator('.nm-result-article')).toHaveCount(2);
    await page.getByLabel('From').fill(day(Date.now() - 10 * 24 * 60 * 60 * 1000));
    await expect(page.locator('.nm-result-article')).toHaveCount(1);
    await expect(page.locator('.nm-result-article')).toContainText(RECENT);
    await expect(page.locator('.nm-result-article')).not.toContainText(OLD);
    // Published dates: the older article came out in October.
    await page.getByLabel('Date', { exact: true }).selectOption({ label: 'Published' });
    await page.getByLabel('From').fill('2026-10-01');
    await page.getByLabel('To').fill('2026-10-31');
    await expect(page.locator('.nm-result-article')).toHaveCount(1);
    await expect(page.locator('.nm-result-article')).toContainText(OLD);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.locator('.nm-result-article')).toHaveCount(2);
  });

  test('collections survive the Trash and a backup: restored field by field, twice adds nothing', async ({ library }) => {
    const lib = await seeded(library);
    const { page } = lib;
    await page.getByRole('checkbox', { name: `Select ${OLD}` }).check();
    await page.getByRole('checkbox', { name: `Select ${RECENT}` }).check();
    const bar = page.locator('.nm-selection-bar');
    await bar.getByLabel('Add to collection').selectOption({ label: 'New collection…' });
    await bar.getByLabel('Name').fill('Strike story under check');
    await bar.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(lib.article(OLD)).toContainText('In Strike story under check');

    // To the Trash and back: the membership is still there.
    await lib.article(OLD).getByRole('button', { name: 'Delete' }).click();
    await expect(lib.articles()).toHaveCount(2);
    await page.getByRole('link', { name: 'Collections', exact: true }).click();
    await expect(page.locator('.nm-collection')).toContainText('1 article');
    await lib.tab('Trash');
    await lib.trashItems().first().getByRole('button', { name: 'Restore' }).click();
    await lib.tab('Articles');
    await expect(lib.article(OLD)).toContainText('In Strike story under check');

    const before = sortedDump(await lib.dump());
    expect(before.collections).toHaveLength(1);
    expect(before.collectionItems).toHaveLength(2);
    const download = await lib.backUpNow();
    const path = (await download.path())!;
    await lib.clearData();
    await lib.importFile(path);
    await expect(lib.importMessage()).toContainText('Imported');
    const after = sortedDump(await lib.dump());
    for (const name of Object.keys(before)) if (name !== 'settings') expect(after[name], name).toEqual(before[name]);
    await lib.importFile(path);
    await expect(lib.importMessage()).toContainText('already here');
    const again = sortedDump(await lib.dump());
    expect(again.collections).toEqual(before.collections);
    expect(again.collectionItems).toEqual(before.collectionItems);
    await lib.tab('Articles');
    await expect(lib.article(RECENT)).toContainText('In Strike story under check');
  });
});
