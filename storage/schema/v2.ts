/**
 * Schema version 2:
 * - articles gain `urls` (multiEntry index): one article known under all its URLs.
 * - highlights become W3C Web Annotation shaped (target/body) with a versioned
 *   selector and tags, and gain a `[articleKey+created]` index so one article's
 *   highlights load in creation order without sorting, and a `deleted` index
 *   (sparse: only soft-deleted rows have it) so purging old deletions is cheap.
 * - claims gain `selector`, a hint for re-finding the claim on the page.
 * - a settings table (paused sites, incognito).
 *
 * The upgrade never drops a record: anything it cannot interpret is carried
 * over with safe defaults, because losing a user's annotation is worse than
 * keeping an odd one.
 */
import type { Transaction } from 'dexie';
import type { TextSelector } from '../../core/anchoring/types';
import {
  CLAIM_STATUSES,
  HIGHLIGHT_COLORS,
  type ArticleRecord,
  type ClaimStatus,
  type ClaimStatusRecord,
  type HighlightColor,
  type HighlightRecord,
} from '../records';
import type { V1Article, V1Claim, V1Highlight } from './v1';

export const V2_STORES = {
  articles: 'key, url, *urls, savedAt, updatedAt',
  highlights: 'id, articleKey, [articleKey+created], modified, deleted',
  claims: 'id, articleKey, modified',
  reactions: 'articleKey, at',
  settings: 'key',
} as const;

function asString(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function asTime(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function asSelectors(value: unknown): TextSelector[] {
  return Array.isArray(value) ? (value as TextSelector[]) : [];
}

export function upgradeArticleToV2(old: V1Article): ArticleRecord {
  const url = asString(old.url, '');
  return { ...old, url, urls: url ? [url] : [] };
}

export function upgradeHighlightToV2(old: V1Highlight, now: number): HighlightRecord {
  const created = asTime(old.created, now);
  const selectors = asSelectors(old.selectors);
  const quote = asString(old.quote, '');
  // v1 kept the quote beside the selectors; v2 keeps it only as a TextQuoteSelector.
  // A v1 record whose selectors lack one would lose its text, so rebuild it from the quote.
  if (quote && !selectors.some((s) => s.type === 'TextQuoteSelector')) {
    selectors.push({ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' });
  }
  const color = (HIGHLIGHT_COLORS as readonly string[]).includes(old.color)
    ? (old.color as HighlightColor)
    : 'yellow';
  return {
    id: old.id,
    articleKey: old.articleKey,
    target: { source: old.articleKey, url: asString(old.url, ''), selector: { v: 1, selectors } },
    body: { color, note: asString(old.note, ''), tags: [] },
    created,
    modified: asTime(old.modified, created),
  };
}

export function upgradeClaimToV2(old: V1Claim, now: number): ClaimStatusRecord {
  const status = (CLAIM_STATUSES as readonly string[]).includes(old.status)
    ? (old.status as ClaimStatus)
    : 'unverified';
  return {
    id: old.id,
    articleKey: old.articleKey,
    quote: asString(old.quote, ''),
    speaker: asString(old.speaker, ''),
    selector: [],
    status,
    note: asString(old.note, ''),
    modified: asTime(old.modified, now),
  };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const now = Date.now();
  await tx
    .table('articles')
    .toCollection()
    .modify((value: V1Article, ref: { value: unknown }) => {
      ref.value = upgradeArticleToV2(value);
    });
  await tx
    .table('highlights')
    .toCollection()
    .modify((value: V1Highlight, ref: { value: unknown }) => {
      ref.value = upgradeHighlightToV2(value, now);
    });
  await tx
    .table('claims')
    .toCollection()
    .modify((value: V1Claim, ref: { value: unknown }) => {
      ref.value = upgradeClaimToV2(value, now);
    });
}
