/**
 * The reader's corrections in a Newsmark backup (an article's "corrections" list), read strictly: a
 * correction with an unknown kind, a missing name or quote, or an added claim without its quote selector
 * refuses the file with where and why, like every other field, rather than being restored half-made.
 */
import type { TextSelector } from '../anchoring/types';
import { parseStoredSelectors } from '../anchoring/stored-selectors';
import type { Correction, CorrectionKind } from '../corrections/types';
import type { ExportCorrection } from './types';
import { fail, nonEmpty, obj, oneOf, str, time, type Obj } from './import-fields';

const KINDS: readonly CorrectionKind[] = ['dismiss', 'speaker', 'rename', 'merge', 'add'];

function selectors(o: Obj, where: string): TextSelector[] {
  if (!Array.isArray(o.selector)) fail(where, '"selector" must be a list');
  const parsed = parseStoredSelectors(o.selector);
  if (!parsed.ok) fail(where, parsed.error);
  const list = parsed.value.selectors;
  if (!list.some((s) => s.type === 'TextQuoteSelector' && s.exact.trim() !== '')) {
    fail(where, 'an added claim needs its quote (a TextQuoteSelector with text) to be found on the page again');
  }
  return list;
}

function readCorrection(x: unknown, where: string): ExportCorrection {
  const o = obj(x, where);
  const kind = oneOf(str(o, 'kind', where), KINDS, 'correction kind', where) as CorrectionKind;
  const target = nonEmpty(o, 'target', where);
  let c: Correction;
  switch (kind) {
    case 'dismiss':
      c = { kind, target, quote: nonEmpty(o, 'quote', where) };
      break;
    case 'speaker':
      c = { kind, target, quote: nonEmpty(o, 'quote', where), speaker: nonEmpty(o, 'speaker', where) };
      break;
    case 'rename':
      c = { kind, target, from: nonEmpty(o, 'from', where), to: nonEmpty(o, 'to', where) };
      break;
    case 'merge':
      c = { kind, target, from: nonEmpty(o, 'from', where), into: nonEmpty(o, 'into', where) };
      break;
    default:
      c = { kind, target, quote: nonEmpty(o, 'quote', where), speaker: nonEmpty(o, 'speaker', where), selector: selectors(o, where) };
  }
  return { ...c, created: time(o, 'created', where), modified: time(o, 'modified', where) };
}

/** The article's corrections; none when the backup (an older one) has no list. */
export function readCorrections(x: unknown, at: string): { corrections?: ExportCorrection[] } {
  if (x === undefined || x === null) return {};
  if (!Array.isArray(x)) fail(at, '"corrections" must be a list');
  const seen = new Set<string>();
  const corrections = x.map((c, i) => {
    const where = `${at}, correction ${i + 1}`;
    const read = readCorrection(c, where);
    const id = `${read.kind}#${read.target}`;
    if (seen.has(id)) fail(where, `appears twice (${read.kind} of "${read.target}")`);
    seen.add(id);
    return read;
  });
  return { corrections };
}
