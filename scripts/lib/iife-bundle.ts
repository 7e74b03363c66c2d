/**
 * One module as a single IIFE script that sets a global, built in memory with
 * Vite's library mode: how the browser benches put our core code (and
 * reference libraries) into a plain page with `page.addScriptTag`, without a
 * build directory or a server for scripts.
 */
import { build } from 'vite';

export interface IifeOptions {
  /** Absolute path of the entry module (TypeScript or JavaScript, ESM or CommonJS). */
  entry: string;
  /** The global the IIFE assigns the entry's exports to. */
  name: string;
  /** Minified by default, as shipped; off when a profile should show real function names. */
  minify?: boolean;
}

export async function bundleIife({ entry, name, minify = true }: IifeOptions): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify,
      target: 'chrome105',
      lib: {
        entry,
        name,
        formats: ['iife'],
        fileName: () => `${name}.js`,
      },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  if (!('output' in result)) throw new Error(`Vite did not return the bundle of ${entry}`);
  return result.output[0].code;
}
