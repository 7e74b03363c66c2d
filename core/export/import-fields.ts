/**
 * Field readers for imported JSON: each either returns the typed value or throws an ImportError whose
 * message names where in the file the problem is and what was expected, which is what the user is shown.
 */

export class ImportError extends Error {
  override name = 'ImportError';
}

export type Obj = Record<string, unknown>;

export const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

const show = (x: unknown) => {
  if (x === undefined) return 'nothing';
  const s = JSON.stringify(x) ?? String(x);
  return s.length > 40 ? s.slice(0, 37) + '…' : s;
};

export function fail(where: string, what: string): never {
  throw new ImportError(`${where}: ${what}`);
}

export function obj(x: unknown, where: string): Obj {
  if (!isObj(x)) fail(where, `expected an object, found ${show(x)}`);
  return x;
}

export function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(where, `"${key}" must be text, found ${show(v)}`);
  return v;
}

export function nonEmpty(o: Obj, key: string, where: string): string {
  const v = str(o, key, where);
  if (!v.trim()) fail(where, `"${key}" must not be empty`);
  return v;
}

export function strOrNull(o: Obj, key: string, where: string): string | null {
  return o[key] === null || o[key] === undefined ? null : str(o, key, where);
}

export function strings(o: Obj, key: string, where: string): string[] {
  const v = o[key];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(where, `"${key}" must be a list of texts, found ${show(v)}`);
  return v as string[];
}

/** An ISO 8601 time as ms since epoch. */
export function time(o: Obj, key: string, where: string): number {
  const v = o[key];
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) fail(where, `"${key}" must be a date and time (ISO 8601), found ${show(v)}`);
  return ms;
}

export function timeOrNull(o: Obj, key: string, where: string): number | null {
  return o[key] === null || o[key] === undefined ? null : time(o, key, where);
}

export function oneOf(value: string, allowed: readonly string[] | undefined, what: string, where: string): string {
  if (allowed && !allowed.includes(value)) fail(where, `${what} ${show(value)} is not one Newsmark knows (${allowed.join(', ')})`);
  return value;
}

/** JSON-LD allows one value or a list wherever a list is meant. */
export const list = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

/** `type` or `@type`, one value or a list. */
export const types = (o: Obj): unknown[] => [...list(o.type), ...list(o['@type'])];
