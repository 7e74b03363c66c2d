/**
 * Importing a library (a Newsmark backup or W3C annotations, parsed by core/export): every record is
 * checked against the vocabulary first, then merged with what is stored (core/export/import-plan: matched
 * by id, so importing the same file twice adds nothing; a newer local edit is kept and counted as a
 * conflict) and written in one transaction, so a refused or failed import leaves the database as it was.
 */
import type { NewsmarkDB } from './db';
import { InvalidRecordError, guardWrite } from './errors';
import { checkColor, checkSelectors, isClaimStatus, isReaction, normalizeTags } from './validate';
import { toExportLibrary } from './library-snapshot';
import { checkCitationPatch } from './citation';
import { checkCorrection, correctionId } from './corrections-validate';
import { checkSnapshotRecord } from './snapshots';
import { applyCitationPatch } from '../core/citation';
import type {
  ArticleRecord, ArticleSnapshotRecord, ClaimStatusRecord, CollectionItemRecord, CollectionRecord, CorrectionRecord, HighlightRecord,
  ReactionRecord,
} from '../model';
import { checkCollectionName } from './collections';
import type { ExportArticle, ExportLibrary } from '../core/export/types';
import { planImport } from '../core/export/import-plan';
import { mergeCollectionsByName } from './import-collections';
import type { ImportOutcome } from '../model/import-outcome';

export type { ImportOutcome } from '../model/import-outcome';

export interface ImportRecords {
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
  claims: ClaimStatusRecord[];
  reactions: ReactionRecord[];
  corrections: CorrectionRecord[];
  collections: CollectionRecord[];
  collectionItems: CollectionItemRecord[];
  snapshots: ArticleSnapshotRecord[];
}

function fail(where: string, what: string): never {
  throw new InvalidRecordError(`${where}: ${what}`);
}

function text(value: unknown, where: string, what: string): string {
  return typeof value === 'string' ? value : fail(where, `${what} is not text`);
}

function time(value: unknown, where: string, what: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(where, `${what} is not a time`);
}

function article(a: ExportArticle, i: number): ArticleRecord {
  const where = `article ${i + 1}`;
  if (!a || typeof a !== 'object') fail(where, 'is not an article');
  const key = text(a.key, where, 'its key');
  if (!key) fail(where, 'has no key');
  const nullable = (v: unknown, what: string) => (v === null ? null : text(v, where, what));
  const urls = Array.isArray(a.urls) ? a.urls.map((u) => text(u, where, 'a URL')) : fail(where, 'its URLs are not a list');
  const record: ArticleRecord = {
    key,
    url: text(a.url, where, 'its URL'),
    urls: urls.length ? urls : [a.url],
    title: nullable(a.title, 'its title'),
    siteName: nullable(a.siteName, 'its site'),
    byline: nullable(a.byline, 'its byline'),
    published: nullable(a.published, 'its date'),
    savedAt: time(a.savedAt, where, 'savedAt'),
    updatedAt: time(a.updatedAt, where, 'updatedAt'),
  };
  if (a.deleted !== null && a.deleted !== undefined) record.deleted = time(a.deleted, where, 'deleted');
  if (a.citation !== null && a.citation !== undefined) {
    // Checked as the citation form checks it, so a restored citation is one the reader could have typed.
    let citation;
    try {
      citation = applyCitationPatch(null, checkCitationPatch(a.citation));
    } catch (error) {
      fail(where, error instanceof Error ? error.message : String(error));
    }
    if (citation) record.citation = citation;
  }
  return record;
}

/** A stored correction from the file's: checked like a new one (target derived again, so its id is honest), times kept. */
function correction(c: NonNullable<ExportArticle['corrections']>[number], articleKey: string, at: string): CorrectionRecord {
  let checked;
  try {
    checked = checkCorrection({ ...c, articleKey }).correction;
  } catch (error) {
    fail(at, error instanceof Error ? error.message : String(error));
  }
  return {
    ...checked,
    id: correctionId(articleKey, checked),
    articleKey,
    created: time(c.created, at, 'created'),
    modified: time(c.modified, at, 'modified'),
  } as CorrectionRecord;
}

