/**
 * A fact-check page's own verdict: where a page carries ClaimReview markup,
 * the popup shows its claim, claimant and rating as the page's verdict. The
 * page is of our own writing, in the shape fact-check sites publish.
 */
import { test, expect } from './fixtures';

const REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'http://127.0.0.1/fact-check.html',
  claimReviewed: 'Ferry fares have tripled since 2019.',
  author: { '@type': 'Organization', name: 'Harbour Checks' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ruth Okafor' } },
  reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, alternateName: 'Mostly false' },
};

const PARAGRAPHS = [
  'At a rally on Saturday, the mayor Ruth Okafor told supporters that ferry fares had tripled since 2019. We checked the published fare tables for every year since then.',
  'The adult single fare on the island route rose from 4.20 euros in 2019 to 6.90 euros this year, an increase of about 64 percent, according to the operator’s own timetables.',
  'Season tickets rose by less: a monthly pass that cost 96 euros in 2019 costs 128 euros now. Only the late-night crossing, introduced in 2022, costs three times the old day fare.',
  '“Fares have gone up sharply, but nowhere near three times,” said Ana Ruiz, a transport economist at the regional university, who reviewed the figures for us.',
  'The mayor’s office said she had been referring to the late-night crossing. We rate the claim mostly false: most fares rose by between a third and two thirds.',
];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fact check: have ferry fares tripled since 2019?</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fact check: have ferry fares tripled since 2019?"}</script>
<script type="application/ld+json">${JSON.stringify(REVIEW)}</script>
<script type="application/ld+json">{ "@type": "ClaimReview", "claimReviewed": "broken, </script>
</head><body><main><article><h1>Fact check: have ferry fares tripled since 2019?</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`;

test('a fact-check page shows its own verdict: the claim, who made it, and the rating', async ({ site, openArticle, popupFor }) => {
  site.route('/fact-check.html', PAGE);
  const { tabId } = await openArticle(site.url('/fact-check.html'));
  const popup = await popupFor(tabId);
  const verdict = popup.page.getByRole('region', { name: "This page's verdict" });
  await expect(verdict).toBeVisible();
  await expect(verdict).toContainText('Ferry fares have tripled since 2019.');
  await expect(verdict).toContainText('Claimed by Ruth Okafor');
  await expect(verdict).toContainText('Mostly false');
  await expect(verdict).toContainText('Harbour Checks');
  // The broken block is skipped, not shown or fatal.
  await expect(verdict.getByRole('listitem')).toHaveCount(1);
});

test('an ordinary article shows no page verdict', async ({ site, openArticle, popupFor }) => {
  const { tabId } = await openArticle(site.url('/sample-article.html'));
  const popup = await popupFor(tabId);
  await expect(popup.speakers().first()).toBeVisible();
  await expect(popup.page.getByRole('region', { name: /verdict/ })).toHaveCount(0);
});
