/**
 * The whole library in one read (for search, export and backup), and its mapping to the plain
 * `ExportLibrary` every export format reads. The mapping is the inverse of storage/import.ts's, so a
 * backup restores every record field by field.
 */
import type { NewsmarkDB } from './db';
import type {
  ArticleRecord, ArticleSnapshotRecord, ClaimStatusRecord, CollectionItemRecord, CollectionRecord, CorrectionRecord, HighlightRecord,
  ReactionRecord,
} from '../model';
import type { ExportArticle, ExportCorrection, ExportLibrary, ExportSnapshot } from '../core/export/types';
import { bylineAuthors } from '../core/export/names';

export interface LibrarySnapshot {
  /** Every article, those in the Trash included (they carry `deleted`). */
  articles: ArticleRecord[];
  /** Every highlight, soft-deleted ones included. */
  highlights: HighlightRecord[];
  claims: ClaimStatusRecord[];
  reactions: ReactionRecord[];
  /** The reader's corrections to the analysis, every article's. */
  corrections: CorrectionRecord[];
  /** The reader's collections and which articles are in them (optional: a snapshot of some articles may leave them out). */
  collections?: CollectionRecord[];
  collectionItems?: CollectionItemRecord[];
  /** The saved pages' text and analysis (schema v5); absent where a caller has none to give. */
  snapshots?: ArticleSnapshotRecord[];
}

/** One read transaction, so the tables agree with each other. */
export async function readLibrary(db: NewsmarkDB): Promise<LibrarySnapshot> {
  const tables = [db.articles, db.highlights, db.claims, db.reactions, db.corrections, db.collections, db.collectionItems, db.snapshots];
  return db.transaction('r', tables, async () => {
    const [articles, highlights, claims, reactions, corrections, collections, collectionItems, snapshots] = await Promise.all([
      db.articles.toArray(),
      db.highlights.toArray(),
      db.claims.toArray(),
      db.reactions.toArray(),
      db.corrections.toArray(),
      db.collections.toArray(),
      db.collectionItems.toArray(),
      db.snapshots.toArray(),
    ]);
    return { articles, highlights, claims, reactions, corrections, collections, collectionItems, snapshots };
  });
}

/** A stored correction without its storage fields (the id is derived again on import). */
function exportCorrection(record: CorrectionRecord): ExportCorrection {
  const { id: _id, articleKey: _articleKey, ...rest } = record;
  return rest;
}

/** The speakers the reading formats know by name (one per name: they match claims by it). */
function exportSpeakers(page: ArticleSnapshotRecord): ExportArticle['speakers'] {
  const byName = new Map<string, ExportArticle['speakers'][number]>();
  for (const s of page.speakers) if (!byName.has(s.name)) byName.set(s.name, { name: s.name, kind: s.kind, role: s.role });
  return [...byName.values()];
}

/** The stored snapshot without its key (the article's) and text (the article's `text`). */
function exportSnapshot(page: ArticleSnapshotRecord): ExportSnapshot {
  return {
    url: page.url,
    takenAt: page.takenAt,
    textLength: page.textLength,
    language: page.language,
    speakers: page.speakers.map((s) => ({ ...s })),
    claims: page.claims.map(({ selector, ...c }) => ({ ...c, selectors: selector.map((s) => ({ ...s })) })),
    claimsTotal: page.claimsTotal,
  };
}

function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** The snapshot as export formats read it. Articles newest saved first; highlights in creation order. */
export function toExportLibrary(snapshot: LibrarySnapshot): ExportLibrary {
  const highlights = groupBy(snapshot.highlights, (h) => h.articleKey);
  const claims = groupBy(snapshot.claims, (c) => c.articleKey);
  const reactions = new Map(snapshot.reactions.map((r) => [r.articleKey, r]));
  const corrections = groupBy(snapshot.corrections, (c) => c.articleKey);
  const memberships = groupBy(snapshot.collectionItems ?? [], (i) => i.articleKey);
  const pages = new Map((snapshot.snapshots ?? []).map((s) => [s.articleKey, s]));
  const articles = [...snapshot.articles]
    .sort((a, b) => b.savedAt - a.savedAt)
    .map((a): ExportArticle => {
      const reaction = reactions.get(a.key);
      const page = pages.get(a.key);
      return {
        key: a.key,
        url: a.url,
        urls: [...a.urls],
        title: a.title,
        siteName: a.siteName,
        byline: a.byline,
        authors: bylineAuthors(a.byline),
        published: a.published,
        // The text and speakers as saved (null / [] for an article saved before snapshots).
        text: page ? page.text : null,
        savedAt: a.savedAt,
        updatedAt: a.updatedAt,
        reaction: reaction ? { value: reaction.reaction, at: reaction.at } : null,
        collections: (memberships.get(a.key) ?? []).map((i) => i.collectionId).sort(),
        speakers: page ? exportSpeakers(page) : [],
        highlights: [...(highlights.get(a.key) ?? [])]
          .sort((x, y) => x.created - y.created)
          .map((h) => ({
            id: h.id,
            url: h.target.url,
            selectors: h.target.selector.selectors,
            color: h.body.color,
            note: h.body.note,
            tags: [...h.body.tags],
            created: h.created,
            modified: h.modified,
            deleted: h.deleted ?? null,
          })),
        claims: (claims.get(a.key) ?? []).map((c) => ({
          id: c.id,
          text: c.quote,
          speaker: c.speaker,
          selectors: c.selector,
          status: c.status,
          note: c.note,
          modified: c.modified,
        })),
        deleted: a.deleted ?? null,
        ...(a.citation ? { citation: { ...a.citation } } : {}),
        // Before the corrections, in the order the backup's reader gives them back (import-newsmark.ts).
        ...(page ? { snapshot: exportSnapshot(page) } : {}),
        // Oldest first: the order applyCorrections lays them over the analysis.
        corrections: [...(corrections.get(a.key) ?? [])]
          .sort((x, y) => x.created - y.created || x.id.localeCompare(y.id))
          .map(exportCorrection),
      };
    });
  const collections = [...(snapshot.collections ?? [])]
    .sort((a, b) => a.created - b.created || a.id.localeCompare(b.id))
    .map((c) => ({ id: c.id, name: c.name, created: c.created, modified: c.modified }));
  return { articles, collections };
}

/** Only the parts of `library` whose articles are in `keys` (one article, a search result). */
export function pickArticles(library: ExportLibrary, keys: ReadonlySet<string>): ExportLibrary {
  const articles = library.articles.filter((a) => keys.has(a.key));
  // Only the collections these articles are in: an exported article does not carry the names of every other group.
  const used = new Set(articles.flatMap((a) => a.collections));
  return { articles, collections: library.collections.filter((c) => used.has(c.id)) };
}
