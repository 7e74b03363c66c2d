import type { FieldCandidates } from './candidates';
import type { MetaTags } from './meta-tags';
import { metaTagCandidates, type Family } from './source-meta-tags';

/**
 * OpenGraph (with its `article:*` namespace), Twitter cards, and the plain and
 * vendor `<meta>` tags (`author`, `parsely-*`, `sailthru.*`,
 * `application-name`): what pages declare for social cards and analytics.
 */
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
    source: 'meta',
    title: ['parsely-title', 'sailthru.title', 'title', 'headline'],
    authors: ['author', 'articleauthor', 'parsely-author', 'sailthru.author', 'byl'],
    published: ['datepublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'date', 'article.published', 'published_time'],
    modified: ['datemodified', 'last-modified'],
    siteName: ['application-name', 'al:iphone:app_name', 'al:android:app_name'],
    description: ['description'],
    language: ['content-language', 'language'],
  },
];

export function openGraphCandidates(tags: MetaTags): Partial<FieldCandidates> {
  return metaTagCandidates(tags, FAMILIES);
}
