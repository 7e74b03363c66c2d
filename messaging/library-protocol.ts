/**
 * The library's collection and tag messages (issue 13), a part of BackgroundProtocol kept in its own file
 * so the protocol's main list stays readable. Extension pages only (the door refuses them from content
 * scripts). Every write hands back what its Undo needs, as plain data.
 */
import type { CollectionItemRecord, CollectionRecord, CollectionUndoToken, TagChange } from '../model';

export interface LibraryProtocol {
  'collection.create': { req: { name: string }; res: CollectionRecord };
  'collection.rename': { req: { id: string; name: string }; res: CollectionRecord | null };
  'collection.delete': { req: { id: string }; res: CollectionUndoToken | null };
  'collection.restore': { req: CollectionUndoToken; res: void };
  /** Adds the saved articles among `keys`; replies how many were not in it yet. */
  'collection.add': { req: { id: string; keys: string[] }; res: number };
  /** Replies the memberships removed, for `collection.restoreItems` (Undo). */
  'collection.remove': { req: { id: string; keys: string[] }; res: CollectionItemRecord[] };
  'collection.restoreItems': { req: { items: CollectionItemRecord[] }; res: void };
  /** Rename (or, into an existing tag, merge) a tag on every highlight, in one transaction. */
  'tag.rename': { req: { from: string; to: string }; res: TagChange };
  /** Add and/or remove one tag on several highlights at once. */
  'tag.apply': { req: { ids: string[]; add?: string; remove?: string }; res: TagChange };
  /** Undo of a tag change: the highlights' previous tags. */
  'tag.restore': { req: { previous: TagChange['previous'] }; res: TagChange };
}
