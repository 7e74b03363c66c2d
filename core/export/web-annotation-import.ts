/**
 * The import side of the Web Annotation backup, as a pure function from the file's text to a library or
 * a message saying what is wrong. Nothing is written here: the caller stores the result in one
 * transaction only when `ok` is true, so a refused file leaves the database exactly as it was.
 *
 * Reads three shapes: Newsmark's own backup (restored field by field), W3C Web Annotations from any tool
 * (an AnnotationCollection with its pages embedded, an AnnotationPage, one Annotation or a list of
 * them), and Hypothesis's export. Anything else is refused as foreign.
 */
import type { ExportLibrary } from './types';
import { ImportError, isObj, list, types, type Obj } from './import-fields';
import { readNewsmarkBackup, type ImportVocabulary } from './import-newsmark';
import { readHypothesisExport, readW3cAnnotations } from './import-foreign';
import { ANNO_CONTEXT, FORMAT_VERSION, NEWSMARK_VOCAB } from './web-annotation-vocab';

export type { ImportVocabulary } from './import-newsmark';

/**
 * 32 MiB by default, so a stray 50 MB file is refused before it is parsed on the page's thread. Measured:
 * a backup takes about 0.7 KB per highlight or claim plus each article's saved text, so the default holds
 * some 45,000 highlights and claims, not the 100,000 highlights over 10,000 articles of the library bench;
 * the caller raises `maxBytes` for its own backups of a library that large.
 */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
export const DEFAULT_MAX_ANNOTATIONS = 200_000;

export interface ImportOptions {
  maxBytes?: number;
  maxAnnotations?: number;
  /** The values Newsmark knows; a backup using others is refused. Omit a list to accept any text. */
  vocabulary?: ImportVocabulary;
  /** Colour of highlights from tools that have none. */
  defaultColor?: string;
  /** Times for annotations that carry none (ms since epoch). */
  now: number;
}

export type ImportFormat = 'newsmark' | 'w3c' | 'hypothesis';

export type ImportResult =
  | { ok: true; format: ImportFormat; library: ExportLibrary; warnings: string[] }
  | { ok: false; error: string };

const megabytes = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;

/** UTF-8 size without encoding the whole text when the answer is clear from its length. */
function utf8Size(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

function contexts(root: Obj): unknown[] {
  return list(root['@context']);
}

function isNewsmark(root: Obj): boolean {
  return contexts(root).some((c) => isObj(c) && c.newsmark === NEWSMARK_VOCAB) || 'newsmark:formatVersion' in root;
}

/** The annotations of a collection whose pages are embedded (a linked page cannot be followed from a file). */
function collectionItems(root: Obj): unknown[] {
  const items: unknown[] = [];
  let page = root.first;
  for (let n = 0; page !== undefined && page !== null; n++) {
    if (!isObj(page)) {
      throw new ImportError('the collection links to its pages instead of including them: export it with its annotations embedded');
    }
    if (!Array.isArray(page.items)) throw new ImportError(`page ${n + 1} of the collection has no "items" list`);
    items.push(...page.items);
    page = page.next;
  }
  if (Array.isArray(root.items)) items.push(...root.items);
  return items;
}

function describe(x: unknown): string {
  if (Array.isArray(x)) return 'a list of something else';
  if (isObj(x)) return 'an object of another kind';
  return `a single ${x === null ? 'null' : typeof x}`;
}

export function parseWebAnnotationImport(text: string, options: ImportOptions): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxAnnotations = options.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
  const size = utf8Size(text, maxBytes);
  if (size > maxBytes) {
    return { ok: false, error: `The file is too large (${megabytes(size)}; at most ${megabytes(maxBytes)} can be imported).` };
  }
  if (!text.trim()) return { ok: false, error: 'The file is empty.' };
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON, perhaps cut short (${(e as Error).message}).` };
  }
  const color = options.defaultColor ?? 'yellow';
  try {
    let format: ImportFormat;
    let items: unknown[];
    if (isObj(root) && Array.isArray(root.annotations) && !types(root).length) {
      format = 'hypothesis';
      items = root.annotations;
    } else if (Array.isArray(root)) {
      format = 'w3c';
      items = root;
    } else if (isObj(root) && types(root).includes('AnnotationCollection')) {
      format = isNewsmark(root) ? 'newsmark' : 'w3c';
      items = collectionItems(root);
    } else if (isObj(root) && types(root).includes('AnnotationPage')) {
      format = 'w3c';
      items = collectionItems({ first: root });
    } else if (isObj(root) && types(root).includes('Annotation')) {
      format = 'w3c';
      items = [root];
    } else {
      return {
        ok: false,
        error: `This is not an annotation file: expected a Newsmark backup, W3C Web Annotations or a Hypothesis export, found ${describe(root)}.`,
      };
    }
    if (format !== 'newsmark' && isObj(root) && contexts(root).length && !contexts(root).some((c) => c === ANNO_CONTEXT || c === ANNO_CONTEXT.replace('http:', 'https:'))) {
      return { ok: false, error: `This file uses another vocabulary (@context ${JSON.stringify(root['@context']).slice(0, 80)}), not W3C Web Annotation.` };
    }
    if (items.length > maxAnnotations) {
      return { ok: false, error: `The file holds ${items.length} annotations; at most ${maxAnnotations} can be imported at once.` };
    }
    if (format === 'newsmark') {
      const version = (root as Obj)['newsmark:formatVersion'];
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
        return { ok: false, error: 'The file says it is a Newsmark backup but has no valid "newsmark:formatVersion".' };
      }
      if (version > FORMAT_VERSION) {
        return { ok: false, error: `The backup was made by a newer Newsmark (format ${version}; this one reads up to ${FORMAT_VERSION}). Update Newsmark, then import it.` };
      }
      return { ok: true, format, library: readNewsmarkBackup(root as Obj, items, options.vocabulary ?? {}), warnings: [] };
    }
    if (format === 'hypothesis') {
      const { library, skipped } = readHypothesisExport(items, color, options.now);
      const warnings = skipped ? [`${skipped} replies or page notes were not imported: they mark no text on the page.`] : [];
      return { ok: true, format, library, warnings };
    }
    return { ok: true, format, library: readW3cAnnotations(items, color, options.now), warnings: [] };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: `Nothing was imported. In the file, ${e.message}.` };
    throw e;
  }
}
