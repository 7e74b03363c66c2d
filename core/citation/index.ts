/**
 * The reader's corrections to an article's citation (title, authors, site,
 * publication date, URL), kept apart from what the extractor found: the
 * extracted values are refreshed on every visit, the corrections are the
 * reader's and win wherever the article is shown or exported. A text field
 * the reader cleared goes back to the page's own value rather than to
 * nothing, because an empty title or URL is never what a citation means;
 * authors alone may be corrected to none (a desk or a wrongly read byline).
 */
import { bylineAuthors } from '../export/names';
import type { CitationCorrections } from './types';

export type { CitationCorrections } from './types';

export type CitationField = keyof CitationCorrections;
export const CITATION_FIELDS: readonly CitationField[] = ['title', 'authors', 'siteName', 'published', 'url'];

/** A change to the corrections: a value sets a field; null, or an empty text, gives it back to the page. */
export type CitationPatch = { [F in CitationField]?: CitationCorrections[F] | null };

/** What an article record or a page's analysis offers as its own metadata. */
export interface CitableMetadata {
  url: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  citation?: CitationCorrections | null;
}

export interface CitedMetadata {
  url: string;
  title: string | null;
  siteName: string | null;
  authors: string[];
  /** The authors joined as a byline ("A, B"), or null. */
  byline: string | null;
  published: string | null;
}

/** The metadata to show and cite: the reader's corrections over the extracted values. */
export function citedMetadata(meta: CitableMetadata, extractedAuthors?: readonly string[]): CitedMetadata {
  const c = meta.citation ?? {};
  const authors = c.authors ?? (extractedAuthors?.length ? [...extractedAuthors] : bylineAuthors(meta.byline));
  return {
    url: c.url ?? meta.url,
    title: c.title ?? meta.title,
    siteName: c.siteName ?? meta.siteName,
    authors,
    byline: c.authors ? (c.authors.length ? c.authors.join(', ') : null) : meta.byline,
    published: c.published ?? meta.published,
  };
}

/** Why a corrected value cannot be stored, in words for the reader; null when it can. */
export function citationProblem(field: CitationField, value: string | string[]): string | null {
  if (field === 'authors') {
    const names = value as string[];
    if (names.some((n) => n.length > 300)) return 'An author name is too long.';
    return names.length > 100 ? 'At most 100 authors.' : null;
  }
  const text = value as string;
  if (text.length > 2000) return 'Too long.';
  if (field === 'url') {
    try {
      const u = new URL(text);
      return u.protocol === 'http:' || u.protocol === 'https:' ? null : 'A web address starts with http:// or https://';
    } catch {
      return 'Not a web address (it starts with http:// or https://)';
    }
  }
  if (field === 'published' && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    return 'A date is written 2024-03-05';
  }
  return null;
}

/** Authors as typed in one field: separated by semicolons or new lines, so "Family, Given" stays one name. */
export function parseAuthors(typed: string): string[] {
  return typed
    .split(/[;\n]/)
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function formatAuthors(authors: readonly string[]): string {
  return authors.join('; ');
}

/** `patch` applied to `current`; cleared fields are left out, so the page's value shows again. Null when nothing is left. */
export function applyCitationPatch(current: CitationCorrections | null | undefined, patch: CitationPatch): CitationCorrections | null {
  const next: Record<string, unknown> = { ...(current ?? {}) };
  for (const field of CITATION_FIELDS) {
    if (!(field in patch)) continue;
    const value = patch[field];
    const empty = value === null || value === undefined || (!Array.isArray(value) && String(value).trim() === '');
    if (empty) delete next[field];
    else next[field] = Array.isArray(value) ? value.map((n) => n.trim()).filter(Boolean) : String(value).trim();
  }
  return Object.keys(next).length ? (next as CitationCorrections) : null;
}
