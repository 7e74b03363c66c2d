import { parseCircular, parseDependencyTree } from 'dpdm';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No module imports itself round a loop. A cycle makes load order matter (a value read before its module
 * has run is undefined), and it means two concerns that should sit in layers have grown into one. Type-only
 * imports are erased at build time, so they are left out.
 */
const root = resolve(import.meta.dirname, '../../..');

describe('import graph', () => {
  it('has no cycle among the extension and core sources', async () => {
    const tree = await parseDependencyTree(['core/**/*.ts', 'storage/**/*.ts', 'messaging/**/*.ts', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'cli/**/*.ts'], {
      context: root,
      cwd: root,
      tsconfig: resolve(root, 'tsconfig.json'),
      transform: true,
      skipDynamicImports: false,
    });
    const cycles = parseCircular(tree).map((c) => c.join(' -> '));
    expect(cycles).toEqual([]);
  }, 60_000);
});
