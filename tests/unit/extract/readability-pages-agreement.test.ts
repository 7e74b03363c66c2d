import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, renderBlockText } from '../../../core/extract/index';
import { READABILITY_TEST_URL, loadReadabilityPages } from '../../../scripts/lib/datasets';
import { METADATA_FIELDS, fieldAgreement } from '../../../scripts/lib/metadata-agreement';
import { aggregate, pageCounts } from '../../../scripts/lib/shingle-f1';
import { parse, sharedDir } from './helpers';

/**
 * Regression guard on Mozilla's Readability test pages: agreement with
 * Readability's own output (body text) and expected metadata. Newsmark drops
 * captions, headlines and pointer lists that Readability keeps, so the body
 * floor sits below full agreement; the bench prints the exact numbers.
 */
const pagesDir = resolve(sharedDir, 'fixtures', 'readability-test-pages');
const present = existsSync(pagesDir);
if (!present) console.warn(`skipping the Readability test-page checks: ${pagesDir} not found (the shared data sets are not in a fresh clone)`);

/**
 * Pages whose expected-metadata.json byline is not the story's author (Readability's own output, kept for
 * agreement only), with the part of it a correct extractor must not give. Two of them were junk agreements
 * before issue 11: "Last" out of "Last Updated", and "Mac" out of a magazine name split on "&".
 */
const EXPECTED_BYLINE_NOT_THE_AUTHOR: Record<string, string> = {
  // A date line in the byline slot; the author is Benjamin Romano.
  'seattletimes-1': 'April 28, 2019',
  // The "Follow Author" button.
  'royal-road': 'Follow',
  // The authors of a teaser or related story elsewhere on the page, not the story's.
  'herald-sun-1': 'JOE HILDEBRAND',
  'salon-1': 'Joanna Rothkopf',
  'liberation-1': 'Sébastien Farcis',
  // Keeps only the last of two catalogue-style author tags ("Jong, Michiel de"; F. Kooman is the other).
  'ietf-1': 'Jong, Michiel de',
  // The publisher credited as author.
  'bbc-1': 'BBC News',
  // The archive's operator in meta author; the work's author is the rel=author link, AMournfulHowlInTheNight.
  'archive-of-our-own': 'Organization for Transformative Works',
  // A label and a date ("Last Updated: January 7, 2025"): "Last" was a junk agreement.
  spiceworks: 'Last',
  // The magazine's name, "Mac & i": "Mac" was a junk agreement.
  heise: 'Mac',
};

describe.skipIf(!present)('agreement on readability-test-pages (../shared)', () => {
  const loaded = present ? loadReadabilityPages(pagesDir) : [];
  const results = loaded.map((p) => ({ page: p, article: extractArticle(parse(p.source), { url: READABILITY_TEST_URL }) }));
  const pages = results.map(({ page, article }) => ({ id: page.id, metadata: page.metadata, ours: article }));

  // 0.970 before standfirsts were read as the story's opening (issue 11): Readability leaves out the
  // standfirst wherever its container choice misses the story's header (cnet, buzzfeed-1, gitlab-blog,
  // liberation-1, topicseed-1, guardian-1), so agreeing on it costs 0.001 here by construction.
  it('agrees with expected.html at token-shingle F1 >= 0.969', () => {
    const counts = results.map(({ page, article }) => {
      const expected = renderBlockText([parse(page.expected).documentElement]).text;
      return pageCounts(expected, article?.text ?? '');
    });
    expect(aggregate(counts).f1).toBeGreaterThanOrEqual(0.969);
  });

  it('agrees on byline on >= 95% of the pages whose expected byline is the story\'s author', () => {
    const t = fieldAgreement(METADATA_FIELDS.find((c) => c.field === 'byline')!, pages.filter((p) => !(p.id in EXPECTED_BYLINE_NOT_THE_AUTHOR)));
    expect(t.agree / t.given).toBeGreaterThanOrEqual(0.95);
  });

  it('gives none of the wrong expected bylines', () => {
    for (const [id, wrong] of Object.entries(EXPECTED_BYLINE_NOT_THE_AUTHOR)) {
      const ours = pages.find((p) => p.id === id)?.ours?.byline ?? '';
      expect(ours.toLowerCase(), id).not.toContain(wrong.toLowerCase());
    }
  });

  // Readability's title is the window title or og:title with the site cut off; ours is the headline the
  // page shows (issue 11), which differs on a fifth of these pages (SEO titles, kickers, "hands-on:").
  it('agrees on title on >= 80% of the pages that give it', () => {
    const t = fieldAgreement(METADATA_FIELDS.find((c) => c.field === 'title')!, pages);
    expect(t.agree / t.given).toBeGreaterThanOrEqual(0.8);
  });

  for (const check of METADATA_FIELDS.filter((c) => ['siteName', 'published', 'language', 'description'].includes(c.field))) {
    it(`agrees on ${check.field} on >= 95% of the pages that give it`, () => {
      const t = fieldAgreement(check, pages);
      expect(t.agree / t.given).toBeGreaterThanOrEqual(0.95);
    });
  }
});
