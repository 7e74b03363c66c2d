/**
 * One reaction per article. No record means no reaction; 'no-comment' is a
 * reaction of its own.
 */
import type { NewsmarkDB } from './db';
import { touchArticleInTx, upsertArticleInTx } from './articles';
import { guardWrite } from './errors';
import type { ArticleInput, Reaction, ReactionRecord } from '../model';
import { checkArticle, checkArticleMatches, checkReaction } from './validate';

/**
 * Sets the article's reaction (replacing any other), or clears it with null.
 * Reacting saves the article; clearing never creates one.
 */
export async function setReaction(
  db: NewsmarkDB,
  articleKey: string,
  reaction: Reaction | null,
  article: ArticleInput,
): Promise<ReactionRecord | null> {
  const choice = checkReaction(reaction);
  const articleInput = checkArticle(article);
  checkArticleMatches(articleInput, articleKey);
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.reactions], async () => {
      const now = Date.now();
      if (choice === null) {
        await db.reactions.delete(articleKey);
        await touchArticleInTx(db, articleKey, now);
        return null;
      }
      await upsertArticleInTx(db, articleInput, now);
      const record: ReactionRecord = { articleKey, reaction: choice, at: now };
      await db.reactions.put(record);
      return record;
    }),
  );
}

export async function getReaction(db: NewsmarkDB, articleKey: string): Promise<Reaction | null> {
  return (await db.reactions.get(articleKey))?.reaction ?? null;
}
