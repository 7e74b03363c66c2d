/**
 * What the Speakers and Variants views read: every saved article not in the Trash, with its saved
 * analysis (speakers and claims, never the page's text), the reader's corrections and marked claims
 * (core/speakers does the rest, without a browser). Titles and sites are the reader's corrected ones, as
 * everywhere.
 *
 * The views keep these rows in the page and follow each write's keys (speakers-mirror.ts): a snapshot
 * row holds the page's text as well, so re-reading every snapshot on each change read the whole library's
 * text to show who was quoted. `readSpeakerSources` reads it all at once, for callers that read once.
 */
import type { NewsmarkDB } from './db';
import type { ArticleForSpeakers } from '../core/speakers/across';
import type { ArticleRecord, ArticleSnapshotRecord, ClaimStatusRecord, CorrectionRecord } from '../model';
import { citedMetadata } from '../core/citation';

export const SPEAKER_SOURCE_TABLES = ['articles', 'snapshots', 'corrections', 'claims'] as const;

/** The part of a snapshot the views use: its text dropped as soon as it is read. */
export type SnapshotAnalysis = Pick<ArticleSnapshotRecord, 'articleKey' | 'speakers' | 'claims'>;

export function analysisOf(s: ArticleSnapshotRecord): SnapshotAnalysis {
  return { articleKey: s.articleKey, speakers: s.speakers, claims: s.claims };
}

export interface SpeakerRows {
  articles: Iterable<ArticleRecord>;
  analyses: ReadonlyMap<string, SnapshotAnalysis>;
  corrections: Iterable<CorrectionRecord>;
  claims: Iterable<ClaimStatusRecord>;
}

function group<T extends { articleKey: string }>(rows: Iterable<T>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.articleKey);
    if (list) list.push(r);
    else out.set(r.articleKey, [r]);
  }
  return out;
}

/** The views' input from the rows: live articles only, corrections oldest first. */
export function speakerSourcesOf(rows: SpeakerRows): ArticleForSpeakers[] {
  const correctionsOf = group([...rows.corrections].sort((x, y) => x.created - y.created || x.id.localeCompare(y.id)));
  const claimsOf = group(rows.claims);
  const out: ArticleForSpeakers[] = [];
  for (const a of rows.articles) {
    if (a.deleted !== undefined) continue;
    const cited = citedMetadata(a);
    const page = rows.analyses.get(a.key);
    out.push({
      key: a.key,
      title: cited.title ?? cited.url,
      siteName: cited.siteName,
      url: cited.url,
      published: cited.published,
      savedAt: a.savedAt,
      analysis: page ? { speakers: page.speakers, claims: page.claims } : null,
      corrections: correctionsOf.get(a.key) ?? [],
      marked: (claimsOf.get(a.key) ?? []).map((c) => ({ quote: c.quote, speaker: c.speaker, status: c.status, selector: c.selector })),
    });
  }
  return out;
}

/** Everything at once, in one read transaction. */
export async function readSpeakerSources(db: NewsmarkDB): Promise<ArticleForSpeakers[]> {
  return db.transaction('r', [db.articles, db.snapshots, db.corrections, db.claims], async () => {
    const [articles, analyses, corrections, claims] = await Promise.all([
      db.articles.toArray(),
      db.snapshots.toArray().then((rows) => new Map(rows.map((s) => [s.articleKey, analysisOf(s)]))),
      db.corrections.toArray(),
      db.claims.toArray(),
    ]);
    return speakerSourcesOf({ articles, analyses, corrections, claims });
  });
}
