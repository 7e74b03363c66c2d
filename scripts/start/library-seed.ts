/**
 * A small library as a Newsmark backup would hold it: three articles from two sites saved weeks apart,
 * highlights with notes and tags, marked claims, a reaction. The headless demo imports it to photograph
 * the library (library-screenshots.ts) and the library's e2e tests import it to start from known data.
 * Made-up articles on example sites; the words are ours.
 */
import type { ExportArticle, ExportLibrary } from '../../core/export/types';

const DAY = 24 * 60 * 60 * 1000;

function quote(exact: string) {
  return [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];
}

function article(
  key: string,
  title: string,
  site: string,
  savedAt: number,
  published: string,
  parts: Pick<ExportArticle, 'highlights' | 'claims' | 'reaction'>,
): ExportArticle {
  const url = `https://${key}`;
  return {
    key, url, urls: [url], title, siteName: site, byline: 'Mara Quist and Tomas Egede', authors: ['Mara Quist', 'Tomas Egede'],
    published, text: null, savedAt, updatedAt: savedAt, collections: [], speakers: [], deleted: null, ...parts,
  };
}

/** `now`: the demo's clock; the oldest article is saved 40 days before it. */
export function demoLibrary(now: number): ExportLibrary {
  const hl = (id: string, at: number, exact: string, note: string, tags: string[], color = 'yellow') => ({
    id, url: '', selectors: quote(exact), color, note, tags, created: at, modified: at, deleted: null,
  });
  const old = now - 40 * DAY;
  const recent = now - 2 * DAY;
  const today = now - 60 * 60 * 1000;
  const articles = [
    article('ledger.example/2026/harbour-strike', 'Dockers walk out as harbour talks stall', 'The Harbour Ledger', old, '2026-10-22T07:30:00Z', {
      highlights: [
        hl('d0c5e1a2-0000-4000-8000-000000000001', old + 1000, 'The strike closed both container berths for a third day', 'First report of the closure', ['ports', 'strike']),
        hl('d0c5e1a2-0000-4000-8000-000000000002', old + 2000, 'union leaders said the rota had never been shown to them', 'Check against the minutes', ['labour'], 'blue'),
      ],
      claims: [
        { id: 'claim-old-1', text: 'We kept the cold chain running', speaker: 'Jonas Becker', selectors: [], status: 'unverified', note: '', modified: old + 3000 },
      ],
      reaction: { value: 'sad', at: old + 4000 },
    }),
    article('ledger.example/2026/varga-settlement', 'Varga promises a settlement before summer', 'The Harbour Ledger', recent, '2026-11-29T09:00:00Z', {
      highlights: [
        hl('d0c5e1a2-0000-4000-8000-000000000003', recent + 1000, 'a fair and lasting settlement before the summer shipping season', 'Her third promise of a date', ['ports', 'promises'], 'green'),
        hl('d0c5e1a2-0000-4000-8000-000000000004', recent + 2000, 'reckless accusations against each other', '', ['labour'], 'pink'),
      ],
      claims: [
        { id: 'claim-new-1', text: 'The harbour will reopen in spring', speaker: 'Helena Varga', selectors: [], status: 'misleading', note: 'Berth 4 is closed until autumn', modified: recent + 3000 },
      ],
      reaction: { value: 'angry', at: recent + 4000 },
    }),
    article('coastwire.example/ferries/new-rota', 'Ferry crews vote on new rota', 'Coastwire', today, '2026-12-02T16:45:00Z', {
      highlights: [
        hl('d0c5e1a2-0000-4000-8000-000000000005', today + 1000, 'a fourth weekend of stoppages', 'Timetable differs from the Ledger', ['ferries']),
      ],
      claims: [],
      reaction: null,
    }),
  ];
  for (const a of articles) for (const h of a.highlights) h.url = a.url;
  return { articles, collections: [] };
}
