/**
 * Schema version 7 (the library's search, issue 13): a `searchIndex` table keeping the library page's
 * full-text index between visits, so a large library is searchable without indexing it all again.
 * One row (id 'library'). It is derived data, checked before use and rebuilt when it does not verify;
 * dropping it loses nothing. No upgrade function: the table starts empty, which means "build it".
 */
export const V7_STORES = {
  searchIndex: 'id',
} as const;
