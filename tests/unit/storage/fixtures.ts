/** Builders for storage tests: a fresh database per test and plausible inputs. */
import 'fake-indexeddb/auto';
import { openNewsmarkDB, type NewsmarkDB } from '../../../storage/db';
import type { ArticleInput, HighlightInput } from '../../../storage/records';

const opened: NewsmarkDB[] = [];

export function freshDbName(): string {
  return `newsmark-test-${crypto.randomUUID()}`;
}

export function freshDb(name = freshDbName()): NewsmarkDB {
  const db = openNewsmarkDB(name);
  opened.push(db);
  return db;
}

export async function closeAll(): Promise<void> {
  const names = new Set(opened.map((db) => db.name));
  for (const db of opened.splice(0)) db.close();
  for (const name of names) await indexedDB.deleteDatabase(name);
}

export function article(key = 'news.example/2026/11/harbour-vote', url = `https://${key}`): ArticleInput {
  return {
    key,
    url,
    title: 'Council backs harbour plan after long night',
    siteName: 'Example News',
    byline: 'A. Writer',
    published: '2026-11-28T08:00:00Z',
  };
}

export function highlight(articleKey: string, exact: string, url = `https://${articleKey}`): HighlightInput {
  return {
    articleKey,
    target: {
      url,
      selector: {
        v: 1,
        selectors: [
          { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
          { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
        ],
      },
    },
    body: { color: 'yellow', note: '', tags: [] },
  };
}
