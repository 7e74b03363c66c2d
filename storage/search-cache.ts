/**
 * The library's kept search index (schema v7's `searchIndex` table). The one table an extension page
 * writes itself: it holds nothing the reader made, only an index derived from the other tables, so it
 * needs neither the background's validation nor its messages to tabs, and tens of megabytes of index
 * should not cross the messaging layer. The page checks what it reads here before trusting it.
 */
import type { NewsmarkDB } from './db';

export interface KeptSearchIndexRecord {
  id: 'library';
  version: number;
  index: string;
  stamps: string;
  /** ms since epoch. */
  savedAt: number;
}

/** The kept index as stored, unchecked (the reader of it verifies); undefined when none is kept. */
export async function readKeptSearchIndex(db: NewsmarkDB): Promise<unknown> {
  return db.searchIndex.get('library');
}

export async function writeKeptSearchIndex(db: NewsmarkDB, kept: { version: number; index: string; stamps: string }): Promise<void> {
  await db.searchIndex.put({ id: 'library', version: kept.version, index: kept.index, stamps: kept.stamps, savedAt: Date.now() });
}

/** Forgets the kept index (after a purge: the index may still hold words of what was purged). */
export async function dropKeptSearchIndex(db: NewsmarkDB): Promise<void> {
  await db.searchIndex.clear();
}
