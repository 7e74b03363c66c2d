import type { Candidate, FieldCandidates, SourceName } from './candidates';

/**
 * One declared precedence per field: the sources in the order they are
 * trusted for that field. The chooser walks the table, reads each source's
 * candidates, and keeps the first value its field's check accepts; a source
 * with nothing, or with a value the check rejects, passes the turn to the
 * next. The winner says where it came from.
 *
 * Why these orders:
 * - title: what the reader sees and cites is the story's `<h1>`; the declared
 *   headlines are written for search and social cards (and JSON-LD's may be
 *   cut at 110 characters), so they stand in only when the page shows none.
 * - authors: people named in structured data, then in author tags, then the
 *   visible byline; an organisation credited in JSON-LD comes last (it is
 *   often the publisher itself, which the check rejects).
 * - published: machine-written dates first (they carry time and offset),
 *   then the page's `<time>`, then a dateline read from its text, then the
 *   data the page keeps for its scripts (client-rendered pages show no date).
 * - site name: the publisher declared in JSON-LD, then og:site_name and the
 *   app names, then the window title's suffix, then the host.
 */
export const PRECEDENCE: { readonly [F in keyof FieldCandidates]: readonly SourceName[] } = {
  title: ['h1', 'json-ld', 'dublin-core', 'open-graph', 'twitter', 'highwire', 'meta', 'title-tag'],
  authors: ['json-ld', 'highwire', 'dublin-core', 'meta', 'open-graph', 'byline', 'twitter', 'json-ld-organization'],
  published: ['json-ld', 'open-graph', 'highwire', 'dublin-core', 'meta', 'microdata', 'time', 'dateline', 'page-data', 'title-tag', 'url'],
  modified: ['json-ld', 'open-graph', 'dublin-core', 'meta', 'microdata'],
  siteName: ['json-ld', 'open-graph', 'meta', 'twitter', 'dublin-core', 'highwire', 'title-tag', 'host'],
  description: ['json-ld', 'dublin-core', 'open-graph', 'meta', 'twitter', 'highwire'],
  image: ['json-ld', 'open-graph', 'twitter', 'link'],
  canonicalUrl: ['link', 'open-graph', 'json-ld'],
  language: ['html-lang', 'meta', 'open-graph', 'dublin-core', 'json-ld'],
};

export interface Choice<T> {
  value: T;
  source: SourceName;
}

/**
 * The first candidate, in `order`, that `accept` turns into a value (null
 * rejects it). Candidates of sources missing from `order` are never read.
 */
export function choose<T, R>(
  candidates: readonly Candidate<T>[],
  order: readonly SourceName[],
  accept: (value: T, source: SourceName) => R | null,
): Choice<R> | null {
  for (const source of order) {
    for (const c of candidates) {
      if (c.source !== source) continue;
      const raw = c.read();
      if (raw === null) continue;
      const value = accept(raw, source);
      if (value !== null) return { value, source };
    }
  }
  return null;
}
