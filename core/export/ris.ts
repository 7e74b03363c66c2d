/**
 * RIS: the line-based citation format every reference manager imports. Type NEWS; tags as Zotero reads
 * them (T2 the newspaper, PY the year, DA the date, Y2 the access date). RIS has no escaping: a line break in a value
 * would start a new tag, so values are kept on one line.
 */
import type { ExportArticle } from './types';
import { cslName, familyWithParticle, type CslName } from './names';
import { publishedDateParts, utcDateParts } from './dates';
import { liveArticles } from './live';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "Family, Given[, Suffix]" for people; organisations whole, without commas (which would split them). */
export function risName(n: CslName): string {
  if (n.literal !== undefined) return oneLine(n.literal.replace(/,/g, ' '));
  return [familyWithParticle(n), n.given, n.suffix].filter(Boolean).map((p) => oneLine(p!)).join(', ');
}

const risDate = (parts: number[]) => `${String(parts[0]).padStart(4, '0')}/${parts[1] ? String(parts[1]).padStart(2, '0') : ''}/${parts[2] ? String(parts[2]).padStart(2, '0') : ''}/`;

function record(a: ExportArticle): string {
  // No ID line: readers treat it as a reference number of the older RIS dialect, and at least one
  // (citation.js) then reads the record by the older tag table, losing the access date.
  const lines: [string, string][] = [['TY', 'NEWS']];
  if (a.title) lines.push(['TI', oneLine(a.title)]);
  for (const name of a.authors.map((n) => cslName(n)).filter((n) => n.literal !== '')) lines.push(['AU', risName(name)]);
  if (a.siteName) lines.push(['T2', oneLine(a.siteName)]);
  const issued = publishedDateParts(a.published);
  if (issued) {
    // The RIS specification gives a NEWS record the year in PY and the full date in DA; Zotero reads both.
    lines.push(['PY', String(issued[0])]);
    lines.push(['DA', risDate(issued)]);
  }
  lines.push(['UR', oneLine(a.url)]);
  const accessed = utcDateParts(a.savedAt);
  if (accessed) lines.push(['Y2', risDate(accessed)]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

export function toRis(all: readonly ExportArticle[]): string {
  const articles = liveArticles(all);
  return articles.map(record).join('\r\n');
}
