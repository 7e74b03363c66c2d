/**
 * Annotations from other tools: W3C Web Annotations (any tool that publishes them) and Hypothesis's own
 * export (its API shape: `annotations` with `target[].selector`, `text`, `tags`, `uri`). Both use the
 * same text quote and position selectors Newsmark anchors with, so their highlights attach when the page
 * is opened.
 *
 * Each page becomes an article keyed the way Newsmark keys articles, so imported highlights meet the
 * ones made in Newsmark on the same article. Other tools have no colours; imported highlights take the
 * given default colour. Ids are kept (or, when a tool gives none, derived from the content), so
 * importing the same file twice finds the same records instead of adding copies.
 */
import { articleKey } from '../article-key';
import type { ExportArticle, ExportHighlight, ExportLibrary } from './types';
import { fail, isObj, list, obj, types, type Obj } from './import-fields';
import { targetSelectors } from './import-selectors';
import { recordId } from './web-annotation-vocab';

interface ForeignAnnotation {
  id: string;
  source: string;
  title: string | null;
  highlight: Omit<ExportHighlight, 'color' | 'url'>;
}

/** 64-bit FNV-1a as hex: a stable id for an annotation that came without one. */
function contentId(value: unknown): string {
  let h = 0xcbf29ce484222325n;
  for (const ch of JSON.stringify(value) ?? '') {
    h ^= BigInt(ch.codePointAt(0)!);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `urn:x-newsmark:imported:${h.toString(16).padStart(16, '0')}`;
}

function optionalTime(o: Obj, keys: string[], fallback: number): number {
  for (const k of keys) {
    const ms = typeof o[k] === 'string' ? Date.parse(o[k] as string) : NaN;
    if (Number.isFinite(ms)) return ms;
  }
  return fallback;
}

/** A W3C annotation: notes are TextualBody items commenting (or with no purpose), tags are tagging ones. */
function readW3c(a: Obj, i: number, now: number): ForeignAnnotation {
  const iri = typeof a.id === 'string' && a.id.trim() ? a.id : contentId(a);
  const where = `annotation ${i + 1}${typeof a.id === 'string' ? ` (${a.id})` : ''}`;
  if (!types(a).includes('Annotation')) fail(where, 'is not of type "Annotation"');
  const { source, selectors } = targetSelectors(a.target, where, { requireQuote: true });
  const notes: string[] = typeof a.bodyValue === 'string' ? [a.bodyValue] : [];
  const tags: string[] = [];
  for (const b of list(a.body)) {
    if (!isObj(b) || typeof b.value !== 'string') continue;
    if (b.purpose === 'tagging') tags.push(b.value);
    else if (b.purpose === undefined || b.purpose === 'commenting' || b.purpose === 'describing') notes.push(b.value);
  }
  const created = optionalTime(a, ['created'], now);
  return {
    id: recordId(iri),
    source,
    title: null,
    highlight: { id: recordId(iri), selectors, note: notes.join('\n\n'), tags, created, modified: optionalTime(a, ['modified'], created), deleted: null },
  };
}

/** One Hypothesis annotation, or null for a reply or page note (nothing to highlight). */
function readHypothesis(a: Obj, i: number, now: number): ForeignAnnotation | null {
  const where = `annotation ${i + 1}${typeof a.id === 'string' ? ` (${a.id})` : ''}`;
  if (list(a.references).length > 0) return null;
  const target = list(a.target)[0];
  if (!isObj(target) || list(target.selector).length === 0) return null;
  const { source, selectors } = targetSelectors({ ...target, source: target.source ?? a.uri }, where, { requireQuote: true });
  const tags = list(a.tags).filter((t): t is string => typeof t === 'string');
  const id = typeof a.id === 'string' && a.id.trim() ? `urn:x-hypothesis:${a.id}` : contentId(a);
  const created = optionalTime(a, ['created'], now);
  const title = isObj(a.document) ? list(a.document.title).find((t): t is string => typeof t === 'string') ?? null : null;
  return {
    id,
    source,
    title,
    highlight: { id, selectors, note: typeof a.text === 'string' ? a.text : '', tags, created, modified: optionalTime(a, ['updated', 'modified'], created), deleted: null },
  };
}

function group(found: ForeignAnnotation[], color: string): ExportLibrary {
  const byKey = new Map<string, ExportArticle>();
  for (const f of found) {
    // Only the source URL is known (no page, so no canonical link to weigh): the same-site test is never asked.
    const key = articleKey(null, f.source, () => false);
    let article = byKey.get(key);
    if (!article) {
      article = {
        key, url: f.source, urls: [], title: f.title, siteName: null, byline: null, authors: [], published: null, text: null,
        savedAt: f.highlight.created, updatedAt: f.highlight.modified, reaction: null, collections: [], speakers: [],
        highlights: [], claims: [], deleted: null,
      };
      byKey.set(key, article);
    }
    if (!article.urls.includes(f.source)) article.urls.push(f.source);
    article.title ??= f.title;
    article.savedAt = Math.min(article.savedAt, f.highlight.created);
    article.updatedAt = Math.max(article.updatedAt, f.highlight.modified);
    article.highlights.push({ ...f.highlight, url: f.source, color });
  }
  return { articles: [...byKey.values()], collections: [] };
}

function noDuplicates(found: ForeignAnnotation[]) {
  const seen = new Set<string>();
  for (const f of found) {
    if (seen.has(f.id)) fail(`annotation ${f.id}`, 'appears twice');
    seen.add(f.id);
  }
}

export function readW3cAnnotations(items: unknown[], color: string, now: number): ExportLibrary {
  const found = items.map((x, i) => readW3c(obj(x, `annotation ${i + 1}`), i, now));
  noDuplicates(found);
  return group(found, color);
}

export function readHypothesisExport(items: unknown[], color: string, now: number): { library: ExportLibrary; skipped: number } {
  const found: ForeignAnnotation[] = [];
  let skipped = 0;
  items.forEach((x, i) => {
    const f = readHypothesis(obj(x, `annotation ${i + 1}`), i, now);
    if (f) found.push(f);
    else skipped++;
  });
  noDuplicates(found);
  return { library: group(found, color), skipped };
}
