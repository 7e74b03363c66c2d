/**
 * BibTeX (readable by biblatex too): one @article per article, with `entrysubtype = {newspaper}` so
 * biblatex and tools that honour it file it as a newspaper article, and plain `journal`/`year`/`month`
 * for classic BibTeX and Zotero's importer. Text is escaped, not braced for case: braces would reach
 * the reference manager as literal markup.
 */
import type { ExportArticle } from './types';
import { cslName, type CslName } from './names';
import { isoDate, publishedDateParts, utcDateParts } from './dates';
import { citationKeys } from './cite-key';
import { liveArticles } from './live';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Field text: TeX's special characters escaped, line breaks (which BibTeX ignores anyway) as spaces. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]);
}

/**
 * URLs are read verbatim (the url package), so only what would unbalance the entry's braces or end the
 * field is percent-encoded.
 */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** A part of a name: braced when it holds a word BibTeX would read as a separator. */
function namePart(text: string): string {
  const escaped = escapeBibtex(text);
  return /(^|\s)and(\s|$)|,/i.test(text) ? `{${escaped}}` : escaped;
}

export function bibtexName(n: CslName): string {
  if (n.literal !== undefined) return `{${escapeBibtex(n.literal)}}`;
  // The family name is braced so that BibTeX takes it whole ("Van den Bossche", "Ortega y Gasset"); a
  // lower-case particle stays outside, where BibTeX recognises it as the "von" part.
  const family = [n['non-dropping-particle'] && escapeBibtex(n['non-dropping-particle']), `{${escapeBibtex(n.family ?? '')}}`]
    .filter(Boolean)
    .join(' ');
  return [family, n.suffix && namePart(n.suffix), n.given && namePart(n.given)].filter(Boolean).join(', ');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function entry(a: ExportArticle, key: string): string {
  const fields: [string, string][] = [['entrysubtype', '{newspaper}']];
  if (a.title) fields.push(['title', `{${escapeBibtex(a.title)}}`]);
  const authors = a.authors.map((n) => cslName(n)).filter((n) => n.literal !== '');
  if (authors.length) fields.push(['author', `{${authors.map(bibtexName).join(' and ')}}`]);
  if (a.siteName) fields.push(['journal', `{${escapeBibtex(a.siteName)}}`]);
  const issued = publishedDateParts(a.published);
  if (issued) {
    fields.push(['date', `{${isoDate(issued)}}`]);
    fields.push(['year', `{${issued[0]}}`]);
    if (issued[1]) fields.push(['month', MONTHS[issued[1] - 1]]);
  }
  fields.push(['url', `{${bibtexUrl(a.url)}}`]);
  const accessed = utcDateParts(a.savedAt);
  if (accessed) fields.push(['urldate', `{${isoDate(accessed)}}`]);
  return `@article{${key},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}\n`;
}

export function toBibtex(all: readonly ExportArticle[]): string {
  const articles = liveArticles(all);
  const keys = citationKeys(articles);
  return articles.map((a, i) => entry(a, keys[i])).join('\n');
}
