/**
 * The Speakers and Variants views' rows, kept in the page and following the database write by write
 * (storage/changed-keys.ts): read whole once, then only the rows each write changed. A snapshot's text
 * is dropped as soon as it is read (storage/speaker-sources.ts), so a claim marked or a correction made
 * reads that one row, not every saved page's text again.
 */
import { signal } from '@preact/signals';
import type { ArticleForSpeakers } from '../../core/speakers/across';
import type { ArticleRecord, ArticleSnapshotRecord, ClaimStatusRecord, CorrectionRecord } from '../../model';
import {
  analysisOf, applyChangedRows, followTables, speakerSourcesOf, SPEAKER_SOURCE_TABLES,
  type ChangedRows, type NewsmarkDB, type SnapshotAnalysis,
} from '../../storage/queries';

export class SpeakerSourcesMirror {
  readonly value = signal<ArticleForSpeakers[] | undefined>(undefined);
  readonly error = signal<Error | null>(null);
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly analyses = new Map<string, SnapshotAnalysis>();
  private readonly corrections = new Map<string, CorrectionRecord>();
  private readonly claims = new Map<string, ClaimStatusRecord>();
  private follower: { stop: () => void; settled: () => Promise<void> } | undefined;

  apply(rows: Map<string, ChangedRows<unknown>>): void {
    const same = <T>(row: T) => row;
    const take = <T, S>(copy: Map<string, S>, table: string, keyOf: (row: T) => string, keep: (row: T) => S) => {
      const changed = rows.get(table) as ChangedRows<T> | undefined;
      if (changed) applyChangedRows(copy, changed, keyOf, keep);
    };
    take<ArticleRecord, ArticleRecord>(this.articles, 'articles', (a) => a.key, same);
    take<ArticleSnapshotRecord, SnapshotAnalysis>(this.analyses, 'snapshots', (s) => s.articleKey, analysisOf);
    take<CorrectionRecord, CorrectionRecord>(this.corrections, 'corrections', (c) => c.id, same);
    take<ClaimStatusRecord, ClaimStatusRecord>(this.claims, 'claims', (c) => c.id, same);
    this.value.value = speakerSourcesOf({
      articles: this.articles.values(), analyses: this.analyses, corrections: this.corrections.values(), claims: this.claims.values(),
    });
    this.error.value = null;
  }

  follow(db: NewsmarkDB): () => void {
    this.follower = followTables(db, SPEAKER_SOURCE_TABLES, (rows) => this.apply(rows), (error) => {
      this.error.value = error instanceof Error ? error : new Error(String(error));
    });
    return this.follower.stop;
  }

  settled(): Promise<void> {
    return this.follower?.settled() ?? Promise.resolve();
  }
}
