/**
 * Finding Firefox and launching it with the built MV2 extension, driven by
 * puppeteer-core over WebDriver BiDi (Playwright's own Firefox cannot load an
 * extension, and cannot be downloaded here). Used by the Firefox e2e tests.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'firefox-mv2');

/** The add-on id from wxt.config's browser_specific_settings. */
export const GECKO_ID = 'newsmark@newsmark.local';

/**
 * moz-extension:// hosts are random per profile. Fixing ours through the
 * `extensions.webextensions.uuids` pref lets tests address extension pages
 * without asking the browser, which BiDi has no command for.
 */
export const EXTENSION_UUID = '3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f';

export class FirefoxNotFoundError extends Error {
  name = 'FirefoxNotFoundError';
}

/** $FIREFOX_PATH, then Debian's Firefox ESR, then a plain `firefox`. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new FirefoxNotFoundError(
    'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or point FIREFOX_PATH at a Firefox binary.',
  );
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>/<path> */
  extensionUrl: (path: string) => string;
  close: () => Promise<void>;
}

export interface FirefoxLaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** For every BiDi command; a loaded 2-core machine can take seconds for one. */
  protocolTimeoutMs?: number;
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The Firefox build is missing: no manifest in ${extensionDir}. Run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.headless ?? true,
    // Without it, BiDi cannot reach moz-extension:// pages (the popup, the library).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
    protocolTimeout: options.protocolTimeoutMs ?? 60_000,
    timeout: 90_000,
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`Installed add-on "${id}", expected "${GECKO_ID}": the uuid pref would not apply.`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    close: () => browser.close(),
  };
}

/**
 * Navigates `page` to an extension page. The navigation's own promise is not
 * awaited: for moz-extension:// it rejects with "Frame detached" although the
 * page loads (Firefox 153 ESR, puppeteer-core 24.43.1), so the caller polls
 * the page instead (FirefoxSession.openExtensionPage in tests/firefox).
 */
export function startExtensionNavigation(page: Page, url: string): void {
  page.goto(url).catch(() => {
    // Expected: see above. Whether the page arrived is checked by polling.
  });
}
