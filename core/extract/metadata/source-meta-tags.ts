import { parseByline, uninvertName } from './byline';
import { known, type Candidate, type FieldCandidates, type SourceName } from './candidates';
import { allMeta, firstMeta, type MetaTags } from './meta-tags';

/**
 * Candidates from `<meta>` tags, one family of vocabulary at a time:
 * OpenGraph (with its `article:*` namespace), Twitter cards, Highwire
 * `citation_*` tags, Dublin Core, and the plain and vendor tags (`author`,
 * `parsely-*`, `sailthru.*`, `application-name`). Within a family the keys are
 * tried in the order given; across families the choice (choose.ts) decides.
 */

/** Names from author tags: several tags give one person each, often catalogue-style ("Jong, Michiel de"). */
function namesFrom(values: readonly string[]): string[] | null {
  // A profile URL (article:author on Facebook's scheme) names nobody readable.
  const usable = values.filter((v) => !/^\s*(?:https?:)?\/\//i.test(v));
  if (usable.length === 0) return null;
  const names = usable.length > 1 ? usable.flatMap((v) => parseByline(uninvertName(v))) : parseByline(usable[0]);
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

interface Family {
  source: SourceName;
  title?: string[];
  authors?: string[];
  published?: string[];
  modified?: string[];
  siteName?: string[];
  description?: string[];
  image?: string[];
  canonicalUrl?: string[];
  language?: string[];
}

const FAMILIES: Family[] = [
  {
    source: 'open-graph',
    title: ['og:title'],
    authors: ['article:author', 'og:article:author'],
    published: ['article:published_time', 'og:published_time', 'og:article:published_time'],
    modified: ['article:modified_time', 'og:updated_time', 'og:article:modified_time'],
    siteName: ['og:site_name'],
    description: ['og:description'],
    image: ['og:image', 'og:image:url', 'og:image:secure_url'],
    canonicalUrl: ['og:url'],
    language: ['og:locale'],
  },
  {
    source: 'twitter',
    title: ['twitter:title'],
    authors: ['twitter:creator:name'],
    siteName: ['twitter:app:name:iphone'],
    description: ['twitter:description'],
    image: ['twitter:image', 'twitter:image:src'],
  },
  {
    source: 'highwire',
    title: ['citation_title'],
    authors: ['citation_author'],
    published: ['citation_publication_date', 'citation_date', 'citation_online_date'],
    siteName: ['citation_journal_title'],
    description: ['citation_abstract'],
  },
  {
    source: 'dublin-core',
    title: ['dc:title', 'dc.title', 'dcterms.title', 'dcterm:title'],
    authors: ['dc:creator', 'dc.creator', 'dcterms.creator'],
    published: ['dc.date', 'dc:date', 'dcterms.created', 'dcterms.date', 'dc.date.issued', 'dcterms.issued'],
    modified: ['dcterms.modified'],
    siteName: ['dc.publisher', 'dc:publisher', 'dcterms.publisher'],
    description: ['dc:description', 'dc.description', 'dcterms.description'],
    language: ['dc.language', 'dc:language'],
  },
  {
    source: 'meta',
    title: ['parsely-title', 'sailthru.title', 'title'],
    authors: ['author', 'articleauthor', 'parsely-author', 'sailthru.author', 'byl'],
    published: ['datepublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'date', 'article.published', 'published_time'],
    modified: ['datemodified', 'last-modified'],
    siteName: ['application-name', 'al:iphone:app_name', 'al:android:app_name'],
    description: ['description'],
    language: ['content-language', 'language'],
  },
];

export function metaTagCandidates(tags: MetaTags): Partial<FieldCandidates> {
  const out: Partial<FieldCandidates> = {};
  const push = <K extends keyof FieldCandidates>(field: K, c: FieldCandidates[K][number]): void => {
    ((out[field] ??= []) as Candidate<unknown>[]).push(c as Candidate<unknown>);
  };
  for (const f of FAMILIES) {
    if (f.title) push('title', known(f.source, firstMeta(tags, f.title)));
    if (f.authors) push('authors', known(f.source, namesFrom(allMeta(tags, f.authors))));
    if (f.published) push('published', known(f.source, firstMeta(tags, f.published)));
    if (f.modified) push('modified', known(f.source, firstMeta(tags, f.modified)));
    if (f.siteName) push('siteName', known(f.source, firstMeta(tags, f.siteName)));
    if (f.description) push('description', known(f.source, firstMeta(tags, f.description)));
    if (f.image) push('image', known(f.source, firstMeta(tags, f.image)));
    if (f.canonicalUrl) push('canonicalUrl', known(f.source, firstMeta(tags, f.canonicalUrl)));
    if (f.language) push('language', known(f.source, firstMeta(tags, f.language)?.replace('_', '-').split(',')[0].trim()));
  }
  return out;
}
