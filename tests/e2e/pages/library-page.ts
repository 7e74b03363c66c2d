import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Every record of the database, table by table, sorted by key: what "the same data" means in these tests. */
export type DatabaseDump = Record<string, unknown[]>;

export class LibraryPage {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/library.html`);
    await expect(this.page.getByRole('heading', { name: 'Newsmark library' })).toBeVisible();
  }

  articles(): Locator {
    return this.page.locator('.nm-article');
  }

  article(title: string | RegExp): Locator {
    return this.articles().filter({ hasText: title });
  }

  async tab(name: 'Articles' | 'Search' | 'Trash' | 'Backup & settings'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name, exact: true }).click();
  }

  async openArticle(title: string | RegExp): Promise<Locator> {
    await this.article(title).getByRole('link', { name: title }).click();
    const view = this.page.locator('.nm-article-view');
    await expect(view).toBeVisible();
    return view;
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' });
  }

  results(): Locator {
    return this.page.locator('.nm-result');
  }

  trashItems(): Locator {
    return this.page.locator('.nm-trash-item');
  }

  async backUpNow(): Promise<Download> {
    await this.tab('Backup & settings');
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    return download;
  }

  async importFile(file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
    await this.tab('Backup & settings');
    await this.page.getByLabel('Import a file').setInputFiles(file);
  }

  importMessage(): Locator {
    return this.page.locator('.nm-import-message');
  }

  /**
   * Reads every table of the extension's database from this page (the extension's origin), but the
   * search index the library keeps for itself: derived from the others, written whenever it is built.
   */
  async dump(): Promise<DatabaseDump> {
    return this.page.evaluate(
      () =>
        new Promise<Record<string, unknown[]>>((done, fail) => {
          const request = indexedDB.open('newsmark');
          request.onerror = () => fail(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const names = [...db.objectStoreNames].filter((name) => name !== 'searchIndex');
            const tx = db.transaction(names);
            const out: Record<string, unknown[]> = {};
            for (const name of names) {
              const all = tx.objectStore(name).getAll();
              all.onsuccess = () => (out[name] = all.result);
            }
            tx.oncomplete = () => {
              db.close();
              done(out);
            };
          };
        }),
    );
  }

  /** The search index the library keeps between visits, as stored: its version and how many documents it lists. */
  async keptSearchIndex(): Promise<{ version: number; documents: number } | null> {
    return this.page.evaluate(
      () =>
        new Promise<{ version: number; documents: number } | null>((done, fail) => {
          const request = indexedDB.open('newsmark');
          request.onerror = () => fail(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const get = db.transaction('searchIndex').objectStore('searchIndex').get('library');
            get.onerror = () => fail(get.error);
            get.onsuccess = () => {
              db.close();
              const kept = get.result as { version: number; stamps: string } | undefined;
              done(kept ? { version: kept.version, documents: (JSON.parse(kept.stamps) as unknown[]).length } : null);
            };
          };
        }),
    );
  }

  /** Empties every table (what "clear the data" means here), in one transaction. */
  async clearData(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('newsmark');
          request.onsuccess = () => {
            const db = request.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names, 'readwrite');
            for (const name of names) tx.objectStore(name).clear();
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
  }
}
