import type { PageMetadata } from './metadata';
import { isTeaserBlock, type NodeStats } from './scoring';

const LISTING_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ItemList', 'WebSite', 'ProfilePage']);
const ARTICLE_OG = new Set(['article', 'news', 'blog', 'newsarticle']);

export interface ArticleEvidence {
  url: string | null;
  meta: PageMetadata;
  /** Stats of the chosen content, summed over its roots. */
  content: NodeStats | null;
  /** Stats of the whole body. */
  page: NodeStats | null;
}

function pathOf(url: string | null): { path: string; query: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return { path: u.pathname, query: u.search };
  } catch {
    return null;
  }
}

/**
 * Whether the page is one story rather than a front, a section, a search or a
 * listing. Listings are recognised by their shape (teaser headings that are
 * links, little prose per heading, links everywhere) more than by their URL,
 * because many sites serve sections from article-like paths; the page's own
 * declarations (schema.org type, og:type) tip the balance either way.
 */
export function judgeIsArticle(ev: ArticleEvidence): boolean {
  const { meta, content, page } = ev;
  if (!content || !page) return false;
  const declaredArticle =
    [...meta.schemaTypes].some((t) => /Article$|^BlogPosting$|^Report$|Posting$/.test(t)) ||
    (meta.ogType !== null && ARTICLE_OG.has(meta.ogType));
  const declaredListing = !declaredArticle && [...meta.schemaTypes].some((t) => LISTING_TYPES.has(t) && t !== 'WebSite');

  const loc = pathOf(ev.url ?? meta.canonicalUrl);
  if (loc) {
    const path = loc.path.replace(/\/+$/, '');
    if (path === '' || /^\/(?:index|default|home)(?:\.\w+)?$/i.test(path)) return false;
    // Listing paths end in the listing: "/tag/climate", "/author/ana-ruiz", "/search", "/page/2".
    const listingPath = /\/(?:search|tag|tags|topic|topics|category|categories|section|sections|author|authors|archive|archives)(?:\/[^/]+)?$/i.test(path) || /\/page\/\d+$/i.test(path);
    if (listingPath && !declaredArticle) return false;
    if (/[?&](?:q|query|s|search)=/.test(loc.query)) return false;
  }
  if (declaredListing) return false;

  const prose = content.paraText;
  // The chosen block is itself a run of teasers: a listing.
  if (isTeaserBlock(content)) return false;
  // A front: teasers all over the page, and the best block holds little of its prose.
  if (page.linkedHeadings >= 8 && prose < page.paraText * 0.3 && prose < 1200) return false;
  const density = content.text > 0 ? content.link / content.text : 1;
  if (density > 0.45) return false;
  const minimum = declaredArticle ? 150 : 400;
  if (content.paras < (declaredArticle ? 1 : 2)) return false;
  return prose >= minimum;
}
