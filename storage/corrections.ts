/**
 * The reader's corrections to an article's analysis (schema v3). A correction is a user action on the
 * article, so storing one saves the article in the same transaction, like a claim's status. Every write
 * hands back what it replaced or removed, so each correction can be undone.
 */
import type { NewsmarkDB } from './db';
import { touchArticleInTx, upsertArticleInTx } from './articles';
import { guardWrite } from './errors';
import type { ArticleInput, CorrectionChange, CorrectionRecord } from './records';
import { checkArticle, checkArticleMatches, nonEmptyString } from './validate';
import { checkCorrection, checkCorrectionRecord, correctionId } from './corrections-validate';

/** Stores (or replaces) one correction; refuses bad input with a message before anything is written. */
export async function putCorrection(db: NewsmarkDB, input: unknown, article: ArticleInput): Promise<CorrectionChange> {
  const { articleKey, correction } = checkCorrection(input);
  const articleInput = checkArticle(article);
  checkArticleMatches(articleInput, articleKey);
  const id = correctionId(articleKey, correction);
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.corrections], async () => {
      const now = Date.now();
      await upsertArticleInTx(db, articleInput, now);
      const previous = (await db.corrections.get(id)) ?? null;
      const record = { ...correction, id, articleKey, created: previous?.created ?? now, modified: now } as CorrectionRecord;
      await db.corrections.put(record);
      return { record, previous };
    }),
  );
}

/** Removes one correction (the reader's undo); returns it so that can be undone too, or null if there was none. */
export async function deleteCorrection(db: NewsmarkDB, id: string): Promise<CorrectionRecord | null> {
  nonEmptyString(id, "The correction's id");
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.corrections], async () => {
      const existing = await db.corrections.get(id);
      if (!existing) return null;
      await db.corrections.delete(id);
      await touchArticleInTx(db, existing.articleKey, Date.now());
      return existing;
    }),
  );
}

/**
 * Puts back a correction handed out by putCorrection or deleteCorrection (an undo). Checked like a new
 * one; its id is derived again, so a tampered record cannot land under another article's key.
 */
export async function restoreCorrection(db: NewsmarkDB, value: unknown): Promise<CorrectionRecord> {
  const { articleKey, correction, created } = checkCorrectionRecord(value);
  const id = correctionId(articleKey, correction);
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.corrections], async () => {
      const now = Date.now();
      const record = { ...correction, id, articleKey, created, modified: now } as CorrectionRecord;
      await db.corrections.put(record);
      await touchArticleInTx(db, articleKey, now);
      return record;
    }),
  );
}

/** One article's corrections, oldest first (the order they are applied in). */
export async function listCorrections(db: NewsmarkDB, articleKey: string): Promise<CorrectionRecord[]> {
  const records = await db.corrections.where('articleKey').equals(articleKey).toArray();
  return records.sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
}
