/**
 * What extension pages (popup, library, note editor) and shared components may take from storage: opening
 * the database to read, and the read functions their live queries call. Every write goes through a message
 * to the background, which validates it and tells the tabs; a page that wrote directly would skip both.
 * The lint rules (eslint.config.js) let pages import storage only through here and `records`.
 */
export { openNewsmarkDB, type NewsmarkDB } from './db';
export { requestPersistentStorage, type PersistResult } from './persist';
export { getArticle, listArticles } from './articles';
export { getHighlight, listHighlights } from './highlights';
export { listClaimStatuses } from './claims';
export { getReaction } from './reactions';
export { listCorrections } from './corrections';
export { getSettings } from './settings';
export { listTrash, type TrashContents } from './trash';
export { readLibrary, toExportLibrary, pickArticles, type LibrarySnapshot } from './library-snapshot';
export { listCollections, getCollection, listCollectionArticleKeys, collectionsByArticle } from './collections';
export { listTags, countTagged } from './tags';
export { getSnapshot, hasSnapshot } from './snapshots';
export { readSpeakerSources } from './speaker-sources';
// The one write a page makes itself: its own search index, derived data (see search-cache.ts).
export { readKeptSearchIndex, writeKeptSearchIndex } from './search-cache';
// The Search view reads the library once and then only what each write changed (search-mirror.ts).
export { readSearchSource, SEARCH_SOURCE_TABLES, type SearchSourceRows, type SearchSourceChanges } from './search-source';
export { applyChangedRows, followTables, type ChangedRows } from './changed-keys';
export { analysisOf, speakerSourcesOf, SPEAKER_SOURCE_TABLES, type SnapshotAnalysis } from './speaker-sources';
