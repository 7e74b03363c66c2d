/**
 * What the reading formats (Markdown, CSV, citations, ClaimReview) show: articles and highlights not in
 * the trash, with the reader's corrections applied, which is what the popup shows. Only the backup
 * carries the trash and the corrections unapplied, so that restoring it loses nothing.
 */
import type { ExportArticle } from './types';
import { citedMetadata } from '../citation';
import { correctExportArticle } from '../corrections/export';

/**
 * The reading formats all pass through here, so this is where the reader's corrections take over: the
 * citation's (title, authors, site, date, URL) and the analysis's (claims dismissed, speakers changed,
 * renamed, merged, claims added).
 */
export function liveArticles(articles: readonly ExportArticle[]): ExportArticle[] {
  return articles
    .filter((a) => a.deleted === null)
    .map(withCitation)
    .map((a) => correctExportArticle(a, a.corrections ?? []))
    .map((a) => (a.highlights.some((h) => h.deleted !== null) ? { ...a, highlights: a.highlights.filter((h) => h.deleted === null) } : a));
}

/** The article with its corrected title, authors, site, date and URL in place of the extracted ones. */
export function withCitation(a: ExportArticle): ExportArticle {
  if (!a.citation) return a;
  const cited = citedMetadata(a, a.authors);
  return { ...a, url: cited.url, title: cited.title, siteName: cited.siteName, authors: cited.authors, byline: cited.byline, published: cited.published };
}

/** "needs-context" → "Needs context": readable without a table, so new statuses need no change here. */
export function statusLabel(status: string): string {
  const words = status.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
