import { expect, type Locator, type Page } from '@playwright/test';

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
}
