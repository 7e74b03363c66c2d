/**
 * A page far longer than the analysis budget: the popup says how much of it
 * was read in what the reader sees. A transcript in one `<pre>` is one block;
 * "first 1 of 1 paragraphs analysed" said it had been read in full when only
 * its first screens were.
 */
import { test, expect } from './fixtures';

function transcriptPage(lines: number): string {
  const text = Array.from({ length: lines }, (_, i) =>
    i % 2 ? `Ines Duarte said: "The ferry will run in winter, week ${i}."` : `"The harbour stays open on Sundays, week ${i}," Tomas Berg said.`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Statements on the ferry, full transcript</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Statements on the ferry, full transcript</h1>
<p class="byline">By Ana Ruiz</p><pre>${text}</pre></article></main></body></html>`;
}

test('a long transcript: the popup says what share of its text was analysed', async ({ site, openArticle, popupFor }) => {
  site.route('/transcript.html', transcriptPage(6_000));
  const { tabId } = await openArticle(site.url('/transcript.html'));
  const popup = await popupFor(tabId);
  const note = popup.page.locator('.nm-budget');
  await expect(note).toBeVisible({ timeout: 15_000 });
  const text = (await note.textContent())!;
  const m = /^Long page: the first (\d+)% analysed \(([\d,]+) of ([\d,]+) characters\)\.$/.exec(text.trim());
  expect(m, text).not.toBeNull();
  const [read, of] = [m![2], m![3]].map((n) => Number(n.replace(/,/g, '')));
  // About 370,000 characters of transcript, of which the budget reads a part.
  expect(of).toBeGreaterThan(300_000);
  expect(read).toBeGreaterThan(10_000);
  expect(read).toBeLessThan(of);
  expect(Number(m![1])).toBe(Math.floor((100 * read) / of));
  // Claims of the part read are shown.
  await expect(popup.section('Speakers')).toContainText('Ines Duarte');
});

test('a page with hundreds of claims: the popup gets them a page at a time, and says how many there are', async ({ site, openArticle, popupFor }) => {
  site.route('/transcript.html', transcriptPage(6_000));
  const { tabId } = await openArticle(site.url('/transcript.html'));
  const popup = await popupFor(tabId);
  await expect(popup.page.locator('.nm-budget')).toBeVisible({ timeout: 15_000 });
  const more = popup.page.locator('.nm-more-claims');
  // The first reply carries one page of claims (a 6 MB reply took the popup 5-8 s to render), and says the total.
  await expect(more).toContainText(/^Showing 200 of \d+ claims\./);
  const total = Number(/of (\d+) claims/.exec((await more.textContent())!)![1]);
  expect(total).toBeGreaterThan(400);
  await more.getByRole('button', { name: 'Show more' }).click();
  await expect(more).toContainText(`Showing 400 of ${total} claims.`);
});
