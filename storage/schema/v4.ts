/**
 * Schema version 4 (the library, issue 13): articles gain a `deleted` index (sparse: only articles in
 * the Trash have the field), so the daily purge finds expired ones without reading the table.
 *
 * Only `articles` is declared: Dexie keeps every other table as the version before this one left it,
 * including whatever version 3 (the corrections work, in another branch) adds. No upgrade function: the
 * new field is absent on every existing article, which is what "not in the Trash" means.
 */
export const V4_STORES = {
  articles: 'key, url, *urls, savedAt, updatedAt, deleted',
} as const;
