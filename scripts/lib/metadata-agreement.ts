/**
 * Whether our metadata agrees with Readability's expected-metadata.json, after
 * the normalisation the extraction issue sets: their bylines may carry "By",
 * roles or dates (every name of ours must appear in theirs), titles are equal
 * with or without a site-name suffix, dates are the same instant.
 */

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const SUFFIX_SEPARATOR = /^\s*(?:[|\-–—:·•»«/]|::)\s*/;

export function sameTitle(ours: string | null, theirs: string): boolean {
  if (!ours) return false;
  const a = collapse(ours);
  const b = collapse(theirs);
  if (a === b || squash(a) === squash(b)) return true;
  const within = (short: string, long: string): boolean =>
    (long.startsWith(short) && SUFFIX_SEPARATOR.test(long.slice(short.length))) ||
    (long.endsWith(short) && /\s*(?:[|\-–—:·•»«/]|::)\s*$/.test(long.slice(0, long.length - short.length)));
  return within(a, b) || within(b, a);
}

export function sameByline(ours: string | null, theirs: string): boolean {
  if (!ours) return false;
  const hay = collapse(theirs);
  return ours.split(', ').every((name) => hay.includes(collapse(name)));
}

function instant(s: string): number {
  const v = s.trim().replace(' ', 'T');
  const zoned = /(?:z|[+-]\d{2}:?\d{2})$/i.test(v) ? v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : `${v}${v.includes('T') ? '' : 'T00:00:00'}Z`;
  return Date.parse(zoned.replace(/\.(\d{3})\d+/, '.$1'));
}

export function sameInstant(ours: string | null, theirs: string): boolean {
  if (!ours) return false;
  const a = instant(ours);
  const b = instant(theirs);
  return !Number.isNaN(a) && a === b;
}

export function sameText(ours: string | null, theirs: string): boolean {
  if (!ours) return false;
  return squash(ours) === squash(theirs);
}

export interface FieldCheck {
  field: string;
  expectedKey: string;
  same: (ours: string | null, theirs: string) => boolean;
}

export const METADATA_FIELDS: FieldCheck[] = [
  { field: 'title', expectedKey: 'title', same: sameTitle },
  { field: 'byline', expectedKey: 'byline', same: sameByline },
  { field: 'siteName', expectedKey: 'siteName', same: (a, b) => a !== null && collapse(a) === collapse(b) },
  { field: 'published', expectedKey: 'publishedTime', same: sameInstant },
  { field: 'language', expectedKey: 'lang', same: (a, b) => a !== null && collapse(a) === collapse(b) },
  { field: 'description', expectedKey: 'excerpt', same: sameText },
];

export interface FieldAgreement {
  /** Pages whose expected metadata gives the field. */
  given: number;
  agree: number;
  /** One line per disagreement: page, ours, theirs. */
  misses: string[];
}

/** How many of the pages that give `check`'s field agree with ours, and which do not. */
export function fieldAgreement(
  check: FieldCheck,
  pages: readonly { id: string; metadata: Record<string, unknown>; ours: object | null }[],
): FieldAgreement {
  const result: FieldAgreement = { given: 0, agree: 0, misses: [] };
  for (const page of pages) {
    const expected = page.metadata[check.expectedKey];
    if (typeof expected !== 'string' || expected.trim() === '') continue;
    result.given++;
    const ours = (page.ours as Record<string, string | null> | null)?.[check.field] ?? null;
    if (check.same(ours, expected)) result.agree++;
    else result.misses.push(`${page.id}: ours=${JSON.stringify(ours)} theirs=${JSON.stringify(expected)}`);
  }
  return result;
}

