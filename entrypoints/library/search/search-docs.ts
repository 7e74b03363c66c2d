/**
 * What the library's search looks through: one document per live highlight and per marked claim,
 * each carrying its article's title and site (so "harbour Varga" finds Varga's claim in the harbour
 * story), and one per article (so an article is found by its title before anything in it is).
 * Built from the database snapshot; items in the Trash are left out.
 */
import type { ArticleRecord, ClaimStatusRecord, HighlightRecord, ReactionRecord } from '../../../model';
import { quoteOf } from '../quote';
import { citedMetadata } from '../../../core/citation';

export type SearchKind = 'highlight' | 'claim' | 'article';

export interface SearchDoc {
  /** 'h:<id>', 'c:<id>' or 'a:<article key>'. */
  id: string;
  kind: SearchKind;
  articleKey: string;
  /** The highlight's quote, the claim's words, or nothing for an article. */
  text: string;
  note: string;
  tags: string[];
  speaker: string;
  title: string;
  site: string;
  color: string | null;
  status: string | null;
  reaction: string | null;
  /** When the item was made (articles: saved), for ordering results without a query. */
  at: number;
  /** Changes whenever anything the document holds changes: the index re-reads only those. */
  stamp: string;
}

export interface SearchSource {
  articles: readonly ArticleRecord[];
  highlights: readonly HighlightRecord[];
  claims: readonly ClaimStatusRecord[];
  reactions: readonly ReactionRecord[];
}


/** What every document of one article carries: its title and site as the reader sees them, its reaction. */
export interface ArticleFields {
  byline: string | null;
  articleKey: string;
  title: string;
  site: string;
  reaction: string | null;
  articleStamp: string;
}

export function articleFields(a: ArticleRecord, r: ReactionRecord | undefined): ArticleFields {
  // The reader's corrections win, as everywhere the article is shown: search finds what the reader sees.
  const c = a.citation;
  const cited = c ? citedMetadata(a) : a;
  return {
    byline: cited.byline,
    articleKey: a.key,
    title: cited.title ?? '',
    site: cited.siteName ?? hostOf(cited.url),
    reaction: r?.reaction ?? null,
    // A correction also bumps updatedAt, but two writes can share a millisecond: a corrected article's
    // stamp carries the corrected words themselves (few articles have any, so stamps stay short).
    articleStamp: c ? `${a.updatedAt}|${r?.at ?? ''}|${JSON.stringify(c)}` : `${a.updatedAt}|${r?.at ?? ''}`,
  };
}

export function articleDoc(a: ArticleRecord, f: ArticleFields): SearchDoc {
  return {
    id: `a:${a.key}`, kind: 'article', articleKey: a.key, text: f.byline ?? '', note: '', tags: [], speaker: '',
    title: f.title, site: f.site, color: null, status: null, reaction: f.reaction, at: a.savedAt, stamp: f.articleStamp,
  };
}

/** The highlight's document, or null when it is in the Trash. */
export function highlightDoc(h: HighlightRecord, f: ArticleFields): SearchDoc | null {
  if (h.deleted !== undefined) return null;
  return {
    id: `h:${h.id}`, kind: 'highlight', articleKey: h.articleKey, text: quoteOf(h), note: h.body.note, tags: h.body.tags,
    speaker: '', title: f.title, site: f.site, color: h.body.color, status: null, reaction: f.reaction, at: h.created,
    stamp: `${h.modified}|${f.articleStamp}`,
  };
}

export function claimDoc(c: ClaimStatusRecord, f: ArticleFields): SearchDoc {
  return {
    id: `c:${c.id}`, kind: 'claim', articleKey: c.articleKey, text: c.quote, note: c.note, tags: [], speaker: c.speaker,
    title: f.title, site: f.site, color: null, status: c.status, reaction: f.reaction, at: c.modified,
    stamp: `${c.modified}|${f.articleStamp}`,
  };
}

/** Every document of the library at once (opening the Search view; search-mirror.ts keeps them up to date). */
export function searchDocs(source: SearchSource): SearchDoc[] {
  const reactions = new Map(source.reactions.map((r) => [r.articleKey, r]));
  const docs: SearchDoc[] = [];
  const fieldsByKey = new Map<string, ArticleFields>();
  for (const a of source.articles) {
    if (a.deleted !== undefined) continue;
    const f = articleFields(a, reactions.get(a.key));
    fieldsByKey.set(a.key, f);
    docs.push(articleDoc(a, f));
  }
  for (const h of source.highlights) {
    const f = fieldsByKey.get(h.articleKey);
    const doc = f ? highlightDoc(h, f) : null;
    if (doc) docs.push(doc);
  }
  for (const c of source.claims) {
    const f = fieldsByKey.get(c.articleKey);
    if (f) docs.push(claimDoc(c, f));
  }
  return docs;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
