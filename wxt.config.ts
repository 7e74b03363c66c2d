import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Explicit imports everywhere: the same modules run in the content script, in
// Node (cli/) and in tests, so nothing may rely on WXT's auto-import globals.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Newsmark',
    description:
      'Find the article, see who said what, and keep your highlights and notes — stored only in your browser.',
    // storage: IndexedDB in the extension's own origin; unlimitedStorage so a
    // large library is not evicted; contextMenus for "Highlight selection";
    // alarms for the daily purge of deleted highlights past their grace period.
    // scripting (MV3 only; MV2 uses tabs.executeScript): the content script's
    // bootstrap has the background inject its other parts when needed
    // (entrypoints/content/parts.ts); no install warning beyond the hosts.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'alarms', ...(browser === 'firefox' ? [] : ['scripting'])],
    // The content script already runs on every web page, so this adds no
    // install warning; it lets the popup see the tab's URL to tell a page that
    // predates the install ("Reload") from one no extension may read.
    host_permissions: ['http://*/*', 'https://*/*'],
    options_ui: { page: 'library.html', open_in_tab: true },
    // The note editor is framed over the article so notes are typed in the
    // extension's origin, where the page's scripts cannot read keystrokes.
    // So is the add-claim form (entrypoints/claim), where the reader types a speaker's name.
    web_accessible_resources: [{ resources: ['note.html', 'claim.html'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
      // Shown in the toolbar's tooltip (FOCUS_TOOLBAR_KEY in content/highlights/toolbar.ts) and the README.
      'focus-toolbar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Move the keyboard to the toolbar of the selected text',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'newsmark@newsmark.local',
              // The CSS Custom Highlight API, our only way of painting, ships in 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
