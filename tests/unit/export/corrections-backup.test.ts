/**
 * The reader's corrections in the Web Annotation backup: written with the article, read back equal, and a
 * malformed one refuses the file with where and why (never restored half-made).
 */
import { describe, expect, it } from 'vitest';
import { toWebAnnotationJson } from '../../../core/export/web-annotation';
import { parseWebAnnotationImport, type ImportOptions } from '../../../core/export/web-annotation-import';
import type { ExportCorrection, ExportLibrary } from '../../../core/export/types';
import { CLAIM_STATUSES, HIGHLIGHT_COLORS, REACTIONS } from '../../../model';
import { sampleLibrary } from './library-fixture';

const NOW = Date.UTC(2026, 11, 3, 8, 0, 0);
const options: ImportOptions = { now: NOW, vocabulary: { colors: HIGHLIGHT_COLORS, statuses: CLAIM_STATUSES, reactions: REACTIONS } };

const corrections: ExportCorrection[] = [
  { kind: 'dismiss', target: 'the weather was fine', quote: 'The weather was fine', created: NOW - 5000, modified: NOW - 5000 },
  { kind: 'speaker', target: 'we kept it running', quote: 'We kept it running', speaker: 'Port authority', created: NOW - 4000, modified: NOW - 3000 },
  { kind: 'rename', target: 'varga', from: 'Varga', to: 'Helena Varga', created: NOW - 3000, modified: NOW - 3000 },
  { kind: 'merge', target: 'h. varga', from: 'H. Varga', into: 'Helena Varga', created: NOW - 2000, modified: NOW - 2000 },
  {
    kind: 'add', target: 'the port opens on monday', quote: 'the port opens on Monday', speaker: 'Mayor',
    selector: [{ type: 'TextQuoteSelector', exact: 'the port opens on Monday', prefix: 'said ', suffix: '.' }, { type: 'TextPositionSelector', start: 10, end: 34 }],
    created: NOW - 1000, modified: NOW - 1000,
  },
];

function withCorrections(): ExportLibrary {
  const lib = sampleLibrary();
  lib.articles[0] = { ...lib.articles[0], corrections };
  return lib;
}

const backup = () => JSON.parse(toWebAnnotationJson(withCorrections(), { exportedAt: NOW })) as Record<string, any>;

function refused(doc: unknown): string {
  const r = parseWebAnnotationImport(JSON.stringify(doc), options);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
}

describe('corrections in the backup', () => {
  it('are written with their article and read back equal, every kind and time', () => {
    const lib = withCorrections();
    const text = toWebAnnotationJson(lib, { exportedAt: NOW });
    expect(JSON.parse(text)['newsmark:articles'][0].corrections).toHaveLength(5);
    const r = parseWebAnnotationImport(text, options);
    if (!r.ok) throw new Error(r.error);
    expect(r.library).toStrictEqual(lib);
    expect(toWebAnnotationJson(r.library, { exportedAt: NOW })).toBe(text);
  });

  it('refuses a malformed correction, naming the article and the correction', () => {
    const d1 = backup();
    d1['newsmark:articles'][0].corrections[0].kind = 'delete';
    expect(refused(d1)).toMatch(/article 1 \([^)]+\), correction 1: correction kind "delete" is not one Newsmark knows/);
    const d2 = backup();
    delete d2['newsmark:articles'][0].corrections[2].to;
    expect(refused(d2)).toMatch(/correction 3: "to" must be text/);
    const d3 = backup();
    d3['newsmark:articles'][0].corrections[4].selector = [{ type: 'TextPositionSelector', start: 1, end: 5 }];
    expect(refused(d3)).toMatch(/correction 5: an added claim needs its quote/);
    const d4 = backup();
    d4['newsmark:articles'][0].corrections[1].modified = 12;
    expect(refused(d4)).toMatch(/correction 2: "modified" must be a date and time/);
    const d5 = backup();
    d5['newsmark:articles'][0].corrections = { kind: 'dismiss' };
    expect(refused(d5)).toMatch(/"corrections" must be a list/);
    const d6 = backup();
    d6['newsmark:articles'][0].corrections.push(d6['newsmark:articles'][0].corrections[0]);
    expect(refused(d6)).toMatch(/correction 6: appears twice/);
  });
});