/** The stored snapshot from the file's (its text is the article's), checked as one sent by a page is. */
function snapshot(a: ExportArticle, articleKey: string, at: string): ArticleSnapshotRecord {
  const s = a.snapshot!;
  try {
    return checkSnapshotRecord({
      articleKey,
      takenAt: s.takenAt,
      url: s.url,
      text: a.text ?? '',
      textLength: s.textLength,
      language: s.language,
      speakers: s.speakers,
      claims: s.claims.map(({ selectors, ...c }) => ({ ...c, selector: selectors })),
      claimsTotal: s.claimsTotal,
    });
  } catch (error) {
    fail(at, error instanceof Error ? error.message : String(error));
  }
}

/** The records an export library stands for, checked: throws InvalidRecordError naming the first bad one. */
export function recordsFromExport(library: ExportLibrary): ImportRecords {
  if (!library || !Array.isArray(library.articles)) throw new InvalidRecordError('The import holds no list of articles.');
  const out: ImportRecords = { articles: [], highlights: [], claims: [], reactions: [], corrections: [], collections: [], collectionItems: [], snapshots: [] };
  // Files from before collections (and foreign annotations) have none: an empty list, not an error.
  const collections = library.collections ?? [];
  if (!Array.isArray(collections)) throw new InvalidRecordError('The import’s collections are not a list.');
  const collectionIds = new Set<string>();
  collections.forEach((c, i) => {
    const where = `collection ${i + 1}`;
    if (!c || typeof c !== 'object') fail(where, 'is not a collection');
    const id = text(c.id, where, 'its id');
    if (!id || collectionIds.has(id)) fail(where, id ? 'appears twice' : 'has no id');
    collectionIds.add(id);
    let name;
    try {
      name = checkCollectionName(c.name);
    } catch (error) {
      fail(where, error instanceof Error ? error.message : String(error));
    }
    const created = time(c.created, where, 'created');
    out.collections.push({ id, name, created, modified: c.modified === undefined ? created : time(c.modified, where, 'modified') });
  });
  library.articles.forEach((a, i) => {
    const record = article(a, i);
    out.articles.push(record);
    const where = `article ${i + 1} (${record.key})`;
    if (!Array.isArray(a.highlights) || !Array.isArray(a.claims)) fail(where, 'its highlights or claims are not a list');
    for (const h of a.highlights) {
      const at = `${where}, highlight ${String(h?.id)}`;
      const selectors = checkSelectors(h.selectors, `${at}: its selectors`);
      if (selectors.length === 0) fail(at, 'has no selectors');
      const highlight: HighlightRecord = {
        id: text(h.id, at, 'its id'),
        articleKey: record.key,
        target: { source: record.key, url: text(h.url, at, 'its URL'), selector: { v: 1, selectors } },
        body: { color: checkColor(h.color), note: text(h.note, at, 'its note'), tags: normalizeTags(h.tags) },
        created: time(h.created, at, 'created'),
        modified: time(h.modified, at, 'modified'),
      };
      if (h.deleted !== null && h.deleted !== undefined) highlight.deleted = time(h.deleted, at, 'deleted');
      out.highlights.push(highlight);
    }
    for (const c of a.claims) {
      // Only claims the reader gave a verdict are stored; the rest is the page's analysis.
      if (c.status === null || c.modified === null) continue;
      const at = `${where}, claim ${String(c?.id)}`;
      if (!isClaimStatus(c.status)) fail(at, `has an unknown status ${JSON.stringify(c.status)}`);
      out.claims.push({
        id: text(c.id, at, 'its id'),
        articleKey: record.key,
        quote: text(c.text, at, 'its text'),
        speaker: text(c.speaker, at, 'its speaker'),
        selector: checkSelectors(c.selectors, `${at}: its selectors`),
        status: c.status,
        note: text(c.note, at, 'its note'),
        modified: time(c.modified, at, 'modified'),
      });
    }
    if (a.corrections !== undefined && !Array.isArray(a.corrections)) fail(where, 'its corrections are not a list');
    (a.corrections ?? []).forEach((c, j) => out.corrections.push(correction(c, record.key, `${where}, correction ${j + 1}`)));
    if (a.collections !== undefined && !Array.isArray(a.collections)) fail(where, 'its collections are not a list');
    for (const id of a.collections ?? []) {
      if (!collectionIds.has(id)) fail(where, `is in collection ${JSON.stringify(id)}, which the import does not define`);
      out.collectionItems.push({ collectionId: id, articleKey: record.key });
    }
    if (a.snapshot) out.snapshots.push(snapshot(a, record.key, `${where}, snapshot`));
    if (a.reaction) {
      if (!isReaction(a.reaction.value)) fail(where, `has an unknown reaction ${JSON.stringify(a.reaction.value)}`);
      out.reactions.push({ articleKey: record.key, reaction: a.reaction.value, at: time(a.reaction.at, where, 'its reaction time') });
    }
  });
  return out;
}


