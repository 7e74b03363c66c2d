/**
 * The ClaimReview export parsed back as JSON-LD objects and checked against what schema.org fact-check
 * markup requires (claimReviewed, reviewRating with alternateName, itemReviewed as a Claim with its
 * author and appearance, url, author), with hostile claim text that must survive being pasted into a
 * <script type="application/ld+json"> element.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { toClaimReviewJson } from '../../../core/export/claim-review';
import type { ExportArticle } from '../../../core/export/types';
import { HOSTILE, sampleArticles } from './library-fixture';

type Review = Record<string, any>;
const REQUIRED = ['claimReviewed', 'reviewRating', 'itemReviewed', 'url', 'author'];
const reviewer = { name: 'Checkers United', url: 'https://checkers.example/' };
const reviewUrl = (c: { id: string }) => `https://checkers.example/reviews/${c.id}`;

describe('ClaimReview export', () => {
  const articles = sampleArticles();
  const reviews = JSON.parse(toClaimReviewJson(articles, { reviewer, reviewUrl })) as Review[];
  const verdicts = articles.filter((a) => !a.deleted).flatMap((a) => a.claims.filter((c) => c.status && c.status !== 'unverified').map((c) => ({ a, c })));

  it('is one ClaimReview per claim with a verdict, with every property fact-check markup requires', () => {
    expect(reviews).toHaveLength(verdicts.length);
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      for (const p of REQUIRED) expect(r[p], p).toBeTruthy();
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(typeof r.reviewRating.alternateName).toBe('string');
      expect(r.author).toEqual({ '@type': 'Organization', name: 'Checkers United', url: 'https://checkers.example/' });
    }
  });

  it('says what was claimed, by whom, where, the verdict and its date', () => {
    reviews.forEach((r, i) => {
      const { a, c } = verdicts[i];
      expect(r.claimReviewed).toBe(c.text);
      expect(r.url).toBe(`https://checkers.example/reviews/${c.id}`);
      const speaker = a.speakers.find((s) => s.name === c.speaker)!;
      expect(r.itemReviewed.author).toMatchObject({ '@type': speaker.kind === 'organization' ? 'Organization' : 'Person', name: c.speaker });
      expect(r.itemReviewed.appearance).toMatchObject({ url: a.url, headline: a.title });
      expect(r.datePublished).toBe(new Date(c.modified!).toISOString().slice(0, 10));
    });
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(['Misleading', 'Accurate', 'Needs context']);
    expect(reviews.map((r) => r.reviewRating.ratingValue)).toEqual([2, 5, 3]);
    expect(reviews[0].itemReviewed.author.jobTitle).toBe('ECB president');
  });

  it('leaves the reviewer and review page for the user to fill when not given', () => {
    const [r] = JSON.parse(toClaimReviewJson(articles)) as Review[];
    expect(r.author).toEqual({ '@type': 'Organization', name: '' });
    expect(r.url).toBe('');
  });

  it('leaves out unverified and unmarked claims, and the trash', () => {
    const a: ExportArticle = { ...articles[0], claims: articles[0].claims.map((c) => ({ ...c, status: c.status === 'accurate' ? 'unverified' : c.status })) };
    expect((JSON.parse(toClaimReviewJson([a])) as Review[]).map((r) => r.claimReviewed)).toEqual([articles[0].claims[0].text]);
    expect(JSON.parse(toClaimReviewJson([{ ...articles[0], deleted: 1 }]))).toEqual([]);
  });

  it('survives hostile claim text pasted into a JSON-LD script element', () => {
    const a: ExportArticle = {
      ...articles[0],
      claims: HOSTILE.map((text, i) => ({ ...articles[0].claims[0], id: `h${i}`, text: `${text}</script><script>alert(1)</script>\u2028` })),
    };
    const json = toClaimReviewJson([a]);
    expect(json).not.toMatch(/[<>]/);
    const { document } = parseHTML(`<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const back = JSON.parse(scripts[0].textContent!) as Review[];
    expect(back.map((r) => r.claimReviewed)).toEqual(a.claims.map((c) => c.text));
  });
});
