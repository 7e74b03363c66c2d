/**
 * How long the content script lives, decided by nothing the page can send.
 *
 * WXT's ContentScriptContext stops a script when a newer copy announces itself
 * with a DOM event (and a window message) named after the extension id. The
 * page sees that message, learns the id from it, and can forge the event to
 * switch Newsmark off. Here the script stops only when its extension is gone
 * (reloaded, updated or removed: `runtime.id` disappears for an orphaned
 * script), checked when the reader acts and every few seconds. A browser that
 * injects a fresh copy into an open tab does so only after the old copy's
 * extension context ended, so that check also covers "a newer copy started".
 */
import { browser } from 'wxt/browser';

const CHECK_MS = 5000;

export function extensionLifetime(): AbortSignal {
  const controller = new AbortController();
  const signal = controller.signal;
  const check = () => {
    let alive = false;
    try {
      alive = !!browser.runtime?.id;
    } catch {
      // Firefox throws on a dead extension's objects.
    }
    if (!alive) controller.abort('The extension was reloaded, updated or removed.');
  };
  const timer = setInterval(check, CHECK_MS);
  // Before any reader action reaches the features (capture phase, added first).
  for (const type of ['selectionchange', 'pointerdown', 'keydown']) {
    document.addEventListener(type, check, { capture: true, signal });
  }
  signal.addEventListener('abort', () => clearInterval(timer));
  return signal;
}

type NavigationLike = EventTarget;

/**
 * Calls `onChange` after the page's address changed without a page load
 * (single-page sites), on the next task so the new URL is committed. Uses the
 * Navigation API where there is one, else compares the address every second.
 */
export function watchLocation(signal: AbortSignal, onChange: () => void): void {
  let last = location.href;
  const changed = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', () => setTimeout(changed, 0), { signal });
    // History traversal and fragment changes that some browsers report only here.
    window.addEventListener('popstate', () => setTimeout(changed, 0), { signal });
    return;
  }
  const timer = setInterval(changed, 1000);
  signal.addEventListener('abort', () => clearInterval(timer));
}
