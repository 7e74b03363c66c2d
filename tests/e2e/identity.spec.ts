/**
 * An article's identity cannot be claimed by another site: a page on another
 * host whose canonical link names the article gets its own key, and so none
 * of the reader's highlights or notes on the article.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { SITE_DIR } from '../../scripts/sample-server';
import { highlightInPage, paintedCount } from './page-helpers';

const SAMPLE = readFileSync(resolve(SITE_DIR, 'sample-article.html'), 'utf8');
const SENTENCE = 'The argument is about who decides the pace, not whether the machines arrive';

test('a page on another site pointing its canonical at an article gets none of its highlights', async ({
  site,
  openArticle,
  popupFor,
}) => {
  const article = await openArticle(site.url('/sample-article.html'));
  await highlightInPage(article.page, { text: SENTENCE });
  await expect.poll(() => paintedCount(article.page)).toBe(1);

  // Same text, canonical naming the article; served from "localhost", another site than 127.0.0.1.
  const copy = SAMPLE.replace(
    '<link rel="canonical" href="/sample-article.html">',
    `<link rel="canonical" href="${site.url('/sample-article.html')}">`,
  );
  site.route('/copy.html', copy);
  const attacker = await openArticle(site.url('/copy.html').replace('127.0.0.1', 'localhost'));
  const popup = await popupFor(attacker.tabId);
  await expect(popup.title()).toBeVisible();
  // The popup shows this page under its own key: no highlight of the article, nothing "not found".
  await expect(popup.section('Highlights')).toBeVisible();
  await expect(popup.highlights()).toHaveCount(0);
  // And nothing painted in the copy, where its scripts could read the ranges.
  await attacker.page.waitForTimeout(1000);
  expect(await paintedCount(attacker.page)).toBe(0);

  // A page of the same site that names the article still shares its highlights (print view, say).
  site.route('/print.html', copy);
  const print = await openArticle(site.url('/print.html'));
  await expect.poll(() => paintedCount(print.page)).toBe(1);
});
