/** The user's verdicts on claims. Marking a claim saves the article, in the same transaction. */
import type { NewsmarkDB } from './db';
import { touchArticleInTx, upsertArticleInTx } from './articles';
import { guardWrite } from './errors';
import type { ArticleInput, ClaimStatusInput, ClaimStatusRecord } from '../model';
import { checkArticle, checkArticleMatches, checkClaimStatus } from './validate';

/** Sets (or replaces) the status and note of one claim. */
export async function setClaimStatus(
  db: NewsmarkDB,
  claim: ClaimStatusInput,
  article: ArticleInput,
): Promise<ClaimStatusRecord> {
  const input = checkClaimStatus(claim);
  const articleInput = checkArticle(article);
  checkArticleMatches(articleInput, input.articleKey);
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.claims], async () => {
      const now = Date.now();
      await upsertArticleInTx(db, articleInput, now);
      const record: ClaimStatusRecord = { ...input, modified: now };
      await db.claims.put(record);
      return record;
    }),
  );
}

export async function listClaimStatuses(db: NewsmarkDB, articleKey: string): Promise<ClaimStatusRecord[]> {
  return db.claims.where('articleKey').equals(articleKey).toArray();
}

/** Forgets the user's verdict on one claim. Returns whether there was one. */
export async function clearClaimStatus(db: NewsmarkDB, id: string): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.claims], async () => {
      const existing = await db.claims.get(id);
      if (!existing) return false;
      await db.claims.delete(id);
      await touchArticleInTx(db, existing.articleKey, Date.now());
      return true;
    }),
  );
}
