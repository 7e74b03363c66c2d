/**
 * Why the content script did not answer, in words the user can act on.
 * Browser pages, the web stores and the PDF viewer never run extension
 * scripts; any other web page just predates the extension's install or update.
 */
export type Unreachable = 'reload' | 'restricted';

const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

export function classifyUnreachable(url: string | undefined): Unreachable {
  // No URL: the browser hides it from us, which it does only for its own pages.
  if (!url) return 'restricted';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'restricted';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'restricted';
  if (STORE_PAGES.some((pattern) => pattern.test(url))) return 'restricted';
  if (/\.pdf$/i.test(parsed.pathname)) return 'restricted';
  return 'reload';
}

export const UNREACHABLE_MESSAGES: Record<Unreachable, string> = {
  reload: 'Reload this page to use Newsmark',
  restricted: "Newsmark can't read this page",
};
