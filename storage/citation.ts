/**
 * The reader's corrections to an article's citation (core/citation.ts),
 * stored on the article record as an optional, non-indexed field: no schema
 * change. Correcting a citation is acting on the article, so it saves the
 * article if it was not saved yet.
 */
import type { NewsmarkDB } from './db';
import { guardWrite, InvalidRecordError } from './errors';
import type { ArticleInput, ArticleRecord } from './records';
import { checkArticle } from './validate';
import { upsertArticleInTx } from './articles';
import { CITATION_FIELDS, applyCitationPatch, citationProblem, type CitationPatch } from '../core/citation';

/** The patch as sent, checked field by field; throws InvalidRecordError saying what is wrong. */
export function checkCitationPatch(value: unknown): CitationPatch {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidRecordError('The citation change is missing.');
  const input = value as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!(CITATION_FIELDS as readonly string[]).includes(key)) throw new InvalidRecordError(`A citation has no field ${JSON.stringify(key)}.`);
  }
  for (const field of CITATION_FIELDS) {
    if (!(field in input)) continue;
    const v = input[field];
    if (v === null) {
      patch[field] = null;
      continue;
    }
    if (field === 'authors' ? !Array.isArray(v) || v.some((n) => typeof n !== 'string') : typeof v !== 'string') {
      throw new InvalidRecordError(`The citation's ${field} has the wrong type.`);
    }
    const empty = typeof v === 'string' && v.trim() === '';
    const problem = empty ? null : citationProblem(field, typeof v === 'string' ? v.trim() : (v as string[]));
    if (problem) throw new InvalidRecordError(`The citation's ${field}: ${problem}`);
    patch[field] = v;
  }
  return patch as CitationPatch;
}

/** Applies `patch` to the article's corrections, saving the article first if needed. All or nothing. */
export async function setArticleCitation(db: NewsmarkDB, article: ArticleInput, patch: CitationPatch): Promise<ArticleRecord> {
  const input = checkArticle(article);
  const change = checkCitationPatch(patch);
  return guardWrite(() =>
    db.transaction('rw', db.articles, async () => {
      const now = Date.now();
      const record = await upsertArticleInTx(db, input, now);
      const citation = applyCitationPatch(record.citation, change);
      const next: ArticleRecord = { ...record, updatedAt: Math.max(now, record.updatedAt) };
      if (citation) next.citation = citation;
      else delete next.citation;
      await db.articles.put(next);
      return next;
    }),
  );
}
