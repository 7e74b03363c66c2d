import { defineConfig } from 'vitest/config';

// The Firefox e2e (tests/firefox): run by `npm run test:firefox` after `npm run build:firefox`, apart from
// the unit tests because it needs the build and a browser. Timeouts are generous and waits poll: the
// machines are two shared cores, where one Firefox launch alone can take 15 s.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
