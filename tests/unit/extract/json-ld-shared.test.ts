/**
 * The page's JSON-LD is parsed once per analysis (by the metadata reader) and its values shared:
 * the fact-check verdicts the popup shows and the body read from a script shell's articleBody must
 * be what a reader of the blocks themselves would get, lenient reading included.
 */
import { describe, expect, it } from 'vitest';
import { claimReviewsFrom, claimReviewsIn } from '../../../core/fact-check';
import { meta, STORY } from './metadata-page';
import { page } from './helpers';
import { extractArticle } from '../../../core/extract/index';

// Hand-written markup as fact-check sites publish it: single quotes and a trailing comma (invalid JSON).
const SLOPPY_REVIEW = `<script type="application/ld+json">{'@type': 'ClaimReview', 'claimReviewed': 'Bus fares doubled last year.',
  'itemReviewed': {'@type': 'Claim', 'author': {'@type': 'Person', 'name': 'Tom Reyes'}},
  'reviewRating': {'@type': 'Rating', 'alternateName': 'False'}, 'datePublished': '2024-05-02',}</script>`;
const ARTICLE = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bus fares checked","datePublished":"2024-05-02T09:00:00Z","author":{"@type":"Person","name":"Lena Park"}}</script>`;

describe('JSON-LD parsed once and shared', () => {
  it('gives the same fact-check verdicts as reading the blocks again, lenient blocks included', () => {
    const a = meta(SLOPPY_REVIEW + ARTICLE, `<article><h1>Bus fares checked</h1>${STORY}</article>`);
    const doc = page(`<article><h1>Bus fares checked</h1>${STORY}</article>`, SLOPPY_REVIEW + ARTICLE);
    const fromShared = claimReviewsFrom(a.jsonLd);
    expect(fromShared.map((r) => [r.claim, r.claimant, r.rating])).toEqual([['Bus fares doubled last year.', 'Tom Reyes', 'False']]);
    expect(fromShared).toEqual(claimReviewsIn(doc));
    expect(a.authors).toEqual(['Lena Park']);
  });

  it('reads a script shell\'s story from the shared blocks', () => {
    const body = '<p>' + 'The ferry company raised fares for the third time this year, passengers said on Monday. '.repeat(3) + '</p>';
    const shell = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Fares rise', articleBody: body.repeat(4) })}</script>`;
    const a = extractArticle(page('<div id="app"></div>', shell), { url: 'https://ferry.example/fares' })!;
    expect(a.fromPageData).toBe(true);
    expect(a.text).toContain('The ferry company raised fares');
  });

  it('leaves out a block that does not parse at all, keeping the others', () => {
    const a = meta(`<script type="application/ld+json">{ not json at all</script>${ARTICLE}`, `<article><h1>Bus fares checked</h1>${STORY}</article>`);
    expect(a.jsonLd).toHaveLength(1);
    expect(a.published?.slice(0, 10)).toBe('2024-05-02');
  });
});
