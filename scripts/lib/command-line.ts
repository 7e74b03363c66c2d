/**
 * Command lines of the scripts, read with `node:util` parseArgs. What the
 * scripts add to it: `--help`/`-h` prints the usage, and any mistake (an
 * unknown flag, a missing or malformed value, a stray argument) prints what
 * was wrong and the usage on stderr and exits with status 2, never a stack.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

export interface CommandLine<O extends Options> {
  usage: string;
  options: O;
  /** Whether bare arguments (files, pages) are accepted. */
  positionals?: boolean;
  argv?: string[];
}

export function readCommandLine<const O extends Options>(spec: CommandLine<O>): Parsed<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args: spec.argv ?? process.argv.slice(2),
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: spec.positionals ?? false,
      strict: true,
    }) as Parsed<O>;
  } catch (error) {
    usageError(spec.usage, error instanceof Error ? error.message : String(error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(spec.usage);
    process.exit(0);
  }
  return parsed;
}

export function usageError(usage: string, message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/** A whole-number option: `fallback` when absent, a usage error when not a whole number of at least `min`. */
export function wholeNumber(usage: string, name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < min) {
    usageError(usage, `--${name} needs a whole number of at least ${min}, got "${raw}".`);
  }
  return value;
}

/** An option with a fixed set of values: `fallback` when absent, a usage error for anything else. */
export function oneOf<T extends string>(usage: string, name: string, raw: string | undefined, choices: readonly T[], fallback: T): T {
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) usageError(usage, `--${name} must be one of ${choices.join(', ')}, got "${raw}".`);
  return raw as T;
}
