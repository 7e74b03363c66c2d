/**
 * The stored form of "where this highlight/claim is": a versioned envelope
 * around W3C text selectors. Reading checks every field, because stored data
 * outlives the code that wrote it and may come from imports.
 */
import type { StoredSelectors, TextPositionSelector, TextQuoteSelector, TextSelector } from './types';

export const SELECTOR_FORMAT_VERSION = 1 as const;

export function storedSelectors(selectors: TextSelector[]): StoredSelectors {
  return { v: SELECTOR_FORMAT_VERSION, selectors };
}

export type ParsedSelectors = { ok: true; value: StoredSelectors } | { ok: false; error: string };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function parseSelector(x: unknown, i: number): TextSelector | string {
  if (!isObject(x)) return `selector ${i} is not an object`;
  if (x.type === 'TextQuoteSelector') {
    if (typeof x.exact !== 'string') return `selector ${i}: TextQuoteSelector.exact is not a string`;
    const prefix = x.prefix ?? '';
    const suffix = x.suffix ?? '';
    if (typeof prefix !== 'string' || typeof suffix !== 'string') {
      return `selector ${i}: TextQuoteSelector prefix/suffix must be strings`;
    }
    const q: TextQuoteSelector = { type: 'TextQuoteSelector', exact: x.exact, prefix, suffix };
    return q;
  }
  if (x.type === 'TextPositionSelector') {
    const { start, end } = x;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
      return `selector ${i}: TextPositionSelector needs integers 0 <= start <= end`;
    }
    const p: TextPositionSelector = { type: 'TextPositionSelector', start: start as number, end: end as number };
    return p;
  }
  return `selector ${i} has unsupported type ${JSON.stringify(x.type)}`;
}

/**
 * Validates stored selectors. Accepts the versioned envelope, or a bare array
 * of W3C selectors (as other tools export them), read as version 1.
 * Unknown selector types are skipped so newer records degrade gracefully;
 * an unknown version is an error, not a guess.
 */
export function parseStoredSelectors(value: unknown): ParsedSelectors {
  let list: unknown;
  if (Array.isArray(value)) {
    list = value;
  } else if (isObject(value)) {
    if (value.v !== SELECTOR_FORMAT_VERSION) {
      return { ok: false, error: `unsupported selector format version ${JSON.stringify(value.v)}` };
    }
    list = value.selectors;
  } else {
    return { ok: false, error: 'selectors must be an object {v, selectors} or an array' };
  }
  if (!Array.isArray(list)) return { ok: false, error: 'selectors is not an array' };
  const selectors: TextSelector[] = [];
  const problems: string[] = [];
  list.forEach((x, i) => {
    const r = parseSelector(x, i);
    if (typeof r === 'string') problems.push(r);
    else selectors.push(r);
  });
  if (selectors.length === 0) {
    return { ok: false, error: problems.length ? problems.join('; ') : 'no selectors' };
  }
  return { ok: true, value: storedSelectors(selectors) };
}
