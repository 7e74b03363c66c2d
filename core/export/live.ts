/**
 * What the reading formats (Markdown, CSV, citations, ClaimReview) show: articles and highlights not in
 * the trash. Only the backup carries the trash, so that restoring it loses nothing.
 */
import type { ExportArticle } from './types';

export function liveArticles(articles: readonly ExportArticle[]): ExportArticle[] {
  return articles
    .filter((a) => a.deleted === null)
    .map((a) => (a.highlights.some((h) => h.deleted !== null) ? { ...a, highlights: a.highlights.filter((h) => h.deleted === null) } : a));
}

/** "needs-context" → "Needs context": readable without a table, so new statuses need no change here. */
export function statusLabel(status: string): string {
  const words = status.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
