/**
 * The storage API the background and extension pages use. One file per
 * table; this module gathers them so callers import from one place.
 */
export { NewsmarkDB, openNewsmarkDB, DEFAULT_DB_NAME } from './db';
export {
  StorageFullError,
  InvalidRecordError,
  STORAGE_FULL_MESSAGE,
  isQuotaError,
  describeStorageError,
  type StorageErrorCode,
} from './errors';
export { requestPersistentStorage, type PersistResult } from './persist';
export {
  saveArticle,
  getArticle,
  findArticleByUrl,
  listArticles,
  deleteArticle,
  type ListArticlesOptions,
} from './articles';
export {
  addHighlight,
  addHighlights,
  getHighlight,
  updateHighlight,
  deleteHighlight,
  restoreHighlight,
  listHighlights,
  purgeDeletedHighlights,
} from './highlights';
export { setClaimStatus, listClaimStatuses, clearClaimStatus } from './claims';
export { setArticleCitation, checkCitationPatch } from './citation';
export { trashArticle, restoreArticle, purgeDeletedArticles, listTrash } from './trash';
export { importLibrary, recordsFromExport, type ImportOutcome } from './import';
export { setReaction, getReaction } from './reactions';
export {
  createCollection, renameCollection, deleteCollection, restoreCollection, addToCollection, removeFromCollection,
  restoreCollectionItems, listCollections, getCollection, listCollectionArticleKeys, collectionsByArticle, checkCollectionName,
} from './collections';
export { listTags, countTagged, renameTag, tagHighlights, restoreTags, checkTag } from './tags';
export { putCorrection, deleteCorrection, restoreCorrection, listCorrections } from './corrections';
export { getSettings, updateSettings, setSitePaused, isSitePaused, mayStore } from './settings';
export * from '../model';
