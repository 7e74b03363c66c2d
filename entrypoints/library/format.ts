/** Dates, counts and an article's heading as the library shows them. */
import { citedMetadata, type CitableMetadata } from '../../core/citation';

export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** An article's own date as extracted (ISO 8601), shown as a date; as given when it does not parse. */
export function formatPublished(iso: string | null): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatDate(ms);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * An article's title and its meta line (site · authors · date · saved), with the reader's citation
 * corrections over the extracted values, as the popup's citation block and the exports show them.
 */
export function articleHeading(article: CitableMetadata & { savedAt: number }): { title: string; meta: string } {
  const cited = citedMetadata(article);
  return {
    title: cited.title ?? cited.url,
    meta: [cited.siteName, cited.byline, formatPublished(cited.published), `saved ${formatDate(article.savedAt)}`].filter(Boolean).join(' · '),
  };
}
