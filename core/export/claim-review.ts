/**
 * schema.org ClaimReview (JSON-LD) for every claim the user gave a verdict: the markup fact-check sites
 * publish so search engines and fact-check tools can show the verdict beside the claim.
 *
 * What Newsmark cannot know is left for the fact-checker to fill: who publishes the review (`author`) and
 * the page it is published on (`url`). They are present, empty, unless given, so the markup validates
 * only once a person has said who stands behind the verdict. "Unverified" is a status but not a verdict,
 * so such claims are left out.
 *
 * The text is safe to paste inside `<script type="application/ld+json">`: "<", ">", "&" and the two
 * JavaScript line separators are written as \u escapes, which JSON reads back as the same characters.
 */
import type { ExportArticle, ExportClaim } from './types';
import { isoDate, publishedDateParts, utcDateParts } from './dates';
import { liveArticles, statusLabel } from './live';
import { looksLikeOrganisation } from './names';

/** Statuses that are not a verdict and get no review. */
const NOT_A_VERDICT = new Set(['unverified']);

/**
 * A 1–5 scale for the statuses Newsmark has, so tools that sort by rating can; a status without a place
 * on it is still published by name (`alternateName`), which is what fact-check markup shows.
 */
const RATING = new Map<string, number>([['inaccurate', 1], ['misleading', 2], ['needs-context', 3], ['accurate', 5]]);

export interface ClaimReviewOptions {
  /** Who publishes the review. */
  reviewer?: { name: string; type?: 'Organization' | 'Person'; url?: string };
  /** The page the review will be published on, per claim. */
  reviewUrl?: (claim: ExportClaim, article: ExportArticle) => string;
}

type JsonObject = { [key: string]: unknown };

function speakerOf(article: ExportArticle, name: string): JsonObject {
  const known = article.speakers.find((s) => s.name === name);
  const organisation = known ? known.kind === 'organization' : looksLikeOrganisation(name);
  const out: JsonObject = { '@type': organisation ? 'Organization' : 'Person', name };
  if (known?.role && !organisation) out.jobTitle = known.role;
  return out;
}

function appearance(a: ExportArticle): JsonObject {
  const out: JsonObject = { '@type': 'NewsArticle', url: a.url };
  if (a.title) out.headline = a.title;
  const published = publishedDateParts(a.published);
  if (published) out.datePublished = isoDate(published);
  if (a.siteName) out.publisher = { '@type': 'Organization', name: a.siteName };
  return out;
}

function review(a: ExportArticle, c: ExportClaim & { status: string }, options: ClaimReviewOptions): JsonObject {
  const rating: JsonObject = { '@type': 'Rating', alternateName: statusLabel(c.status) };
  const value = RATING.get(c.status);
  if (value !== undefined) Object.assign(rating, { ratingValue: value, bestRating: 5, worstRating: 1 });
  const reviewer = options.reviewer;
  const reviewed = c.modified === null ? null : utcDateParts(c.modified);
  const out: JsonObject = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: options.reviewUrl?.(c, a) ?? '',
    claimReviewed: c.text,
    itemReviewed: { '@type': 'Claim', author: speakerOf(a, c.speaker), appearance: appearance(a) },
    author: reviewer
      ? { '@type': reviewer.type ?? 'Organization', name: reviewer.name, ...(reviewer.url ? { url: reviewer.url } : {}) }
      : { '@type': 'Organization', name: '' },
    reviewRating: rating,
  };
  if (reviewed) out.datePublished = isoDate(reviewed);
  return out;
}

export function toClaimReviews(articles: readonly ExportArticle[], options: ClaimReviewOptions = {}): JsonObject[] {
  return liveArticles(articles).flatMap((a) =>
    a.claims
      .filter((c): c is ExportClaim & { status: string } => c.status !== null && !NOT_A_VERDICT.has(c.status))
      .map((c) => review(a, c, options)),
  );
}

const SCRIPT_SAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function toClaimReviewJson(articles: readonly ExportArticle[], options: ClaimReviewOptions = {}): string {
  return JSON.stringify(toClaimReviews(articles, options), null, 2).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_SAFE[c]) + '\n';
}
