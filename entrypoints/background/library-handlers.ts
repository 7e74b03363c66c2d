/** The background's answers to the library's collection and tag messages (messaging/library-protocol.ts). */
import type { Handlers } from '../../messaging/channel';
import type { LibraryProtocol } from '../../messaging/library-protocol';
import type { NewsmarkDB } from '../../storage/db';
import {
  addToCollection, createCollection, deleteCollection, removeFromCollection, renameCollection, restoreCollection,
  restoreCollectionItems,
} from '../../storage/collections';
import { renameTag, restoreTags, tagHighlights } from '../../storage/tags';

export function createLibraryHandlers(db: NewsmarkDB): Handlers<LibraryProtocol> {
  return {
    'collection.create': ({ name }) => createCollection(db, name),
    'collection.rename': ({ id, name }) => renameCollection(db, id, name),
    'collection.delete': ({ id }) => deleteCollection(db, id),
    'collection.restore': (token) => restoreCollection(db, token),
    'collection.add': ({ id, keys }) => addToCollection(db, id, keys),
    'collection.remove': ({ id, keys }) => removeFromCollection(db, id, keys),
    'collection.restoreItems': ({ items }) => restoreCollectionItems(db, items),
    'tag.rename': ({ from, to }) => renameTag(db, from, to),
    'tag.apply': ({ ids, add, remove }) => tagHighlights(db, ids, { add, remove }),
    'tag.restore': ({ previous }) => restoreTags(db, previous),
  };
}
