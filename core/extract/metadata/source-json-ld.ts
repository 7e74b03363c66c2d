import { parseByline } from './byline-names';
import { known, type FieldCandidates } from './candidates';
import { isAccountPath } from './names';

/**
 * schema.org JSON-LD, the richest metadata most news pages carry. Publishers
 * nest it every which way (top-level arrays, `@graph`, `mainEntity`, authors
 * given by `@id` reference, types as arrays or full IRIs) and sometimes write
 * it by hand (trailing commas, single quotes), so the blocks are parsed
 * leniently and flattened into one list of typed nodes before anything is read.
 *
 * The article node is the first of an article type; failing that, another
 * CreativeWork (a fact-check's ClaimReview, a video, a review) still carries
 * the page's dates and its own author; failing that, the WebPage node its dates.
 */

type Node = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReviewNewsArticle',
  'BackgroundNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'AdvertiserContentArticle', 'BlogPosting',
  'LiveBlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting', 'TechArticle', 'ScholarlyArticle',
  'MedicalScholarlyArticle', 'Report',
]);

/** Creative works that are the page's subject when no article node is declared. */
const OTHER_WORKS = new Set(['ClaimReview', 'Review', 'CreativeWork', 'VideoObject', 'PodcastEpisode', 'Recipe', 'HowTo', 'Blog']);
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'AboutPage', 'FAQPage', 'QAPage']);
const ORGANISATION_TYPES = new Set(['Organization', 'NewsMediaOrganization', 'Corporation', 'EducationalOrganization', 'GovernmentOrganization', 'NGO', 'LocalBusiness']);

export function shortType(t: unknown): string[] {
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const item of list) if (typeof item === 'string') out.push(item.replace(/^.*[/#:]/, ''));
  return out;
}

function collect(value: unknown, into: Node[], depth: number): void {
  if (depth > 6 || value == null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into, depth + 1);
    return;
  }
  const node = value as Node;
  if ('@type' in node) into.push(node);
  if (node['@graph']) collect(node['@graph'], into, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') collect(node.mainEntity, into, depth + 1);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = text(v);
      if (t) return t;
    }
  }
  if (value && typeof value === 'object' && '@value' in (value as Node)) return text((value as Node)['@value']);
  return null;
}

function deref(value: unknown, byId: Map<string, Node>): Node | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const node = value as Node;
  if (typeof node['@id'] === 'string' && byId.has(node['@id']) && !node.name) return byId.get(node['@id'])!;
  return node;
}

function nameOf(value: unknown, byId: Map<string, Node>): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return nameOf(value[0], byId);
  const node = deref(value, byId);
  return node ? text(node.name) ?? text(node.legalName) ?? personParts(node) : null;
}

/**
 * A Person given only in parts ({givenName: "Anna Giulia", familyName: "Fink"}):
 * some CMSs never fill `name`. Written given name first, as the byline shows it.
 */
function personParts(node: Node): string | null {
  const parts = [text(node.givenName), text(node.additionalName), text(node.familyName)].filter((p): p is string => !!p);
  return parts.length > 0 && (text(node.givenName) || text(node.familyName)) ? parts.join(' ') : null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const u = urlOf(v);
      if (u) return u;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const node = value as Node;
    return urlOf(node.url ?? node.contentUrl ?? node['@id']);
  }
  return null;
}

/** People and organisations credited as author, apart: an organisation is a weaker claim to authorship. */
function authorsOf(value: unknown, byId: Map<string, Node>): { people: string[]; organisations: string[]; accounts: string[] } {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  const people: string[] = [];
  const organisations: string[] = [];
  const accounts: string[] = [];
  for (const item of list) {
    const name = nameOf(item, byId);
    if (!name) continue;
    const node = deref(item, byId);
    // A Person whose profile is the site's admin account ("/author/admin/") is the account that posted the story.
    if (node && (isAccountPath(text(node.url)) || isAccountPath(text(node['@id'])))) {
      accounts.push(name);
      continue;
    }
    const types = node ? shortType(node['@type']) : [];
    if (types.some((t) => ORGANISATION_TYPES.has(t))) organisations.push(name);
    else people.push(name);
  }
  // Structured data still carries bylines as typed ("By Ana Ruiz, Staff Writer") and user names ("CC7567").
  return { people: people.flatMap(parseByline), organisations: organisations.flatMap(parseByline), accounts };
}

