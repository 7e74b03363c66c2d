/**
 * schema.org JSON-LD, the richest metadata most news pages carry. Publishers
 * nest it every which way (top-level arrays, `@graph`, `mainEntity`, authors
 * given by `@id` reference, types as arrays or full IRIs), so the blocks are
 * flattened into one list of typed nodes before anything is read.
 */

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  authors: string[];
  publisher: string | null;
  published: string | null;
  modified: string | null;
  description: string | null;
  image: string | null;
  url: string | null;
  language: string | null;
}

export interface JsonLdInfo {
  article: JsonLdArticle | null;
  /** Every `@type` seen, short form ("NewsArticle", "CollectionPage"). */
  types: Set<string>;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReviewNewsArticle',
  'BackgroundNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'AdvertiserContentArticle', 'BlogPosting',
  'LiveBlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting', 'TechArticle', 'ScholarlyArticle',
  'MedicalScholarlyArticle', 'Report',
]);

function shortType(t: unknown): string[] {
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    out.push(item.replace(/^.*[/#:]/, ''));
  }
  return out;
}

function parseBlock(raw: string): unknown {
  const cleaned = raw
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .trim();
  if (!cleaned) return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    // Raw line breaks inside strings are the usual breakage; as whitespace they are harmless.
    try {
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
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
  return null;
}

function nameOf(value: unknown, byId: Map<string, Node>): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    let node = value as Node;
    if (!node.name && typeof node['@id'] === 'string' && byId.has(node['@id'])) node = byId.get(node['@id'])!;
    return text(node.name);
  }
  return null;
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

function authorsOf(value: unknown, byId: Map<string, Node>): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  const people: string[] = [];
  const organisations: string[] = [];
  for (const item of list) {
    const name = nameOf(item, byId);
    if (!name) continue;
    let node = item as Node;
    if (node && typeof node === 'object' && typeof node['@id'] === 'string' && byId.has(node['@id'])) node = byId.get(node['@id'])!;
    const types = node && typeof node === 'object' ? shortType(node['@type']) : [];
    if (types.includes('Organization') || types.includes('NewsMediaOrganization')) organisations.push(name);
    else people.push(name);
  }
  // An organisation stands as the author only when no person is named.
  return people.length > 0 ? people : organisations;
}

export function readJsonLd(blocks: readonly string[]): JsonLdInfo {
  const nodes: Node[] = [];
  for (const block of blocks) collect(parseBlock(block), nodes, 0);
  const types = new Set<string>();
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    for (const t of shortType(node['@type'])) types.add(t);
    if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  }
  const articleNode =
    nodes.find((n) => shortType(n['@type']).some((t) => ARTICLE_TYPES.has(t)) && (n.headline || n.name)) ??
    nodes.find((n) => shortType(n['@type']).some((t) => ARTICLE_TYPES.has(t))) ??
    null;
  if (!articleNode) return { article: null, types };
  const publisher = articleNode.publisher ?? nodes.find((n) => n['@type'] === 'NewsMediaOrganization');
  const page = nodes.find((n) => shortType(n['@type']).includes('WebPage'));
  return {
    types,
    article: {
      type: shortType(articleNode['@type']).find((t) => ARTICLE_TYPES.has(t)) ?? 'Article',
      headline: text(articleNode.headline) ?? text(articleNode.name),
      authors: authorsOf(articleNode.author ?? articleNode.creator, byId),
      publisher: nameOf(publisher, byId),
      published: text(articleNode.datePublished) ?? text(articleNode.dateCreated),
      modified: text(articleNode.dateModified),
      description: text(articleNode.description),
      image: urlOf(articleNode.image ?? articleNode.thumbnailUrl),
      url: urlOf(articleNode.mainEntityOfPage) ?? text(articleNode.url) ?? urlOf(page?.url),
      language: text(articleNode.inLanguage) ?? text(page?.inLanguage),
    },
  };
}
