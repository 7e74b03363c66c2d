/**
 * Articles Newsmark cannot read yet (inside an open shadow root, or an
 * embedded same-origin frame): the popup says so instead of "No article
 * found", and a highlight attempt there says why nothing is stored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { SITE_DIR } from '../../scripts/sample-server';
import { pressToolbarButton, toolbarText } from './page-helpers';

const SAMPLE = readFileSync(resolve(SITE_DIR, 'sample-article.html'), 'utf8');
const ARTICLE = SAMPLE.match(/<article>[^]*<\/article>/)![0];
const HEAD = SAMPLE.match(/<head>[^]*<\/head>/)![0];

const SHADOW_PAGE = `<!doctype html><html lang="en">${HEAD}<body><header><a href="/">The Harbour Ledger</a></header>
<news-article id="host"></news-article>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(ARTICLE)};</script>
</body></html>`;

const FRAME_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader: Varga urges port operators</title></head>
<body><header><a href="/">Reader</a></header><iframe src="/sample-article.html" style="width:100%;height:900px"></iframe></body></html>`;

test('an article inside an open shadow root: the popup says it cannot be read there, and Highlight says why nothing is stored', async ({
  site,
  openArticle,
  popupFor,
}) => {
  site.route('/shadow-article.html', SHADOW_PAGE);
  const { page, tabId } = await openArticle(site.url('/shadow-article.html'));
  const popup = await popupFor(tabId);
  await expect(popup.page.getByText(/inside a page component .* cannot be analysed or highlighted here/)).toBeVisible();
  await expect(popup.page.getByText('No article found on this page')).toHaveCount(0);

  // The reader selects a sentence of the article, inside the shadow root.
  await page.evaluate(() => {
    const root = document.getElementById('host')!.shadowRoot!;
    const p = [...root.querySelectorAll('p')].find((el) => el.textContent!.includes('who decides the pace'))!;
    p.scrollIntoView({ block: 'center' });
    const text = p.firstChild as Text;
    document.getSelection()!.setBaseAndExtent(text, 1, text, 40);
  });
  // The toolbar offers Highlight (Chromium reports the selection at the document level); pressing it says why nothing is stored.
  await pressToolbarButton(page, 'Highlight');
  await expect.poll(() => toolbarText(page)).toContain('cannot highlight this text');
  await popup.reopen(tabId);
  await expect(popup.highlights()).toHaveCount(0);
});

test('an article in a same-origin frame: the popup says it cannot be read there', async ({ site, openArticle, popupFor }) => {
  site.route('/framed-article.html', FRAME_PAGE);
  const { page, tabId } = await openArticle(site.url('/framed-article.html'));
  await expect(page.frameLocator('iframe').getByText('who decides the pace', { exact: false })).toBeVisible();
  const popup = await popupFor(tabId);
  await expect(popup.page.getByText(/embedded frame, which Newsmark cannot read yet/)).toBeVisible();
});