/** Checks, merges and stores `library` in one transaction. Throws (writing nothing) on the first bad record. */
export async function importLibrary(db: NewsmarkDB, library: ExportLibrary): Promise<ImportOutcome> {
  // Checked before the transaction: a bad file never opens one.
  recordsFromExport(library);
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.highlights, db.claims, db.reactions, db.corrections, db.collections, db.collectionItems, db.snapshots], async () => {
      const keys = [...new Set(library.articles.map((a) => a.key))];
      const [articles, highlights, claims, reactions, corrections, collections, collectionItems, snapshots] = await Promise.all([
        db.articles.bulkGet(keys),
        db.highlights.where('articleKey').anyOf(keys).toArray(),
        db.claims.where('articleKey').anyOf(keys).toArray(),
        db.reactions.bulkGet(keys),
        db.corrections.where('articleKey').anyOf(keys).toArray(),
        // Every local collection: an article may be in one the file does not mention, and it must stay defined.
        db.collections.toArray(),
        db.collectionItems.where('articleKey').anyOf(keys).toArray(),
        db.snapshots.bulkGet(keys),
      ]);
      const local = toExportLibrary({
        articles: articles.filter((a): a is ArticleRecord => !!a),
        highlights,
        claims,
        reactions: reactions.filter((r): r is ReactionRecord => !!r),
        corrections,
        collections,
        collectionItems,
        snapshots: snapshots.filter((s): s is ArticleSnapshotRecord => !!s),
      });
      // Collections from another library join ours of the same name rather than making a second one.
      const incoming = mergeCollectionsByName(collections, { articles: library.articles, collections: library.collections ?? [] });
      const plan = planImport(local, incoming.library);
      const merged = recordsFromExport(plan.result);
      await db.articles.bulkPut(merged.articles);
      await db.highlights.bulkPut(merged.highlights);
      await db.claims.bulkPut(merged.claims);
      await db.reactions.bulkPut(merged.reactions);
      // Ids are article#kind#target, so a second import replaces rather than duplicates.
      await db.corrections.bulkPut(merged.corrections);
      // Collections by id and memberships by [collection+article]: a second import replaces, never duplicates.
      await db.collections.bulkPut(merged.collections);
      await db.collectionItems.bulkPut(merged.collectionItems);
      // One per article: the article's newer side (the plan's choice) brings its snapshot.
      await db.snapshots.bulkPut(merged.snapshots);
      return {
        counts: { article: plan.counts.article, highlight: plan.counts.highlight, claim: plan.counts.claim },
        conflicts: plan.conflicts.length,
        collections: { added: plan.counts.collection.added, merged: incoming.merged },
      };
    }),
  );
}
