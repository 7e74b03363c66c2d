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
import Dexie, { cmp, type IndexableType } from 'dexie';

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

/** One table's change as read: the whole table again, or each changed key with its row (undefined: deleted). */
export type ChangedRows<T> = { all: T[] } | { keys: unknown[]; rows: (T | undefined)[] };

/**
 * Brings a kept copy of one table (by `keyOf`) up to date with its change as read: the whole table again,
 * or each changed key (an undefined row: deleted). `keep` is what the copy holds of a row; `touched` hears
 * every key that may now differ (on a whole read, the keys it held before as well as the new ones).
 */
export function applyChangedRows<T, S = T>(
  copy: Map<string, S>,
  rows: ChangedRows<T>,
  keyOf: (row: T) => string,
  keep: (row: T) => S,
  touched?: (key: string) => void,
): void {
  if ('all' in rows) {
    if (touched) for (const key of copy.keys()) touched(key);
    copy.clear();
    for (const row of rows.all) {
      const key = keyOf(row);
      copy.set(key, keep(row));
      touched?.(key);
    }
    return;
  }
  rows.keys.forEach((key, i) => {
    const row = rows.rows[i];
    if (row) copy.set(key as string, keep(row));
    else copy.delete(key as string);
    touched?.(key as string);
  });
}

/** The rows behind `changes`, in one read transaction: a table marked 'all' is read whole, otherwise only its keys. */
export async function readChangedTables(db: Dexie, changes: ReadonlyMap<string, TableChange>): Promise<Map<string, ChangedRows<unknown>>> {
  const out = new Map<string, ChangedRows<unknown>>();
  if (!changes.size) return out;
  const names = [...changes.keys()];
  await db.transaction('r', names.map((n) => db.table(n)), async () => {
    await Promise.all(
      names.map(async (name) => {
        const change = changes.get(name)!;
        const table = db.table(name);
        out.set(name, change === 'all' ? { all: await table.toArray() } : { keys: change, rows: await table.bulkGet(change as IndexableType[]) });
      }),
    );
  });
  return out;
}

/**
 * Keeps a reader of `tables` up to date: `apply` is handed every table whole first, then what each write
 * changed (only those rows read). It listens before the first read, so no write falls between the two (a
 * row changed meanwhile is read again: harmless); notices that arrive while a step runs are read together.
 * A failed step is logged and the tables are read whole again at the next notice.
 */
export function followTables(
  db: Dexie,
  tables: readonly string[],
  apply: (rows: Map<string, ChangedRows<unknown>>) => void,
  onError: (error: unknown) => void = (error) => console.warn('Newsmark could not follow a change; it reads again at the next one.', error),
): { stop: () => void; settled: () => Promise<void> } {
  const everything = () => new Map<string, TableChange>(tables.map((t) => [t, 'all']));
  let pending = everything();
  let queue: Promise<void> = Promise.resolve();
  const schedule = () => {
    queue = queue
      .then(async () => {
        if (!pending.size) return;
        const changes = pending;
        pending = new Map();
        apply(await readChangedTables(db, changes));
      })
      .catch((error: unknown) => {
        onError(error);
        pending = everything();
      });
  };
  const stop = followChanges(db, tables, (changes) => {
    for (const [table, change] of changes) {
      const had = pending.get(table);
      pending.set(table, had === 'all' || change === 'all' ? 'all' : [...(had ?? []), ...change]);
    }
    schedule();
  });
  schedule();
  return { stop, settled: () => queue };
}
