import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { claimReviewsIn, parseClaimReviews } from '../../../core/fact-check';

/** A fact-check page's markup of our own writing, in the shape fact-check sites publish. */
const REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://checks.example/ferry-fares',
  claimReviewed: 'Ferry fares have tripled since 2019.',
  author: { '@type': 'Organization', name: 'Harbour Checks' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ruth Okafor' } },
  reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, alternateName: 'Mostly false' },
};

describe('parseClaimReviews', () => {
  it('reads the claim, the claimant, the rating in words and the reviewer', () => {
    expect(parseClaimReviews([JSON.stringify(REVIEW)])).toEqual([
      {
        claim: 'Ferry fares have tripled since 2019.',
        claimant: 'Ruth Okafor',
        rating: 'Mostly false',
        reviewer: 'Harbour Checks',
        url: 'https://checks.example/ferry-fares',
      },
    ]);
  });

  it('gives a number with its scale when the page has no words for the rating', () => {
    const review = { ...REVIEW, reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5' } };
    expect(parseClaimReviews([JSON.stringify(review)])[0].rating).toBe('1 of 5');
  });

  it('finds reviews inside @graph, arrays and other nodes, with types as IRIs and nodes given by @id', () => {
    const block = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': '#page', mainEntity: { '@id': '#review' } },
        { '@type': 'Person', '@id': '#minister', name: 'Helena Varga' },
        {
          '@type': ['http://schema.org/ClaimReview'],
          '@id': '#review',
          claimReviewed: 'The bridge will open in May.',
          itemReviewed: { '@type': 'Claim', author: { '@id': '#minister' } },
          reviewRating: { '@type': 'Rating', alternateName: 'Needs context' },
        },
      ],
    };
    const reviews = parseClaimReviews([JSON.stringify([{ '@type': 'Organization', name: 'Other' }, block])]);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ claim: 'The bridge will open in May.', claimant: 'Helena Varga', rating: 'Needs context' });
  });

  it('reads hand-written blocks (comment wrapper, single quotes, trailing commas) and skips one that does not parse', () => {
    const handWritten = `<!-- {'@type': 'ClaimReview', 'claimReviewed': 'Crime fell by half.', 'reviewRating': {'alternateName': 'False',},} -->`;
    const broken = '{"@type": "ClaimReview", "claimReviewed": "Cut off';
    const reviews = parseClaimReviews([broken, handWritten, '', 'null', '42']);
    expect(reviews).toEqual([{ claim: 'Crime fell by half.', claimant: null, rating: 'False', reviewer: null, url: null }]);
  });

  it('leaves out reviews with neither claim nor rating, repeats, and values of the wrong kind', () => {
    const empty = { '@type': 'ClaimReview', author: { name: 'Someone' } };
    const odd = { '@type': 'ClaimReview', claimReviewed: { nested: true }, reviewRating: 'False', url: 'javascript:alert(1)', itemReviewed: 'a claim' };
    const reviews = parseClaimReviews([JSON.stringify([empty, REVIEW, REVIEW, odd])]);
    expect(reviews).toHaveLength(1);
    expect(reviews[0].claim).toBe('Ferry fares have tripled since 2019.');
  });

  it('keeps several claimants as one line and cuts an overlong claim', () => {
    const review = {
      ...REVIEW,
      claimReviewed: 'word '.repeat(600),
      itemReviewed: { '@type': 'Claim', author: [{ name: 'Ana Ruiz' }, 'Ben Cole', { name: 'Ana Ruiz' }] },
    };
    const [read] = parseClaimReviews([JSON.stringify(review)]);
    expect(read.claimant).toBe('Ana Ruiz, Ben Cole');
    expect(read.claim!.length).toBeLessThanOrEqual(1000);
  });

  it('finds nothing on a page without ClaimReview', () => {
    expect(parseClaimReviews([JSON.stringify({ '@type': 'NewsArticle', headline: 'A story' })])).toEqual([]);
  });
});

describe('claimReviewsIn', () => {
  it('reads the JSON-LD blocks of a document and ignores other scripts', () => {
    const { document } = parseHTML(`<html><head>
      <script>var claimReviewed = "not markup";</script>
      <script type="Application/LD+JSON">${JSON.stringify(REVIEW)}</script>
    </head><body><p>Text</p></body></html>`);
    expect(claimReviewsIn(document as unknown as Document).map((r) => r.rating)).toEqual(['Mostly false']);
  });
});
