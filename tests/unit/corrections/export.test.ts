import { describe, expect, it } from 'vitest';
import { correctExportArticle, speakerKey, type Correction } from '../../../core/corrections';
import { claimMatchKey } from '../../../core/claim-key';
import { toMarkdown } from '../../../core/export/markdown';
import { toCsv } from '../../../core/export/csv';
import type { ExportArticle } from '../../../core/export/types';

const article: ExportArticle = {
  key: 'https://news.example/harbour',
  url: 'https://news.example/harbour',
  urls: ['https://news.example/harbour'],
  title: 'Harbour vote',
  siteName: 'Example News',
  byline: 'Maren Holt',
  authors: ['Maren Holt'],
  published: '2026-03-18T08:12:00Z',
  text: null,
  savedAt: 1,
  updatedAt: 2,
  reaction: null,
  collections: [],
  speakers: [
    { name: 'Helena Varga', kind: 'person', role: 'Transport Minister' },
    { name: 'Varga', kind: 'person', role: null },
    { name: 'Tom Becker', kind: 'person', role: null },
  ],
  highlights: [],
  claims: [
    { id: 'a', text: 'Nobody wins a dispute like this', speaker: 'Helena Varga', selectors: [], status: 'accurate', note: 'checked', modified: 5 },
    { id: 'b', text: 'No appetite for forcing anyone back', speaker: 'Varga', selectors: [], status: 'misleading', note: '', modified: 6 },
    { id: 'c', text: 'We kept the cold chain running', speaker: 'Tom Becker', selectors: [], status: 'inaccurate', note: '', modified: 7 },
  ],
  deleted: null,
};

const corrections: Correction[] = [
  { kind: 'merge', target: speakerKey('Varga'), from: 'Varga', into: 'Helena Varga' },
  { kind: 'rename', target: speakerKey('Tom Becker'), from: 'Tom Becker', to: 'Thomas Becker' },
  { kind: 'dismiss', target: claimMatchKey('Nobody wins a dispute like this'), quote: 'Nobody wins a dispute like this' },
  {
    kind: 'add',
    target: claimMatchKey('Ferries run late'),
    quote: 'Ferries run late',
    speaker: 'Ines Duarte',
    selector: [{ type: 'TextQuoteSelector', exact: 'Ferries run late', prefix: '', suffix: '' }],
  },
];

describe('correctExportArticle', () => {
  it('gives the exports what the popup shows: merged, renamed, dismissed left out, added included, verdicts kept', () => {
    const fixed = correctExportArticle(article, corrections);
    expect(fixed.speakers.map((s) => s.name)).toEqual(['Helena Varga', 'Thomas Becker', 'Ines Duarte']);
    expect(fixed.claims.map((c) => [c.text, c.speaker, c.status])).toEqual([
      ['No appetite for forcing anyone back', 'Helena Varga', 'misleading'],
      ['We kept the cold chain running', 'Thomas Becker', 'inaccurate'],
      ['Ferries run late', 'Ines Duarte', null],
    ]);
    const markdown = toMarkdown([fixed]);
    expect(markdown).toContain('Thomas Becker');
    expect(markdown).not.toContain('Tom Becker');
    expect(markdown).not.toContain('Nobody wins a dispute');
    expect(toCsv([fixed])).toContain('Ferries run late');
  });

  it('returns the article as it was when there is nothing to correct, and never changes its input', () => {
    expect(correctExportArticle(article, [])).toBe(article);
    const copy = structuredClone(article);
    correctExportArticle(copy, corrections);
    expect(copy).toEqual(article);
  });
});
