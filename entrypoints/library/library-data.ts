/** The library as export formats read it, read when needed (not live: a whole library is large). */
import { pickArticles, readLibrary, toExportLibrary } from '../../storage/queries';
import type { ExportLibrary } from '../../core/export';
import { db } from './db';

export async function loadExportLibrary(): Promise<ExportLibrary> {
  return toExportLibrary(await readLibrary(db));
}

export async function loadArticles(keys: Iterable<string>): Promise<ExportLibrary> {
  return pickArticles(await loadExportLibrary(), new Set(keys));
}
