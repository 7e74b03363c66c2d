import { parseByline, uninvertName } from './byline-names';
import { known, type Candidate, type FieldCandidates, type SourceName } from './candidates';
import { allMeta, firstMeta, type MetaTags } from './meta-tags';

/**
 * Candidates from `<meta>` tags, one family of vocabulary at a time (the
 * families are declared by the sources: source-open-graph.ts,
 * source-highwire-dc.ts). Within a family the keys are tried in the order
 * given; across families the choice (choose.ts) decides.
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

export interface Family {
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


/** Candidates from the tags of the given families, in their order. */
export function metaTagCandidates(tags: MetaTags, families: readonly Family[]): Partial<FieldCandidates> {
  const out: Partial<FieldCandidates> = {};
  const push = <K extends keyof FieldCandidates>(field: K, c: FieldCandidates[K][number]): void => {
    ((out[field] ??= []) as Candidate<unknown>[]).push(c as Candidate<unknown>);
  };
  for (const f of families) {
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
