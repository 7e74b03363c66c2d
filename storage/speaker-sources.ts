/**
 * What the Speakers and Variants views read: every saved article not in the Trash, with its saved
 * analysis, the reader's corrections and marked claims, in one read transaction (core/speakers does
 * the rest, without a browser). Titles and sites are the reader's corrected ones, as everywhere.
 */
import type { NewsmarkDB } from './db';
import type { ArticleForSpeakers } from '../core/speakers/across';
import { citedMetadata } from '../core/citation';

export async function readSpeakerSources(db: NewsmarkDB): Promise<ArticleForSpeakers[]> {
  return db.transaction('r', [db.articles, db.snapshots, db.corrections, db.claims], async () => {
    const [articles, snapshots, corrections, claims] = await Promise.all([
      db.articles.filter((a) => a.deleted === undefined).toArray(),
      db.snapshots.toArray(),
      db.corrections.toArray(),
      db.claims.toArray(),
    ]);
    const pages = new Map(snapshots.map((s) => [s.articleKey, s]));
    const group = <T extends { articleKey: string }>(rows: T[]) => {
      const out = new Map<string, T[]>();
      for (const r of rows) out.set(r.articleKey, [...(out.get(r.articleKey) ?? []), r]);
      return out;
    };
    const correctionsOf = group([...corrections].sort((x, y) => x.created - y.created || x.id.localeCompare(y.id)));
    const claimsOf = group(claims);
    return articles.map((a): ArticleForSpeakers => {
      const cited = citedMetadata(a);
      const page = pages.get(a.key);
      return {
        key: a.key,
        title: cited.title ?? cited.url,
        siteName: cited.siteName,
        url: cited.url,
        published: cited.published,
        savedAt: a.savedAt,
        analysis: page ? { speakers: page.speakers, claims: page.claims } : null,
        corrections: correctionsOf.get(a.key) ?? [],
        marked: (claimsOf.get(a.key) ?? []).map((c) => ({ quote: c.quote, speaker: c.speaker, status: c.status, selector: c.selector })),
      };
    });
  });
}
