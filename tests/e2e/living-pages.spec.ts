/**
 * Pages that keep changing after load: a paragraph re-rendered by the page's
 * framework, content that arrives while a clock ticks. The reader's
 * highlights must stay visible, and the popup must not call a highlight
 * attached when nothing is painted.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SITE_DIR } from '../../scripts/sample-server';
import { highlightInPage } from './page-helpers';

const SAMPLE = readFileSync(resolve(SITE_DIR, 'sample-article.html'), 'utf8');
const SENTENCE = 'The argument is about who decides the pace, not whether the machines arrive';
const LAST_PARAGRAPH = /<p>She also said the ministry would publish[^]*?<\/p>/;

/** The text Newsmark's painted ranges really show: a collapsed range, or one left in removed nodes, shows nothing. */
function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('newsmark-') || name === 'newsmark-flash') return;
      for (const range of highlight as unknown as Set<Range>) {
        if (!range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected) shown.push(range.toString());
      }
    });
    return shown;
  });
}

/** The sample article with three paragraphs (Oren Katz's claims) appended once the reader scrolls to its end. */
function feedPage(): string {
  const more = [
    '<p>"The second terminal will open in the spring, whatever the weather does," said Oren Katz, the port director.</p>',
    '<p>Katz told reporters that the new cranes had already been tested, and that the night shifts would be kept.</p>',
    '<p>"Nobody at the port has been told to expect fewer ships this year," Katz said on Friday.</p>',
  ].join('');
  return SAMPLE.replace(
    '</body>',
    `<script>
      let added = false;
      addEventListener('scroll', () => {
        if (added || innerHeight + scrollY < document.body.scrollHeight - 600) return;
        added = true;
        document.querySelector('.article-body').insertAdjacentHTML('beforeend', ${JSON.stringify(more)});
      }, { passive: true });
    </script></body>`,
  );
}

test('a highlight in a paragraph the page re-renders every 100 ms stays painted', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await highlightInPage(page, { text: SENTENCE });
  await expect.poll(() => shownText(page)).toEqual([SENTENCE]);

  // The same article, whose paragraph a framework re-renders (innerHTML, same text) from 1 s after load.
  const rerendering = SAMPLE.replace(
    '</body>',
    `<script>setTimeout(() => {
      const p = [...document.querySelectorAll('.article-body p')].find((el) => el.textContent.includes('who decides the pace'));
      const html = p.innerHTML;
      setInterval(() => { p.innerHTML = html; }, 100);
    }, 1000);</script></body>`,
  );
  site.route('/sample-article.html', rerendering);
  await page.reload();
  await page.waitForTimeout(1500);
  // Sampled over a second of re-renders: painted every time, not only now and then.
  for (let i = 0; i < 8; i++) {
    expect(await shownText(page)).toEqual([SENTENCE]);
    await page.waitForTimeout(130);
  }
  const popup = await popupFor(tabId);
  await expect(popup.highlights()).toHaveCount(1);
  await expect(popup.notFound()).toHaveCount(0);
});

test('a highlight whose paragraph the page replaced with other text is not called attached', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await highlightInPage(page, { text: SENTENCE });
  await expect.poll(() => shownText(page)).toEqual([SENTENCE]);
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('.article-body p')].find((el) => el.textContent!.includes('who decides the pace'))!;
    p.innerHTML = 'This paragraph was withdrawn by the editors.';
  });
  await expect.poll(() => shownText(page)).toEqual([]);
  const popup = await popupFor(tabId);
  await expect(popup.notFound()).toHaveCount(1);
});

test('late content attaches within a bounded wait while a clock on the page keeps changing', async ({ site, openArticle, popupFor }) => {
  const { page, tabId } = await openArticle(site.url('/sample-article.html'));
  await highlightInPage(page, { lastParagraph: true });
  await expect.poll(() => shownText(page)).toHaveLength(1);

  // A clock ticking every 100 ms, and the highlighted paragraph added 2 s after load.
  const paragraph = SAMPLE.match(LAST_PARAGRAPH)![0];
  const ticking = SAMPLE.replace(LAST_PARAGRAPH, '').replace(
    '</body>',
    `<div id="clock"></div><script>
      setInterval(() => { document.getElementById('clock').textContent = new Date().toISOString(); }, 100);
      setTimeout(() => document.querySelector('.article-body').insertAdjacentHTML('beforeend', ${JSON.stringify(paragraph)}), 2000);
    </script></body>`,
  );
  site.route('/sample-article.html', ticking);
  await page.reload();
  await expect(page.getByText('She also said the ministry would publish')).toBeVisible({ timeout: 5000 });
  await expect.poll(() => shownText(page), { timeout: 3000 }).toHaveLength(1);
  const popup = await popupFor(tabId);
  await expect(popup.highlights()).toHaveCount(1);
  await expect(popup.notFound()).toHaveCount(0);
});

test('an infinite feed: claims in content appended below are analysed too', async ({ site, openArticle, popupFor }) => {
  const feed = feedPage();
  site.route('/feed-article.html', feed);
  const { page, tabId } = await openArticle(site.url('/feed-article.html'));
  const popup = await popupFor(tabId);
  await expect(popup.speakers().first()).toBeVisible();
  await expect(popup.section('Speakers').getByText('Oren Katz')).toHaveCount(0);

  await page.bringToFront();
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await expect(page.getByText('The second terminal will open in the spring')).toBeVisible();
  await expect
    .poll(
      async () => {
        await popup.reopen(tabId);
        return popup.section('Speakers').getByText('Oren Katz').count();
      },
      { timeout: 8000 },
    )
    .toBe(1);
  // The sample already has more than ten claims: the list shows its most-quoted speakers until "Show all".
  await popup.showAllClaims();
  await expect(popup.claimGroup('Oren Katz').locator('.nm-claim')).toHaveCount(3);
});

test('an infinite feed with claims shown on the page: the appended claims are painted too, without reopening the popup', async ({ site, openArticle, popupFor }) => {
  site.route('/feed-article.html', feedPage());
  const { page, tabId } = await openArticle(site.url('/feed-article.html'));
  const popup = await popupFor(tabId);
  await expect(popup.speakers().first()).toBeVisible();
  await popup.page.getByRole('checkbox', { name: 'Show claims on page' }).check();
  const painted = () => paintedClaimTexts(page);
  await expect.poll(painted).not.toEqual([]);
  expect((await painted()).some((t) => t.includes('second terminal'))).toBe(false);
  await popup.page.close();

  await page.bringToFront();
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await expect(page.getByText('The second terminal will open in the spring')).toBeVisible();
  // Katz's three claims, painted once the new part is analysed (settle time, then idle slices).
  await expect
    .poll(async () => (await painted()).filter((t) => /second terminal|new cranes|fewer ships/.test(t)).length, { timeout: 8000 })
    .toBe(3);
});

/** The text of every claim Newsmark paints on the page. */
function paintedClaimTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('newsmark-claim-')) return;
      for (const range of highlight as unknown as Set<Range>) out.push(range.toString());
    });
    return out;
  });
}
