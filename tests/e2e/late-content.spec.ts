import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { SITE_DIR } from '../../scripts/sample-server';
import { highlightInPage, paintedCount as painted } from './page-helpers';

const SAMPLE = readFileSync(resolve(SITE_DIR, 'sample-article.html'), 'utf8');
const LAST_PARAGRAPH = /<p>She also said the ministry would publish[^]*?<\/p>/;

test('a highlight in content that arrives late (lazy loading, paywall scripts) attaches when it appears', async ({
  site,
  openArticle,
  popupFor,
}) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await highlightInPage(page, { lastParagraph: true });
  await expect.poll(() => painted(page)).toBe(1);

  // The same article, whose last paragraph a script adds 2 s after load.
  const paragraph = SAMPLE.match(LAST_PARAGRAPH)![0];
  const late = SAMPLE.replace(LAST_PARAGRAPH, '').replace(
    '</body>',
    `<script>setTimeout(() => document.querySelector('.article-body').insertAdjacentHTML('beforeend', ${JSON.stringify(paragraph)}), 2000);</script></body>`,
  );
  site.route('/sample-article.html', late);
  await page.reload();
  const popup = await popupFor(tabId);
  await expect(popup.notFound()).toHaveCount(1);
  expect(await painted(page)).toBe(0);

  await expect(page.getByText('She also said the ministry would publish')).toBeVisible({ timeout: 5000 });
  await expect.poll(() => painted(page)).toBe(1);
  await popup.reopen(tabId);
  await expect(popup.highlights()).toHaveCount(1);
  await expect(popup.notFound()).toHaveCount(0);
});
