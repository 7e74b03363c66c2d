/** Reads of the extension's database from its background, for tests that check what was stored. */
import type { Worker } from '@playwright/test';

/** How many rows `store` of the Newsmark database holds. */
export async function storedCount(serviceWorker: Worker, store: string): Promise<number> {
  return serviceWorker.evaluate(
    (name) =>
      new Promise<number>((done, fail) => {
        const request = indexedDB.open('newsmark');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => done(count.result);
        };
      }),
    store,
  );
}
