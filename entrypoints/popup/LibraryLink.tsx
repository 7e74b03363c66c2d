/** The way from the popup to everything saved: the library is the extension's options page, opened in a tab. */
import { browser } from 'wxt/browser';

export function LibraryLink() {
  return (
    <button type="button" class="nm-library-link" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
      Open library
    </button>
  );
}
