/**
 * The lossless backup: the library as a W3C Web Annotation `AnnotationCollection`.
 *
 * Highlights and marked claims are Annotations any Web Annotation tool can read (TextQuoteSelector and
 * TextPositionSelector targets; notes, tags and verdicts as TextualBody with purposes commenting,
 * tagging and assessing). What the standard has no words for (article metadata and text, speakers,
 * claim speakers, colours, reactions, collections, the trash) is under Newsmark's own namespace, so
 * `parseWebAnnotationImport` restores every field. Times are ISO 8601 with milliseconds, which give back
 * the exact stored numbers.
 */
import type { TextSelector } from '../anchoring/types';
import type { ExportArticle, ExportClaim, ExportCorrection, ExportHighlight, ExportLibrary } from './types';
import { isoTime } from './dates';
import { FORMAT_VERSION, NEWSMARK_CONTEXT, claimIri, highlightIri } from './web-annotation-vocab';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface WebAnnotationOptions {
  /** When the export is made (ms since epoch). */
  exportedAt: number;
  /** What was exported, for people reading the file: "Whole library", a collection's name, a search. */
  label?: string;
}

function iso(ms: number): string {
  const s = isoTime(ms);
  if (s === null) throw new RangeError(`not a valid time: ${ms}`);
  return s;
}

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

function selectorJson(s: TextSelector): JsonObject {
  return s.type === 'TextQuoteSelector'
    ? { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix }
    : { type: s.type, start: s.start, end: s.end };
}

const textBody = (purpose: string, value: string): JsonObject => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });

function highlightAnnotation(article: ExportArticle, h: ExportHighlight): JsonObject {
  const body: JsonObject[] = [];
  if (h.note !== '') body.push(textBody('commenting', h.note));
  for (const tag of h.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const a: JsonObject = {
    id: highlightIri(h.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: iso(h.created),
    modified: iso(h.modified),
  };
  if (body.length) a.body = body;
  a.target = { source: h.url, selector: h.selectors.map(selectorJson) };
  a['newsmark:article'] = article.key;
  a['newsmark:color'] = h.color;
  if (h.deleted !== null) a['newsmark:deleted'] = iso(h.deleted);
  return a;
}

function claimAnnotation(article: ExportArticle, c: ExportClaim): JsonObject {
  const body: JsonObject[] = [];
  if (c.status !== null) body.push({ type: 'TextualBody', purpose: 'assessing', value: c.status });
  if (c.note !== '') body.push(textBody('commenting', c.note));
  // A claim the user never marked is still kept (it is part of the saved analysis), as an annotation
  // that only identifies the words.
  const a: JsonObject = { id: claimIri(c.id), type: 'Annotation', motivation: c.status === null ? 'identifying' : 'assessing' };
  if (c.modified !== null) a.modified = iso(c.modified);
  if (body.length) a.body = body;
  // A claim stored without selectors targets the whole page: it is found again by its text.
  a.target = c.selectors.length ? { source: article.url, selector: c.selectors.map(selectorJson) } : { source: article.url };
  a['newsmark:article'] = article.key;
  a['newsmark:claim'] = { text: c.text, speaker: c.speaker };
  return a;
}

/** A correction as stored, with ISO times; the reader checks it field by field (import-corrections.ts). */
function correctionJson(c: ExportCorrection): JsonObject {
  const out: JsonObject = { kind: c.kind, target: c.target };
  if (c.kind === 'dismiss') out.quote = c.quote;
  else if (c.kind === 'speaker') Object.assign(out, { quote: c.quote, speaker: c.speaker });
  else if (c.kind === 'rename') Object.assign(out, { from: c.from, to: c.to });
  else if (c.kind === 'merge') Object.assign(out, { from: c.from, into: c.into });
  else Object.assign(out, { quote: c.quote, speaker: c.speaker, selector: c.selector.map(selectorJson) });
  out.created = iso(c.created);
  out.modified = iso(c.modified);
  return out;
}

function snapshotJson(s: NonNullable<ExportArticle['snapshot']>): JsonObject {
  return {
    url: s.url,
    takenAt: iso(s.takenAt),
    textLength: s.textLength,
    language: s.language,
    speakers: s.speakers.map((p) => ({ id: p.id, name: p.name, kind: p.kind, role: p.role, mentions: p.mentions })),
    claims: s.claims.map((c) => ({
      id: c.id, speakerId: c.speakerId, speaker: c.speaker, text: c.text, kind: c.kind, cue: c.cue, confidence: c.confidence,
      selectors: c.selectors.map(selectorJson),
    })),
    claimsTotal: s.claimsTotal,
  };
}

function articleJson(a: ExportArticle): JsonObject {
  return {
    key: a.key,
    url: a.url,
    urls: a.urls,
    title: a.title,
    siteName: a.siteName,
    byline: a.byline,
    authors: a.authors,
    published: a.published,
    text: a.text,
    savedAt: iso(a.savedAt),
    updatedAt: iso(a.updatedAt),
    reaction: a.reaction && { value: a.reaction.value, at: iso(a.reaction.at) },
    collections: a.collections,
    speakers: a.speakers.map((s) => ({ name: s.name, kind: s.kind, role: s.role })),
    deleted: isoOrNull(a.deleted),
    ...(a.citation ? { citation: a.citation as unknown as JsonObject } : {}),
    // The corrections themselves, not their result, so the backup loses neither the analysis nor the reader's changes.
    ...(a.corrections?.length ? { corrections: a.corrections.map(correctionJson) } : {}),
    // The analysis as saved (its text is `text` above): speakers and every claim with its selectors.
    ...(a.snapshot ? { snapshot: snapshotJson(a.snapshot) } : {}),
  };
}

export function toWebAnnotation(library: ExportLibrary, options: WebAnnotationOptions): JsonObject {
  const items = library.articles.flatMap((a) => [
    ...a.highlights.map((h) => highlightAnnotation(a, h)),
    ...a.claims.map((c) => claimAnnotation(a, c)),
  ]);
  const generated = iso(options.exportedAt);
  return {
    '@context': NEWSMARK_CONTEXT as unknown as Json,
    id: `urn:x-newsmark:export:${generated}`,
    type: 'AnnotationCollection',
    label: options.label ?? 'Newsmark library',
    generator: { id: 'urn:x-newsmark:app', type: 'Software', name: 'Newsmark' },
    generated,
    total: items.length,
    'newsmark:formatVersion': FORMAT_VERSION,
    'newsmark:articles': library.articles.map(articleJson),
    'newsmark:collections': library.collections.map((c) => ({
      id: c.id, name: c.name, created: iso(c.created), ...(c.modified !== undefined ? { modified: iso(c.modified) } : {}),
    })),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The file's text. Compact: a backup of a large library is tens of megabytes, and indentation adds a third. */
export function toWebAnnotationJson(library: ExportLibrary, options: WebAnnotationOptions): string {
  return JSON.stringify(toWebAnnotation(library, options));
}
