/**
 * Metadata in two steps: every source of the page (JSON-LD, OpenGraph and
 * other meta tags, Highwire and Dublin Core, the visible page) offers
 * candidates for each field, each saying where it came from; then one
 * declared precedence table per field (choose.ts) picks the first valid one.
 * A source that offers nothing, or something invalid, simply lets the next
 * one speak: no source can end the chain.
 *
 * Candidates are read lazily: a source whose value costs a walk of the page
 * (the visible byline, a dateline) pays it only when the sources before it in
 * the table gave nothing valid.
 */

/**
 * Where a value came from, as the popup's citation block can show it:
 * "json-ld", "open-graph", "twitter", "highwire", "dublin-core", "meta",
 * "h1", "byline", "time", "dateline", "title-tag", "host", "microdata".
 */
export type SourceName =
  | 'json-ld'
  | 'json-ld-organization'
  | 'open-graph'
  | 'twitter'
  | 'highwire'
  | 'dublin-core'
  | 'meta'
  | 'microdata'
  | 'h1'
  | 'byline'
  | 'time'
  | 'dateline'
  | 'title-tag'
  | 'host'
  | 'link'
  | 'html-lang'
  | 'page-data'
  | 'url';

export interface Candidate<T> {
  source: SourceName;
  /** The value, read on first use; null when the source has none. */
  read(): T | null;
}

export interface FieldCandidates {
  title: Candidate<string>[];
  authors: Candidate<string[]>[];
  published: Candidate<string>[];
  modified: Candidate<string>[];
  siteName: Candidate<string>[];
  description: Candidate<string>[];
  image: Candidate<string>[];
  canonicalUrl: Candidate<string>[];
  language: Candidate<string>[];
}

export type Field = keyof FieldCandidates;

export function emptyCandidates(): FieldCandidates {
  return { title: [], authors: [], published: [], modified: [], siteName: [], description: [], image: [], canonicalUrl: [], language: [] };
}

/** A candidate whose value is already known (null or empty: the source has none). */
export function known<T>(source: SourceName, value: T | null | undefined): Candidate<T> {
  const v = value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;
  return { source, read: () => v };
}

/** A candidate computed on first use, at most once. */
export function later<T>(source: SourceName, compute: () => T | null): Candidate<T> {
  let done = false;
  let value: T | null = null;
  return {
    source,
    read: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  };
}

/** Adds each source's candidates to one set, keeping every source's own order. */
export function mergeCandidates(...parts: Partial<FieldCandidates>[]): FieldCandidates {
  const out = emptyCandidates();
  for (const part of parts) {
    for (const key of Object.keys(part) as Field[]) {
      (out[key] as Candidate<unknown>[]).push(...((part[key] ?? []) as Candidate<unknown>[]));
    }
  }
  return out;
}
