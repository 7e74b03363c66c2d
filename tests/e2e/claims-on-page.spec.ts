/**
 * "Show claims on page": every claim painted in its speaker's colour through
 * the CSS Custom Highlight API (one highlight per speaker, nothing added to
 * the page's DOM), a legend in the popup, and a click on a painted claim
 * saying whose it is and the reader's verdict, in the toolbar.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { toolbarText } from './page-helpers';

/** The claim highlights in the page's registry: name → number of ranges. */
async function paintedClaims(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('newsmark-claim-')) out[name] = h.size;
    });
    return out;
  });
}

/** Where a claim's text is on screen (scrolled into view): a point inside its first line. */
async function pointInText(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + Math.min(needle.length, 12));
      node.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${needle}" is not on the page`);
  }, text);
}

test('"Show claims on page" paints one highlight per speaker without changing the page, with a legend; a click says whose claim it is', async ({
  site,
  openArticle,
  popupFor,
}) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);
  await popup.showAllClaims();
  const speakersWithClaims = await popup.section('Claims').locator('.nm-claim-group').count();
  expect(speakersWithClaims).toBeGreaterThan(1);
  const claimCount = await popup.claims().count();

  const domBefore = await page.evaluate(() => document.documentElement.outerHTML);
  expect(await paintedClaims(page)).toEqual({});

  // A verdict first, so the toolbar has one to say.
  const first = popup.claims().first();
  const firstText = (await first.locator('.nm-claim-text').innerText()).replace(/^[“"]|[”"]$/g, '').trim();
  await first.getByLabel('Status').selectOption('misleading');

  await popup.page.getByRole('checkbox', { name: 'Show claims on page' }).check();
  const legend = popup.page.getByRole('list', { name: 'Colours of the speakers on the page' });
  await expect(legend.getByRole('listitem')).toHaveCount(speakersWithClaims);
  const painted = await paintedClaims(page);
  expect(Object.keys(painted)).toHaveLength(speakersWithClaims);
  expect(Object.values(painted).reduce((a, b) => a + b, 0)).toBe(claimCount);
  // Painting is in the highlight registry only: the page's DOM is as it was.
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);

  // The page's reader clicks a painted claim: the toolbar says whose it is and the verdict.
  const point = await pointInText(page, firstText.slice(0, 40));
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => toolbarText(page)).toContain('Claim by');
  expect(await toolbarText(page)).toContain('Misleading');

  // Reopened, the popup finds the claims still shown, with their legend.
  await popup.reopen(tabId);
  await expect(popup.page.getByRole('checkbox', { name: 'Show claims on page' })).toBeChecked();
  await expect(popup.page.getByRole('list', { name: 'Colours of the speakers on the page' }).getByRole('listitem')).toHaveCount(speakersWithClaims);

  await popup.page.getByRole('checkbox', { name: 'Show claims on page' }).uncheck();
  await expect.poll(() => paintedClaims(page)).toEqual({});
});

test('claims shown on the page follow the reader\'s corrections: a dismissed claim is not painted, a renamed speaker is named so in the legend', async ({
  site,
  openArticle,
  popupFor,
}) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);
  await popup.showAllClaims();
  const claimCount = await popup.claims().count();
  const legend = popup.page.getByRole('list', { name: 'Colours of the speakers on the page' });
  await popup.page.getByRole('checkbox', { name: 'Show claims on page' }).check();
  await expect(legend.getByText('Wei Lan', { exact: false })).toHaveCount(1);
  const total = async () => Object.values(await paintedClaims(page)).reduce((a, b) => a + b, 0);
  await expect.poll(total).toBe(claimCount);

  await popup.claim('the stoppages have already cost shippers').getByRole('button', { name: 'Not a claim' }).click();
  await expect.poll(total).toBe(claimCount - 1);

  await popup.speaker('Wei Lan').getByRole('button', { name: 'Rename' }).click();
  const name = popup.speaker('Wei Lan').getByRole('textbox', { name: "Speaker's name" });
  await name.fill('Prof. Wei Lan');
  await name.press('Enter');
  await expect(legend).toContainText('Prof. Wei Lan');
});
