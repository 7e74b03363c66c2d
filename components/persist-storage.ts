/**
 * Ask the browser not to evict our database under storage pressure. Only
 * extension pages can ask (the service worker has no navigator.storage.persist);
 * a "no" is the browser's choice, not an error, and unlimitedStorage still applies.
 */
export function requestPersistentStorage(): void {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  navigator.storage
    .persisted()
    .then((already) => (already ? true : navigator.storage.persist()))
    .catch(() => false);
}
