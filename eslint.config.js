// The house's boundaries, enforced: which folder may import what. Only these rules are on, so lint answers
// one question (does this import cross a wall?) and its failures are never style noise. Each block names
// the reason for its wall; import cycles are caught by tests/unit/architecture/import-cycles.test.ts.
import tseslint from 'typescript-eslint';

const EXTENSION_APIS = [
  { name: 'wxt', message: 'core/ runs in Node and tests too: no extension framework.' },
  { name: 'webextension-polyfill', message: 'core/ runs in Node and tests too: no browser.* API.' },
  { name: 'dexie', message: 'core/ knows nothing of storage.' },
];
const EXTENSION_API_PATTERNS = [
  { group: ['wxt/*', '#imports'], message: 'core/ runs in Node and tests too: no extension framework.' },
];
const layer = (dirs, why) => ({ group: dirs.flatMap((d) => [`**/${d}`, `**/${d}/**`]), message: why });

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**', 'playwright-report/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    // core/ is plain TypeScript over the standard DOM: the content script, the CLI (linkedom) and the tests
    // all run it, so it may not lean on anything only one of them has.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: EXTENSION_APIS,
        patterns: [
          ...EXTENSION_API_PATTERNS,
          layer(['storage', 'messaging', 'entrypoints', 'components', 'cli', 'scripts', 'model'], 'core/ is the bottom layer: it imports only core/.'),
          { group: ['preact', 'preact/*', '@preact/*'], message: 'core/ has no UI.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'browser', message: 'core/ runs outside the extension: take what you need as an argument.' },
        { name: 'chrome', message: 'core/ runs outside the extension: take what you need as an argument.' },
      ],
    },
  },
  {
    // model/ is the vocabulary every context shares (types and constants): it imports nothing but other
    // model/ files and core/'s types, so the content script can take it without pulling in code.
    files: ['model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...EXTENSION_APIS, { name: 'preact', message: 'model/ has no UI.' }],
        patterns: [
          ...EXTENSION_API_PATTERNS,
          layer(['storage', 'messaging', 'entrypoints', 'components', 'cli', 'scripts'], 'model/ is types and constants: it imports only core/ types.'),
          { regex: '(^|/)core/(?!.*/types$)', message: 'model/ takes only types from core/.' },
          { group: ['preact/*', '@preact/*', 'minisearch'], message: 'model/ is types and constants only.' },
        ],
      }],
    },
  },
  {
    // storage/ is the database; it is used by the background and pages, never the other way round.
    files: ['storage/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          layer(['entrypoints', 'components', 'messaging', 'cli', 'scripts'], 'storage/ sits under the extension: it imports only core/ types.'),
          { group: ['wxt', 'wxt/*', 'preact', 'preact/*', '@preact/*'], message: 'storage/ is plain Dexie.' },
        ],
      }],
    },
  },
  {
    // The content script lives in the news site's page, where IndexedDB is the site's: it never opens the
    // database. It may share the vocabulary (records) and talks to the background through messaging/.
    files: ['entrypoints/content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'dexie', message: "In a content script IndexedDB belongs to the news site: ask the background." }],
        patterns: [
          { group: ['**/storage/*', '!**/storage/records'], message: 'The content script reads and writes only through messages to the background.' },
          layer(['entrypoints/background', 'entrypoints/popup', 'entrypoints/library'], 'One entrypoint never imports another.'),
          layer(['core/export'], 'Export formats belong to the library page: the content script, injected into every news page, stays small.'),
        ],
      }],
    },
  },
  {
    // Extension pages and shared components read storage through the read-only query module and write
    // through messages, so every write is validated in one place (the background).
    files: ['entrypoints/popup/**/*.{ts,tsx}', 'entrypoints/library/**/*.{ts,tsx}', 'entrypoints/note/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['components/live-query.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'dexie', message: 'Pages read through storage/queries and components/live-query.' }],
        patterns: [
          { group: ['**/storage/*', '!**/storage/queries', '!**/storage/records'], message: 'Pages read storage only through storage/queries; writes go to the background as messages.' },
          layer(['entrypoints/background', 'entrypoints/content'], 'One entrypoint never imports another.'),
        ],
      }],
    },
  },
  {
    // messaging/ is the protocol every context speaks: types and a channel, no database.
    files: ['messaging/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'dexie', message: 'The protocol carries records; it does not open the database.' }],
        patterns: [
          { group: ['**/storage/*', '!**/storage/records'], message: 'The protocol shares the vocabulary only.' },
          layer(['entrypoints', 'components'], 'messaging/ sits under the entrypoints.'),
        ],
      }],
    },
  },
  {
    // The CLI is core/ in Node: nothing of the extension.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: EXTENSION_APIS,
        patterns: [...EXTENSION_API_PATTERNS, layer(['storage', 'messaging', 'entrypoints', 'components'], 'The CLI runs core/ only.')],
      }],
    },
  },
);
