import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..', '..');
export const fixturesDir = resolve(repoRoot, 'tests', 'fixtures', 'extract');
/** The shared data sets sit beside the repository, never inside it. */
export const sharedDir = resolve(repoRoot, '..', 'shared');

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixture(name: string): string {
  return readFileSync(resolve(fixturesDir, name), 'utf8');
}

/** A minimal page around some body markup, with optional head markup. */
export function page(body: string, head = ''): Document {
  return parse(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
}
