#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint (the import boundaries), unit tests, builds, end-to-end tests in Firefox and Chromium. Every stage runs
 * even after one fails, so one red run shows everything that is wrong. The
 * closing line sums vitest's (unit and Firefox) and Playwright's counts; a stage that fails
 * without counting (typecheck, build) adds one failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function run(title, command, args) {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Typecheck.
if (!run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.'])) failed += 1;
if (!run('lint (import boundaries)', 'npx', ['eslint', '.'])) failed += 1;

/** Runs a vitest config and adds its counts; a run that fails without failing a test (a suite that did not load) is one failure. */
function vitest(title, name, extraArgs) {
  const json = `${RESULTS}/${name}.json`;
  rmSync(json, { force: true });
  const ok = run(title, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
  const counts = readJson(json);
  if (counts) {
    passed += counts.numPassedTests ?? 0;
    failed += counts.numFailedTests ?? 0;
    skipped += (counts.numPendingTests ?? 0) + (counts.numTodoTests ?? 0);
    if (!ok && !counts.numFailedTests) failed += 1;
  } else if (!ok) failed += 1;
}

// 2. Unit tests.
vitest('unit tests', 'vitest', []);

// 3. Build for both browsers.
const built = run('build (chrome)', 'npx', ['wxt', 'build']);
if (!built) failed += 1;
const builtFirefox = run('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (builtFirefox) {
  if (!run('web-ext lint (firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-input'])) failed += 1;
} else failed += 1;

// 4. The core flows in Firefox ESR (skipped with a message when no Firefox is installed).
if (builtFirefox) vitest('end-to-end tests (firefox)', 'firefox', ['--config', 'vitest.firefox.config.ts']);
else console.log('\n=== end-to-end tests (firefox): not run, the Firefox build failed');

// 5. End-to-end tests in Chromium against the built extension.
const e2eJson = `${RESULTS}/e2e.json`;
rmSync(e2eJson, { force: true });
if (built) {
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson(e2eJson);
  if (e2e?.stats) {
    passed += e2e.stats.expected ?? 0;
    failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    skipped += e2e.stats.skipped ?? 0;
    if (!e2eOk && !e2e.stats.unexpected) failed += 1;
  } else if (!e2eOk) failed += 1;
} else {
  console.log('\n=== end-to-end tests: not run, the build failed');
  failed += 1;
}

const summary = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
writeFileSync(`${RESULTS}/summary.txt`, summary + '\n');
console.log(`\n${summary}`);
process.exit(failed > 0 ? 1 : 0);
