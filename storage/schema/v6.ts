/**
 * Schema version 6 (the library's collections, issue 13):
 * - `collections`: the reader's named groups, by id, ordered by name in the library.
 * - `collectionItems`: one row per article in a collection, keyed `[collectionId+articleKey]` (adding an
 *   article twice stores one row), indexed by collection (open one, count it) and by article (the
 *   Articles list shows each article's collections; purging an article removes its rows).
 *
 * Membership is a table of its own rather than a field on articles so that this version declares no
 * table another version (libA's v5) may also change, and trashing an article keeps its memberships
 * untouched for a restore. No upgrade function: both tables are new.
 */
export const V6_STORES = {
  collections: 'id, name',
  collectionItems: '[collectionId+articleKey], collectionId, articleKey',
} as const;