export interface JsonLdSource {
  candidates: Partial<FieldCandidates>;
  /** Every `@type` seen, short form ("NewsArticle", "CollectionPage"). */
  types: Set<string>;
  /** The publisher is a person: a one-person site, whose name is rightly also its author's. */
  personalSite: boolean;
  /** Names of authors whose profile is a technical account (see names.ts isAccountPath). */
  accounts: string[];
}

/** `blocks`: the page's JSON-LD blocks, parsed once (relaxed-json.ts parseJsonLdBlocks). */
export function readJsonLd(blocks: readonly unknown[]): JsonLdSource {
  const nodes: Node[] = [];
  for (const block of blocks) collect(block, nodes, 0);
  const types = new Set<string>();
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    for (const t of shortType(node['@type'])) types.add(t);
    if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  }
  const isA = (set: Set<string>) => (n: Node) => shortType(n['@type']).some((t) => set.has(t));
  const article =
    nodes.find((n) => isA(ARTICLE_TYPES)(n) && (n.headline || n.name)) ?? nodes.find(isA(ARTICLE_TYPES)) ?? nodes.find(isA(OTHER_WORKS)) ?? null;
  const page = nodes.find(isA(PAGE_TYPES)) ?? null;
  const website = nodes.find((n) => shortType(n['@type']).includes('WebSite')) ?? null;
  // Failing a publisher, the page's own Organization block (a city hall's or a company's news page declares
  // only who it is): never an organisation credited as the article's author.
  const authorNodes = new Set([article?.author, article?.creator].flat().map((a) => deref(a, byId)));
  const publisherNode =
    article?.publisher ??
    page?.publisher ??
    nodes.find((n) => shortType(n['@type']).includes('NewsMediaOrganization')) ??
    nodes.find((n) => isA(ORGANISATION_TYPES)(n) && !authorNodes.has(n));
  const authors = authorsOf(article?.author ?? article?.creator, byId);
  const isWork = article !== null && !isA(ARTICLE_TYPES)(article);
  const publisher = deref(publisherNode, byId);
  return {
    types,
    accounts: authors.accounts,
    // A person as publisher, or a publisher bearing the name of the person credited as author: one person's site.
    personalSite:
      publisher !== null &&
      (shortType(publisher['@type']).includes('Person') || authors.people.some((p) => p.toLowerCase() === nameOf(publisher, byId)?.toLowerCase())),
    candidates: {
      // A creative work's `name` is a label, not a headline a reader sees; an article's `headline` is.
      title: [known('json-ld', text(article?.headline) ?? (isWork ? null : text(article?.name)))],
      authors: [known('json-ld', authors.people), known('json-ld-organization', authors.organisations)],
      published: [
        known('json-ld', text(article?.datePublished) ?? text(article?.dateCreated)),
        known('json-ld', text(page?.datePublished)),
      ],
      modified: [known('json-ld', text(article?.dateModified)), known('json-ld', text(page?.dateModified))],
      siteName: [known('json-ld', nameOf(publisherNode, byId)), known('json-ld', text(website?.name))],
      description: [known('json-ld', text(article?.description))],
      image: [known('json-ld', urlOf(article?.image ?? article?.thumbnailUrl))],
      canonicalUrl: [known('json-ld', urlOf(article?.mainEntityOfPage) ?? text(article?.url) ?? urlOf(page?.url))],
      language: [known('json-ld', text(article?.inLanguage) ?? text(page?.inLanguage))],
    },
  };
}
