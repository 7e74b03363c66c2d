import type { ArticleMetadata } from '../types';
import { collapsedText } from '../dom';
import { bylineFromDom, mergeNames, parseByline, uninvertName } from './byline';
import { normaliseDate } from './dates';
import { readJsonLd } from './json-ld';
import { allMeta, firstMeta, readMetaTags } from './meta-tags';
import { scanPage, type PageScan } from './page-scan';
import { stripSiteName } from './title';

export interface PageMetadata extends ArticleMetadata {
  /** The byline's names, one per entry. */
  authors: string[];
  /** schema.org types the page declares, short form. */
  schemaTypes: Set<string>;
  /** og:type, lower case. */
  ogType: string | null;
  /** The page's first <h1>, its headline element. */
  headlineElement: Element | null;
}

/**
 * Precedence, most specific first: JSON-LD (written for machines, rarely
 * stale), then OpenGraph/article:*, then Highwire and Dublin Core, then plain
 * `<meta>`, then the page's own markup (`<time>`, `rel=author`, `<title>`).
 */
/** `scan`: the page's scan when the caller took it already (in steps, see scanPageSteps). */
export function readMetadata(doc: Document, url: string | null, bylineElements: readonly Element[] = [], scan: PageScan = scanPage(doc)): PageMetadata {
  const meta = readMetaTags(scan.metas);
  const ld = readJsonLd(scan.jsonLd);
  const article = ld.article;
  const base = scan.baseHref ? resolve(scan.baseHref, url) ?? url : url;
  const host = hostOf(base);

  // The publisher named in JSON-LD is the site's own name; og:site_name often carries a slogan.
  const siteName =
    article?.publisher ??
    firstMeta(meta, ['og:site_name', 'application-name', 'al:iphone:app_name', 'twitter:app:name:iphone']) ??
    null;

  const h1 = scan.firstH1;
  const headline = h1 ? collapsedText(h1) : null;
  const docTitle = scan.title ? scan.title.replace(/\s+/g, ' ').trim() || null : null;
  const metaTitle = firstMeta(meta, ['og:title', 'twitter:title', 'dc:title', 'dc.title', 'dcterms.title']);
  // JSON-LD "headline" is sometimes a tagline (encyclopedias put a summary there):
  // trust it when the page's other titles agree, else fall back to them.
  const ldHeadline = article?.headline && agreesWithPage(article.headline, [docTitle, metaTitle, headline]) ? article.headline : null;
  const rawTitle =
    ldHeadline ??
    firstMeta(meta, ['dc:title', 'dc.title', 'dcterms.title', 'dcterm:title', 'og:title', 'twitter:title', 'citation_title', 'parsely-title', 'sailthru.title', 'title']) ??
    docTitle ??
    headline;
  const title = rawTitle ? stripSiteName(decodeEntities(rawTitle), siteName, host, headline) || null : null;

  const metaAuthors = allMeta(meta, ['dc:creator', 'dc.creator', 'dcterms.creator', 'author', 'article:author', 'og:article:author', 'citation_author', 'parsely-author', 'sailthru.author', 'byl', 'twitter:creator:name']);
  let authors = mergeNames([article?.authors.flatMap(parseByline) ?? []]);
  // Several author tags give one person each, often catalogue-style ("Jong, Michiel de").
  if (authors.length === 0) authors = mergeNames([metaAuthors.length > 1 ? metaAuthors.flatMap((v) => parseByline(uninvertName(v))) : metaAuthors.flatMap(parseByline)]);
  if (authors.length === 0) authors = bylineFromDom(scan, bylineElements, scan.firstH1);
  // Bylines in page furniture the scoring walk skipped: a selector walk, paid only by pages without metadata authors.
  if (authors.length === 0) authors = bylineFromDom(scan, Array.from(doc.querySelectorAll('[class*="byline"], [class*="author"], [id*="byline"]')).slice(0, 60), scan.firstH1);

  const timePublished = scan.publishedElement;
  const published = normaliseDate(
    article?.published ??
      firstMeta(meta, ['article:published_time', 'og:published_time', 'citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date', 'dc:date', 'dcterms.created', 'dcterms.date', 'dc.date.issued', 'datepublished', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'date']) ??
      (timePublished ? timePublished.getAttribute('datetime') ?? timePublished.getAttribute('content') : null),
  );
  const timeModified = scan.modifiedElement;
  const modified = normaliseDate(
    article?.modified ??
      firstMeta(meta, ['article:modified_time', 'og:updated_time', 'dcterms.modified', 'datemodified', 'last-modified']) ??
      (timeModified ? timeModified.getAttribute('datetime') ?? timeModified.getAttribute('content') : null),
  );

  const canonicalLink = scan.canonicalHref;
  const canonicalUrl = resolve(canonicalLink ?? firstMeta(meta, ['og:url']) ?? article?.url ?? null, base) ?? url;

  const htmlLang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? null;
  const locale = firstMeta(meta, ['content-language', 'og:locale', 'dc.language', 'dc:language', 'language']);
  const language = (htmlLang?.trim() || null) ?? (locale ? locale.replace('_', '-').split(',')[0].trim() : null) ?? article?.language ?? null;

  const description =
    article?.description ??
    firstMeta(meta, ['dc:description', 'dc.description', 'dcterms.description', 'og:description', 'description', 'twitter:description', 'citation_abstract']) ??
    null;

  const imageLink = scan.imageSrcHref;
  const image = resolve(article?.image ?? firstMeta(meta, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src']) ?? imageLink, base);

  return {
    title,
    byline: authors.length > 0 ? authors.join(', ') : null,
    authors,
    siteName: siteName ? decodeEntities(siteName) : null,
    published,
    modified,
    canonicalUrl,
    language,
    description: description ? decodeEntities(description).replace(/\s+/g, ' ').trim() : null,
    image,
    schemaTypes: ld.types,
    ogType: firstMeta(meta, ['og:type'])?.toLowerCase() ?? null,
    headlineElement: h1,
  };
}

function agreesWithPage(candidate: string, others: (string | null)[]): boolean {
  const known = others.filter((o): o is string => !!o);
  if (known.length === 0) return true;
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const mine = words(candidate);
  if (mine.length === 0) return false;
  return known.some((other) => {
    const theirs = new Set(words(other));
    const shared = mine.filter((w) => theirs.has(w)).length;
    return shared / mine.length >= 0.6;
  });
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return href;
  }
}

/** Metadata sometimes arrives double-escaped ("&amp;amp;"); decode the common entities once more. */
function decodeEntities(s: string): string {
  return s
    .replace(/&(?:amp|#0*38|#x0*26);/gi, '&')
    .replace(/&(?:quot|#0*34|#x0*22);/gi, '"')
    .replace(/&(?:apos|#0*39|#x0*27);/gi, "'")
    .replace(/&(?:lt|#0*60);/gi, '<')
    .replace(/&(?:gt|#0*62);/gi, '>')
    .replace(/&#(\d+);/g, (all, d: string) => codePoint(Number(d)) ?? all)
    .replace(/&#x([0-9a-f]+);/gi, (all, h: string) => codePoint(parseInt(h, 16)) ?? all);
}

/** As HTML parsers do: a reference to no valid character becomes U+FFFD. */
function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\uFFFD';
}
