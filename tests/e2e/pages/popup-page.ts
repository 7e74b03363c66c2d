import { expect, type Locator, type Page } from '@playwright/test';

/** The popup opened as a tab on `popup.html?tabId=N`, as the tests and the demo use it. */
export class PopupPage {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async open(tabId: number): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html?tabId=${tabId}`);
    await expect(this.page.getByText('Reading the page…')).toHaveCount(0);
  }

  async reopen(tabId: number): Promise<void> {
    await this.open(tabId);
  }

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  sectionHeadings(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: /^(Save|Saved)$/ });
  }

  reaction(name: string): Locator {
    return this.section('Reactions').getByRole('button', { name, exact: true });
  }

  speakers(): Locator {
    return this.section('Speakers').getByRole('listitem');
  }

  claimGroup(speaker: string): Locator {
    return this.section('Claims').locator('.nm-claim-group').filter({ has: this.page.getByRole('heading', { name: speaker, exact: true }) });
  }

  showAllClaimsButton(): Locator {
    return this.section('Claims').getByRole('button', { name: /^Show all \d+ claims$/ });
  }

  /** A list over ten claims opens on the most-quoted speakers': this shows the rest (nothing to do on a short list). */
  async showAllClaims(): Promise<void> {
    if (await this.showAllClaimsButton().count()) await this.showAllClaimsButton().click();
    await expect(this.showAllClaimsButton()).toHaveCount(0);
  }

  /** One speaker's row in Speakers, by its exact shown name. */
  speaker(name: string): Locator {
    return this.speakers().filter({ has: this.page.locator('.nm-speaker-name').getByText(name, { exact: true }) });
  }

  /** One claim in Claims, by (part of) its text. */
  claim(text: string): Locator {
    return this.claims().filter({ hasText: text });
  }

  claims(): Locator {
    return this.section('Claims').locator('.nm-claim');
  }

  highlights(): Locator {
    return this.section('Highlights').locator('.nm-highlight');
  }

  notFound(): Locator {
    return this.section('Highlights').locator('.nm-orphans .nm-highlight');
  }

  message(): Locator {
    return this.page.getByRole('status');
  }
}
