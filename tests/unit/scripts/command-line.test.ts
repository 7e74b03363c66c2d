import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneOf, readCommandLine, wholeNumber } from '../../../scripts/lib/command-line';

const USAGE = 'usage: bench [--runs N] [--set a|b] [--verbose]';
const OPTIONS = { runs: { type: 'string' }, set: { type: 'string' }, verbose: { type: 'boolean' } } as const;

class Exit extends Error {
  constructor(readonly status: number | string | null | undefined) {
    super(`exit ${status}`);
  }
}

/** Runs `read` with process.exit and the console captured: what a user would see, and the status. */
function outcome(read: () => unknown): { status: number | string | null | undefined; stdout: string; stderr: string; value?: unknown } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process, 'exit').mockImplementation((status) => {
    throw new Exit(status);
  });
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const value = read();
    return { status: undefined, stdout: out.join('\n'), stderr: err.join('\n'), value };
  } catch (error) {
    if (!(error instanceof Exit)) throw error;
    return { status: error.status, stdout: out.join('\n'), stderr: err.join('\n') };
  }
}

afterEach(() => vi.restoreAllMocks());

describe('script command lines', () => {
  it('reads flags and values', () => {
    const { value, status } = outcome(() => readCommandLine({ usage: USAGE, options: OPTIONS, argv: ['--runs', '7', '--verbose', '--set=b'] }));
    expect(status).toBeUndefined();
    expect((value as { values: object }).values).toEqual({ runs: '7', verbose: true, set: 'b' });
  });

  it.each([
    [['--rusn', '7'], /Unknown option '--rusn'/],
    [['--runs'], /argument missing/],
    [['--verbose=yes'], /does not take an argument/],
    [['stray'], /Unexpected argument 'stray'/],
  ])('%j: says what is wrong, shows the usage, exits 2', (argv, message) => {
    const { status, stderr } = outcome(() => readCommandLine({ usage: USAGE, options: OPTIONS, argv }));
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(USAGE);
  });

  it('--help and -h print the usage on stdout and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout } = outcome(() => readCommandLine({ usage: USAGE, options: OPTIONS, argv: [flag] }));
      expect(status).toBe(0);
      expect(stdout).toBe(USAGE);
    }
  });

  it('checks numbers and choices, with defaults when absent', () => {
    expect(outcome(() => wholeNumber(USAGE, 'runs', undefined, 5)).value).toBe(5);
    expect(outcome(() => wholeNumber(USAGE, 'runs', '0', 5, 0)).value).toBe(0);
    for (const bad of ['', 'x', '2.5', '0', '-1']) {
      const { status, stderr } = outcome(() => wholeNumber(USAGE, 'runs', bad, 5));
      expect(status, bad).toBe(2);
      expect(stderr).toContain(`--runs needs a whole number of at least 1, got "${bad}"`);
    }
    expect(outcome(() => oneOf(USAGE, 'set', 'b', ['a', 'b'] as const, 'a')).value).toBe('b');
    expect(outcome(() => oneOf(USAGE, 'set', 'c', ['a', 'b'] as const, 'a'))).toMatchObject({ status: 2, stderr: expect.stringContaining('--set must be one of a, b, got "c"') });
  });
});
