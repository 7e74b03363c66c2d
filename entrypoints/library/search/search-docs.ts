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


export function searchDocs(source: SearchSource): SearchDoc[] {
  const live = new Map(source.articles.filter((a) => a.deleted === undefined).map((a) => [a.key, a]));
  const reactions = new Map(source.reactions.map((r) => [r.articleKey, r]));
  const docs: SearchDoc[] = [];
  const articleFields = (a: ArticleRecord) => {
    const r = reactions.get(a.key);
    // The reader's corrections win, as everywhere the article is shown: search finds what the reader sees.
    const c = a.citation;
    const cited = c ? citedMetadata(a) : a;
    const title = cited.title ?? '';
    const site = cited.siteName ?? hostOf(cited.url);
    return {
      byline: cited.byline,
      articleKey: a.key,
      title,
      site,
      reaction: r?.reaction ?? null,
      // A correction also bumps updatedAt, but two writes can share a millisecond: a corrected article's
      // stamp carries the corrected words themselves (few articles have any, so stamps stay short).
      articleStamp: c ? `${a.updatedAt}|${r?.at ?? ''}|${JSON.stringify(c)}` : `${a.updatedAt}|${r?.at ?? ''}`,
    };
  };
  const fieldsByKey = new Map([...live.values()].map((a) => [a.key, articleFields(a)]));
  for (const a of live.values()) {
    const f = fieldsByKey.get(a.key)!;
    docs.push({
      id: `a:${a.key}`, kind: 'article', articleKey: a.key, text: f.byline ?? '', note: '', tags: [], speaker: '',
      title: f.title, site: f.site, color: null, status: null, reaction: f.reaction, at: a.savedAt, stamp: f.articleStamp,
    });
  }
  for (const h of source.highlights) {
    const f = fieldsByKey.get(h.articleKey);
    if (!f || h.deleted !== undefined) continue;
    docs.push({
      id: `h:${h.id}`, kind: 'highlight', articleKey: h.articleKey, text: quoteOf(h), note: h.body.note, tags: h.body.tags,
      speaker: '', title: f.title, site: f.site, color: h.body.color, status: null, reaction: f.reaction, at: h.created,
      stamp: `${h.modified}|${f.articleStamp}`,
    });
  }
  for (const c of source.claims) {
    const f = fieldsByKey.get(c.articleKey);
    if (!f) continue;
    docs.push({
      id: `c:${c.id}`, kind: 'claim', articleKey: c.articleKey, text: c.quote, note: c.note, tags: [], speaker: c.speaker,
      title: f.title, site: f.site, color: null, status: c.status, reaction: f.reaction, at: c.modified,
      stamp: `${c.modified}|${f.articleStamp}`,
    });
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
