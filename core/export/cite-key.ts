/**
 * Citation keys (BibTeX keys, CSL ids, RIS ID): first author's family name, year, first title word,
 * folded to ASCII letters and digits because LaTeX and several reference managers accept nothing else in
 * a key. Keys are unique within one export ("berg2024rates", "berg2024ratesa", ...), so a student's
 * \cite never points at the wrong article.
 */
import type { ExportArticle } from './types';
import { cslName } from './names';
import { publishedDateParts } from './dates';

function ascii(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').split('.')[0];
  } catch {
    return '';
  }
}

function baseKey(article: ExportArticle): string {
  const first = article.authors[0] ? cslName(article.authors[0]) : null;
  const who = ascii(first?.family ?? first?.literal ?? '') || ascii(article.siteName ?? '') || ascii(host(article.url)) || 'article';
  const year = publishedDateParts(article.published)?.[0] ?? '';
  const word = (article.title ?? '').split(/\s+/).map(ascii).find((w) => w.length > 3) ?? '';
  return `${who.slice(0, 20)}${year}${word.slice(0, 20)}`;
}

/** One key per article, in the order given. */
export function citationKeys(articles: ExportArticle[]): string[] {
  const used = new Set<string>();
  return articles.map((a) => {
    const base = baseKey(a);
    let key = base;
    for (let n = 0; used.has(key); n++) key = base + suffix(n);
    used.add(key);
    return key;
  });
}

/** a, b, ..., z, aa, ab, ... */
function suffix(n: number): string {
  let s = '';
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) s = String.fromCharCode(97 + (i % 26)) + s;
  return s;
}
