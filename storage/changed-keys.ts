/**
 * What a write changed, from Dexie's own change notices (the `storagemutated` event that also drives live
 * queries, in this page and, through a BroadcastChannel, from the background): per table, the primary
 * keys written or deleted, or 'all' when Dexie could only say "somewhere in this table" (a clear, a
 * delete by range, a page restored from the back/forward cache). A reader that keeps a copy of a table
 * re-reads just those keys instead of the table.
 *
 * Dexie's notice is a tree of key ranges (its RangeSet: `from`, `to`, `l`, `r`); a written key is a range
 * from the key to itself. Anything that is not a single key is reported as 'all': re-reading a table is
 * always correct, only slower.
 */
import Dexie, { cmp } from 'dexie';

export type TableChange = 'all' | unknown[];

interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** The single keys in a range tree, or null when it holds a range wider than one key. */
function singleKeys(node: RangeNode | null | undefined, out: unknown[]): boolean {
  if (!node || !('from' in node)) return true;
  if (!singleKeys(node.l, out)) return false;
  try {
    if (cmp(node.from, node.to) !== 0) return false;
  } catch {
    return false;
  }
  out.push(node.from);
  return singleKeys(node.r, out);
}

/**
 * For each of `tables` that the notice touches, what changed in it. Tables the notice does not mention
 * are absent from the result.
 */
export function changedKeys(parts: Readonly<Record<string, unknown>>, dbName: string, tables: readonly string[]): Map<string, TableChange> {
  const out = new Map<string, TableChange>();
  const everything = 'all' in parts;
  for (const table of tables) {
    if (everything) {
      out.set(table, 'all');
      continue;
    }
    const prefix = `idb://${dbName}/${table}/`;
    const touched = Object.keys(parts).filter((p) => p.startsWith(prefix));
    if (!touched.length) continue;
    const keys: unknown[] = [];
    // The primary-key part lists every row written or deleted; index parts only repeat them by value.
    const primary = parts[prefix] as RangeNode | undefined;
    if (!primary || !singleKeys(primary, keys)) out.set(table, 'all');
    else if (keys.length) out.set(table, keys);
  }
  return out;
}

/**
 * Calls `listener` with what each write changed in `tables` of `db` (writes of this page and of the
 * background alike), until the returned function is called.
 */
export function followChanges(db: { name: string }, tables: readonly string[], listener: (changes: Map<string, TableChange>) => void): () => void {
  const onParts = (parts: Readonly<Record<string, unknown>>) => {
    const changes = changedKeys(parts, db.name, tables);
    if (changes.size) listener(changes);
  };
  Dexie.on.storagemutated.subscribe(onParts);
  return () => Dexie.on.storagemutated.unsubscribe(onParts);
}
