/**
 * The door's shape checks for the library's collection and tag messages (see door.ts): extension pages
 * only; ids short, lists bounded, names and tags checked as the store checks them.
 */
import type { LibraryProtocol } from '../../messaging/library-protocol';
import { InvalidRecordError } from '../../storage/errors';
import { nonEmptyString } from '../../storage/validate';
import { checkCollectionName } from '../../storage/collections';
import { checkTag } from '../../storage/tags';

/** More items than a reader selects at once; a bigger list is refused rather than half-done. */
const MAX_ITEMS = 100_000;

function refuse(reason: string): never {
  throw new InvalidRecordError(reason);
}

function fields(data: unknown): Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : refuse('the message has no arguments object.');
}

function id(value: unknown, what: string): string {
  const text = nonEmptyString(value, what);
  return text.length <= 2000 ? text : refuse(`${what} is too long.`);
}

function ids(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) refuse(`${what} must be a list of at most ${MAX_ITEMS}.`);
  return value.map((v) => id(v, what));
}

function items(value: unknown): void {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) refuse(`The collection's articles must be a list of at most ${MAX_ITEMS}.`);
  for (const i of value) {
    const f = fields(i);
    id(f.collectionId, 'The collection id');
    id(f.articleKey, 'The article key');
  }
}

function previous(value: unknown): void {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) refuse(`The tags to restore must be a list of at most ${MAX_ITEMS}.`);
  for (const p of value) {
    const f = fields(p);
    id(f.id, "The highlight's id");
    if (!Array.isArray(f.tags) || f.tags.some((t) => typeof t !== 'string')) refuse('Tags must be a list of strings.');
  }
}

export const LIBRARY_SHAPES: { [K in keyof LibraryProtocol]: (data: unknown) => void } = {
  'collection.create': (d) => void checkCollectionName(fields(d).name),
  'collection.rename': (d) => {
    const f = fields(d);
    id(f.id, 'The collection id');
    checkCollectionName(f.name);
  },
  'collection.delete': (d) => void id(fields(d).id, 'The collection id'),
  'collection.restore': (d) => {
    const f = fields(d);
    const c = fields(f.collection);
    id(c.id, 'The collection id');
    checkCollectionName(c.name);
    for (const t of [c.created, c.modified]) if (typeof t !== 'number' || !Number.isFinite(t)) refuse('The collection has no valid times.');
    items(f.items);
  },
  'collection.add': (d) => {
    const f = fields(d);
    id(f.id, 'The collection id');
    ids(f.keys, 'The article keys');
  },
  'collection.remove': (d) => {
    const f = fields(d);
    id(f.id, 'The collection id');
    ids(f.keys, 'The article keys');
  },
  'collection.restoreItems': (d) => items(fields(d).items),
  'tag.rename': (d) => {
    const f = fields(d);
    checkTag(f.from);
    checkTag(f.to);
  },
  'tag.apply': (d) => {
    const f = fields(d);
    ids(f.ids, "The highlights' ids");
    if (f.add !== undefined) checkTag(f.add);
    if (f.remove !== undefined) checkTag(f.remove);
    if (f.add === undefined && f.remove === undefined) refuse('Say which tag to add or remove.');
  },
  'tag.restore': (d) => previous(fields(d).previous),
};
