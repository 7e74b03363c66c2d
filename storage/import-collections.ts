/**
 * Collections from another library are matched by name as well as by id: a backup made on another
 * machine has its own ids, so its "Harbour essay" would otherwise become a second "Harbour essay" here,
 * two collections the reader cannot tell apart (creating or renaming refuses such a name for the same
 * reason). A collection of the file whose id is unknown here but whose name (spaces and case aside) is
 * one of ours is merged into ours: its articles join our collection (memberships are keyed by collection
 * and article, so an article in both is there once) and the file's collection is not kept.
 */
import type { ExportCollection, ExportLibrary } from '../core/export/types';
import type { CollectionRecord } from '../model';
import { checkCollectionName } from './collections';

export interface MergedByName {
  /** The file with its same-named collections replaced by ours (ids rewritten in its articles). */
  library: ExportLibrary;
  /** The names (ours) of the collections the file's were merged into, once each, in the file's order. */
  merged: string[];
}

const fold = (name: string) => {
  try {
    return checkCollectionName(name).toLowerCase();
  } catch {
    // A bad name is refused by the import's own checks; here it only matches nothing.
    return null;
  }
};

export function mergeCollectionsByName(local: readonly CollectionRecord[], incoming: ExportLibrary): MergedByName {
  const localIds = new Set(local.map((c) => c.id));
  const byName = new Map<string, { id: string; name: string; ours: boolean }>();
  for (const c of local) {
    const key = fold(c.name);
    if (key !== null && !byName.has(key)) byName.set(key, { id: c.id, name: c.name, ours: true });
  }
  const renamed = new Map<string, string>();
  const merged: string[] = [];
  const kept: ExportCollection[] = [];
  for (const c of incoming.collections ?? []) {
    const key = localIds.has(c.id) ? null : fold(c.name);
    const same = key === null ? undefined : byName.get(key);
    if (same && same.id !== c.id) {
      renamed.set(c.id, same.id);
      if (same.ours && !merged.includes(same.name)) merged.push(same.name);
      continue;
    }
    // Two of the file's own collections with one name become one, too.
    if (key !== null && !same) byName.set(key, { id: c.id, name: c.name, ours: false });
    kept.push(c);
  }
  if (!renamed.size) return { library: incoming, merged };
  return {
    library: {
      ...incoming,
      collections: kept,
      articles: incoming.articles.map((a) =>
        Array.isArray(a.collections) ? { ...a, collections: [...new Set(a.collections.map((id) => renamed.get(id) ?? id))] } : a,
      ),
    },
    merged,
  };
}
