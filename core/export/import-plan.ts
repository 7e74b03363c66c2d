/**
 * What importing a file would change, worked out before anything is written, so the library can show
 * it ("12 new highlights, 3 already here, 2 edited here since the backup: kept yours") and store the
 * result in one transaction.
 *
 * Records are matched by id (articles by key), so importing the same file twice adds nothing. A record
 * the file and the library both have is taken from the file only when the file's copy is newer; when the
 * library's copy was edited after the file's, the library's is kept and the record is listed as a
 * conflict, so an import never silently overwrites newer work.
 */
import type { ExportArticle, ExportClaim, ExportCollection, ExportCorrection, ExportHighlight, ExportLibrary } from './types';

export interface ImportCounts {
  added: number;
  /** Same record, same content. */
  unchanged: number;
  /** The file's copy is newer and replaces the library's. */
  updated: number;
  /** The library's copy is newer than the file's: kept. */
  keptLocal: number;
}

export interface ConflictNote {
  kind: 'article' | 'highlight' | 'claim' | 'collection' | 'correction';
  id: string;
}

export interface ImportPlan {
  /** The library after the import: what the caller writes. */
  result: ExportLibrary;
  counts: Record<ConflictNote['kind'], ImportCounts>;
  conflicts: ConflictNote[];
}

const zero = (): ImportCounts => ({ added: 0, unchanged: 0, updated: 0, keptLocal: 0 });

/** Structural equality of plain JSON-like records (what export records are). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type Stamped = { modified: number | null };

function mergeList<T>(
  local: readonly T[],
  incoming: readonly T[],
  idOf: (x: T) => string,
  timeOf: (x: T) => number,
  kind: ConflictNote['kind'],
  plan: ImportPlan,
): T[] {
  const counts = plan.counts[kind];
  const byId = new Map(local.map((x) => [idOf(x), x]));
  const out = [...local];
  const index = new Map(local.map((x, i) => [idOf(x), i]));
  for (const x of incoming) {
    const id = idOf(x);
    const mine = byId.get(id);
    if (mine === undefined) {
      counts.added++;
      index.set(id, out.length);
      byId.set(id, x);
      out.push(x);
    } else if (same(mine, x)) counts.unchanged++;
    else if (timeOf(x) > timeOf(mine)) {
      counts.updated++;
      out[index.get(id)!] = x;
    } else {
      counts.keptLocal++;
      plan.conflicts.push({ kind, id });
    }
  }
  return out;
}

const stamp = (x: Stamped) => x.modified ?? -Infinity;

/** The article's own fields (without its highlights and claims) decide by `updatedAt`. */
function mergeArticle(mine: ExportArticle | undefined, theirs: ExportArticle, plan: ImportPlan): ExportArticle {
  const highlights = mergeList<ExportHighlight>(mine?.highlights ?? [], theirs.highlights, (h) => h.id, (h) => h.modified, 'highlight', plan);
  const claims = mergeList<ExportClaim>(mine?.claims ?? [], theirs.claims, (c) => c.id, stamp, 'claim', plan);
  // A correction is one per article, kind and target (its stored id), like a claim's verdict by id.
  // Left out when neither side has the list (a file from before corrections), so such an import gives the file back as it was.
  const corrections = mine?.corrections || theirs.corrections
    ? { corrections: mergeList<ExportCorrection>(mine?.corrections ?? [], theirs.corrections ?? [], (c) => `${c.kind}#${c.target}`, (c) => c.modified, 'correction', plan) }
    : {};
  const counts = plan.counts.article;
  if (!mine) {
    counts.added++;
    return { ...theirs, highlights, claims, ...corrections };
  }
  const own = (a: ExportArticle) => ({ ...a, highlights: [], claims: [], corrections: [] });
  let base = mine;
  if (same(own(mine), own(theirs))) counts.unchanged++;
  else if (theirs.updatedAt > mine.updatedAt) {
    counts.updated++;
    base = theirs;
  } else {
    counts.keptLocal++;
    plan.conflicts.push({ kind: 'article', id: mine.key });
  }
  // Collections and URLs are sets: an article keeps every one either side knows.
  const collections = [...new Set([...base.collections, ...mine.collections, ...theirs.collections])];
  const urls = [...new Set([...base.urls, ...mine.urls, ...theirs.urls])];
  return { ...base, urls, collections, highlights, claims, ...corrections };
}

export function planImport(local: ExportLibrary, incoming: ExportLibrary): ImportPlan {
  const plan: ImportPlan = {
    result: { articles: [], collections: [] },
    counts: { article: zero(), highlight: zero(), claim: zero(), collection: zero(), correction: zero() },
    conflicts: [],
  };
  plan.result.collections = mergeList<ExportCollection>(local.collections, incoming.collections, (c) => c.id, (c) => c.modified ?? c.created, 'collection', plan);
  const byKey = new Map(local.articles.map((a) => [a.key, a]));
  const merged = new Map(local.articles.map((a) => [a.key, a]));
  for (const theirs of incoming.articles) merged.set(theirs.key, mergeArticle(byKey.get(theirs.key), theirs, plan));
  plan.result.articles = [...merged.values()];
  return plan;
}
