/**
 * CSL-JSON: the citation format Zotero, Mendeley, Pandoc and citeproc read directly. One
 * `article-newspaper` item per article.
 */
import type { ExportArticle } from './types';
import { cslName, type CslName } from './names';
import { publishedDateParts, utcDateParts } from './dates';
import { citationKeys } from './cite-key';
import { liveArticles } from './live';

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title?: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  URL: string;
  accessed?: { 'date-parts': number[][] };
}

export function toCslItems(all: readonly ExportArticle[]): CslItem[] {
  const articles = liveArticles(all);
  const keys = citationKeys(articles);
  return articles.map((a, i) => {
    const item: CslItem = { id: keys[i], type: 'article-newspaper', URL: a.url };
    if (a.title) item.title = a.title;
    if (a.siteName) item['container-title'] = a.siteName;
    const authors = a.authors.map((n) => cslName(n)).filter((n) => n.literal !== '');
    if (authors.length) item.author = authors;
    const issued = publishedDateParts(a.published);
    if (issued) item.issued = { 'date-parts': [issued] };
    const accessed = utcDateParts(a.savedAt);
    if (accessed) item.accessed = { 'date-parts': [accessed] };
    return item;
  });
}

export function toCslJson(articles: readonly ExportArticle[]): string {
  return JSON.stringify(toCslItems(articles), null, 2) + '\n';
}
