import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * The shared data sets live beside the repository (`../shared`), never inside
 * it; everything that reads them goes through here so the location is stated
 * once.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const newsBenchmarkDir = join(sharedDir, 'fixtures', 'news-benchmark-dev');
export const readabilityPagesDir = join(sharedDir, 'fixtures', 'readability-test-pages');

export interface NewsPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export function hasNewsBenchmark(dir = newsBenchmarkDir): boolean {
  return existsSync(join(dir, 'ground-truth.json'));
}

export function loadNewsBenchmark(dir = newsBenchmarkDir): NewsPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id].url,
      truth: truth[id].articleBody,
      html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}

export interface ReadabilityPage {
  id: string;
  source: string;
  expected: string;
  metadata: Record<string, string | boolean | null>;
}

export function hasReadabilityPages(dir = readabilityPagesDir): boolean {
  return existsSync(dir);
}

export function loadReadabilityPages(dir = readabilityPagesDir): ReadabilityPage[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((id) => ({
      id,
      source: readFileSync(join(dir, id, 'source.html'), 'utf8'),
      expected: readFileSync(join(dir, id, 'expected.html'), 'utf8'),
      metadata: JSON.parse(readFileSync(join(dir, id, 'expected-metadata.json'), 'utf8')),
    }));
}

/** The URL Readability's own test runner gives every test page. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';
