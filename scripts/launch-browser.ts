/**
 * Finding a Chromium that still loads unpacked extensions, and launching it
 * with the built extension. Shared by `npm start` and the e2e tests so both
 * see the same browser.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

export class BrowserNotFoundError extends Error {
  name = 'BrowserNotFoundError';
}

/**
 * $CHROMIUM_PATH, then Debian's Chromium, then Playwright's own if one is
 * already on disk. Branded Google Chrome is not a candidate: since version
 * 137 it ignores --load-extension.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here: fine, it is the last resort.
  }
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new BrowserNotFoundError(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium binary. Google Chrome will not do: it no longer loads unpacked extensions.',
  );
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close: () => Promise<void>;
}

const SERVICE_WORKER_TIMEOUT_MS = 10_000;

export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  /** Called as soon as the context exists, before the extension starts working (tests audit traffic here). */
  onContext?: (context: BrowserContext) => void;
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built: no manifest in ${extensionDir}. Run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsmark-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // The browser's own traffic (sign-in, update checks, pings) is not
      // ours and cannot reach anything here; keep it off so audits see only
      // what pages and the extension ask for.
      '--disable-sync',
      '--no-pings',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--disable-default-apps',
      '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,SigninInterceptBubble',
      '--extensions-update-frequency=604800',
    ],
  });
  options.onContext?.(context);
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  let [serviceWorker] = context.serviceWorkers();
  if (!serviceWorker) {
    try {
      serviceWorker = await context.waitForEvent('serviceworker', { timeout: SERVICE_WORKER_TIMEOUT_MS });
    } catch {
      await close();
      throw new Error(
        `Newsmark's service worker did not start within ${SERVICE_WORKER_TIMEOUT_MS / 1000} s in ${executablePath}. ` +
          'Is this a Chromium that allows --load-extension, and is the build in .output/chrome-mv3 complete?',
      );
    }
  }
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, close };
}
