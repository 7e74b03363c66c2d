/**
 * Asks the browser not to evict Newsmark's data under storage pressure.
 * Call from an extension page (popup, library): navigator.storage.persist()
 * does not exist in a service worker. With the unlimitedStorage permission
 * Chromium already keeps the data, so "denied" is normal and not an error.
 */
export type PersistResult = 'granted' | 'denied' | 'unavailable';

type PersistApi = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };

export async function requestPersistentStorage(
  storage: PersistApi | undefined = (globalThis as { navigator?: { storage?: PersistApi } }).navigator?.storage,
): Promise<PersistResult> {
  if (typeof storage?.persist !== 'function') return 'unavailable';
  try {
    // Asking again when already granted can show a prompt in some browsers.
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unavailable';
  }
}
