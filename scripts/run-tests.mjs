#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint (the import boundaries), unit tests, build, end-to-end tests. Every stage runs
 * even after one fails, so one red run shows everything that is wrong. The
 * closing line sums vitest's and Playwright's counts; a stage that fails
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

// 2. Unit tests.
const vitestJson = `${RESULTS}/vitest.json`;
rmSync(vitestJson, { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const unit = readJson(vitestJson);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  // A suite that failed to load has no tests to count.
  if (!unitOk && !unit.numFailedTests) failed += 1;
} else if (!unitOk) failed += 1;

// 3. Build for both browsers.
const built = run('build (chrome)', 'npx', ['wxt', 'build']);
if (!built) failed += 1;
if (run('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
  if (!run('web-ext lint (firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-input'])) failed += 1;
} else failed += 1;

// 4. End-to-end tests against the built extension.
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
