/**
 * Tags across the library: the list with counts, renaming or merging a tag on every highlight at once,
 * and tagging several highlights at once. Each change is one transaction and hands back every changed
 * highlight's previous tags, so the library's Undo puts exactly those back.
 *
 * A tag is matched whatever its case (core/tags.ts): "Climate" names the highlights tagged "climate" too,
 * and the list shows each tag once, in the spelling of its earliest highlight. A highlight keeps one
 * spelling of a tag (normalizeTags), so renaming "Ports" to "ports" or merging into a tag the highlight
 * already has leaves one.
 */
import type { NewsmarkDB } from './db';
import { InvalidRecordError, guardWrite } from './errors';
import { normalizeTags } from './validate';
import { TagTally, sameTag } from '../core/tags';
import { MAX_TAG, type HighlightRecord, type TagChange } from '../model';

export function checkTag(value: unknown): string {
  if (typeof value !== 'string') throw new InvalidRecordError('A tag must be text.');
  const tag = value.trim();
  if (!tag) throw new InvalidRecordError('A tag cannot be empty.');
  if (tag.length > MAX_TAG) throw new InvalidRecordError(`A tag has at most ${MAX_TAG} characters.`);
  return tag;
}

/** Every tag on a live highlight of an article not in the Trash (each once, whatever its case), with how many highlights carry it, by name. */
export async function listTags(db: NewsmarkDB): Promise<{ tag: string; count: number }[]> {
  return db.transaction('r', [db.articles, db.highlights], async () => {
    const trashed = new Set((await db.articles.where('deleted').above(0).primaryKeys()) as string[]);
    const tally = new TagTally();
    await db.highlights.each((h) => {
      if (h.deleted !== undefined || trashed.has(h.articleKey)) return;
      for (const t of h.body.tags) tally.add(t, h.created);
    });
    return tally.list();
  });
}

/** Writes `next(h)` for every highlight it changes, in one transaction; returns their tags before. */
async function retag(
  db: NewsmarkDB,
  pick: (db: NewsmarkDB) => Promise<HighlightRecord[]>,
  next: (h: HighlightRecord) => string[],
  now: number,
): Promise<TagChange> {
  return guardWrite(() =>
    db.transaction('rw', db.highlights, async () => {
      const previous: TagChange['previous'] = [];
      const updated: HighlightRecord[] = [];
      for (const h of await pick(db)) {
        const tags = normalizeTags(next(h));
        if (JSON.stringify(tags) === JSON.stringify(h.body.tags)) continue;
        previous.push({ id: h.id, tags: [...h.body.tags] });
        updated.push({ ...h, body: { ...h.body, tags }, modified: Math.max(now, h.modified) });
      }
      await db.highlights.bulkPut(updated);
      return { changed: updated.length, previous };
    }),
  );
}

/**
 * Renames `from` to `to` on every highlight (the Trash's too, so a restored one agrees). When `to` is
 * already a tag this is a merge: a highlight with both keeps one.
 */
export async function renameTag(db: NewsmarkDB, from: string, to: string, now: number = Date.now()): Promise<TagChange> {
  const source = checkTag(from);
  const target = checkTag(to);
  return retag(
    db,
    (d) => d.highlights.filter((h) => h.body.tags.some((t) => sameTag(t, source))).toArray(),
    // In place, every spelling of the tag; a tag then there twice (a merge) is kept once by normalizeTags.
    (h) => h.body.tags.map((t) => (sameTag(t, source) ? target : t)),
    now,
  );
}

/** How many highlights a rename of `from` would change (for the confirm that says so). */
export async function countTagged(db: NewsmarkDB, tag: string): Promise<number> {
  return db.highlights.filter((h) => h.body.tags.some((t) => sameTag(t, tag))).count();
}

/** Adds `add` to and/or removes `remove` from the live highlights `ids`. */
export async function tagHighlights(
  db: NewsmarkDB,
  ids: readonly string[],
  change: { add?: string; remove?: string },
  now: number = Date.now(),
): Promise<TagChange> {
  const add = change.add === undefined ? undefined : checkTag(change.add);
  const remove = change.remove === undefined ? undefined : checkTag(change.remove);
  if (add === undefined && remove === undefined) throw new InvalidRecordError('Say which tag to add or remove.');
  return retag(
    db,
    async (d) => (await d.highlights.bulkGet([...new Set(ids)])).filter((h): h is HighlightRecord => !!h && h.deleted === undefined),
    (h) => {
      const kept = remove === undefined ? h.body.tags : h.body.tags.filter((t) => !sameTag(t, remove));
      return add === undefined ? kept : [...kept, add];
    },
    now,
  );
}

/** Undo of a tag change: each highlight's tags as they were before it (itself undoable the same way). */
export async function restoreTags(db: NewsmarkDB, previous: TagChange['previous'], now: number = Date.now()): Promise<TagChange> {
  const before = new Map(previous.map((p) => [p.id, p.tags]));
  return retag(
    db,
    async (d) => (await d.highlights.bulkGet([...before.keys()])).filter((h): h is HighlightRecord => !!h),
    (h) => before.get(h.id) ?? h.body.tags,
    now,
  );
}
