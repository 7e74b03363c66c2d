/**
 * npm run --silent analyze -- [--url URL] <file.html|dir|->...
 *
 * Prints one JSON object per input, one per line, in input order (a directory
 * stands for its .html/.htm files, sorted). The same core code as the content
 * script runs here on linkedom. Bad input gets a line with an `error` and the
 * rest are still processed; the exit status is 1 if any input failed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../core/analyze';

interface Input {
  file: string;
  read: () => Buffer;
}

class InputError extends Error {}

const USAGE = 'usage: npm run --silent analyze -- [--url URL] <file.html|dir|->...';

/** The parsed command line, or the text to print and the exit status (usage on --help, a message on a mistake). */
function readArgs(argv: string[]): { url: string | null; paths: string[] } | { print: string; status: number } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    return { print: `${error instanceof Error ? error.message : String(error)}\n${USAGE}`, status: 2 };
  }
  const { values, positionals } = parsed;
  if (values.help) return { print: USAGE, status: 0 };
  if (positionals.length === 0) return { print: `No input given.\n${USAGE}`, status: 2 };
  let url: string | null = null;
  if (values.url !== undefined) {
    try {
      url = new URL(values.url).href;
    } catch {
      return { print: `--url is not a valid URL: ${values.url}\n${USAGE}`, status: 2 };
    }
  }
  return { url, paths: positionals };
}

function expand(path: string): Input[] {
  if (path === '-') return [{ file: '-', read: () => readFileSync(0) }];
  if (!existsSync(path)) return [{ file: path, read: () => { throw new InputError('file not found'); } }];
  const stat = statSync(path);
  if (stat.isDirectory()) {
    const files = readdirSync(path)
      .filter((name) => /\.html?$/i.test(name))
      .sort();
    if (files.length === 0) return [{ file: path, read: () => { throw new InputError('directory has no .html or .htm files'); } }];
    return files.map((name) => ({ file: join(path, name), read: () => readFileSync(join(path, name)) }));
  }
  if (!stat.isFile()) return [{ file: path, read: () => { throw new InputError('not a regular file'); } }];
  return [{ file: path, read: () => readFileSync(path) }];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes with the charset the page declares (sites still serve windows-1252
 * or GBK), UTF-8 otherwise. A saved page is often re-encoded as UTF-8 while its
 * <meta> still names the original charset; bytes that are valid UTF-8 and not
 * plain ASCII almost never come from a legacy encoding by chance, so they win
 * over the label.
 */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      // Not UTF-8: the label is right.
    }
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: UTF-8 is the best remaining guess.
    }
  }
  return bytes.toString('utf8');
}

function checkHtml(bytes: Buffer): string {
  if (bytes.length === 0) throw new InputError('empty file');
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new InputError('binary file (contains NUL bytes), not HTML');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > sample.length * 0.05) throw new InputError('binary file, not HTML');
  const text = decode(bytes);
  if (text.trim() === '') throw new InputError('empty file (only whitespace)');
  if (!/<(?:!doctype\s+html|html|head|body|title|meta|p|div|article|main|section|h[1-6]|span|a|br|table|ul|ol)\b[^>]*>/i.test(text)) {
    throw new InputError('not HTML: no HTML markup found');
  }
  return text;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

function analyzeInput(input: Input, url: string | null): Record<string, unknown> {
  const html = checkHtml(input.read());
  const t0 = performance.now();
  const { document } = parseHTML(html);
  const parseMs = performance.now() - t0;
  if (!document.documentElement) throw new InputError('not HTML: no elements, only a doctype, comments or text outside any tag');
  const analysis = analyzeDocument(document as unknown as Document, url ? { url } : {});
  const article = analysis.article;
  return {
    file: input.file,
    url: url ?? article?.canonicalUrl ?? null,
    isArticle: article?.isArticle ?? false,
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    published: article?.published ?? null,
    language: article?.language ?? null,
    text: article?.text ?? '',
    speakers: analysis.speakers,
    claims: analysis.claims,
    ms: { parse: round(parseMs), extract: round(analysis.ms.extract), attribute: round(analysis.ms.attribute) },
  };
}

function main(): number {
  const args = readArgs(process.argv.slice(2));
  if ('print' in args) {
    (args.status === 0 ? process.stdout : process.stderr).write(`${args.print}\n`);
    return args.status;
  }
  let failed = false;
  for (const path of args.paths) {
    for (const input of expand(path)) {
      let line: Record<string, unknown>;
      try {
        line = analyzeInput(input, args.url);
      } catch (err) {
        failed = true;
        const message = err instanceof InputError ? err.message : `could not analyze: ${err instanceof Error ? err.message : String(err)}`;
        line = { file: input.file, error: message };
      }
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
