/**
 * What the library exports in the reading formats is what the popup shows: the snapshot the library
 * reads (storage → toExportLibrary, as entrypoints/library/library-data.ts does) goes through the reader's
 * corrections (dismissed claims left out, speakers changed, renamed, merged) and cites the corrected
 * metadata, while the backup keeps the raw records and the corrections beside them.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { putCorrection, setArticleCitation, setClaimStatus } from '../../../storage/repository';
import { readLibrary, toExportLibrary } from '../../../storage/library-snapshot';
import { toClaimReviews, toCsv, toCslItems, toMarkdown, toWebAnnotation } from '../../../core/export';
import { article, closeAll, freshDb } from './fixtures';

afterEach(closeAll);

async function corrected() {
  const db = freshDb();
  const a = article();
  const claim = (id: string, quote: string, speaker: string, status: 'misleading' | 'accurate') =>
    setClaimStatus(db, { id, articleKey: a.key, quote, speaker, selector: [], status, note: '' }, a);
  await claim('c1', 'We kept the harbour running all winter', 'Varga', 'misleading');
  await claim('c2', 'The weather was fine on Tuesday', 'Varga', 'accurate');
  await claim('c3', 'Fees will not rise this year', 'H. Varga', 'accurate');
  await claim('c4', 'Ships waited for three days', 'Varga', 'accurate');
  await putCorrection(db, { articleKey: a.key, kind: 'dismiss', quote: 'The weather was fine on Tuesday' }, a);
  await putCorrection(db, { articleKey: a.key, kind: 'rename', from: 'Varga', to: 'Helena Varga' }, a);
  await putCorrection(db, { articleKey: a.key, kind: 'merge', from: 'H. Varga', into: 'Helena Varga' }, a);
  await putCorrection(db, { articleKey: a.key, kind: 'speaker', quote: 'Ships waited for three days', speaker: 'Port authority' }, a);
  await setArticleCitation(db, a, { title: 'Harbour reopens after the vote', authors: ['Ana Ruiz'] });
  return toExportLibrary(await readLibrary(db));
}

describe('reading exports from the library', () => {
  it('leave dismissed claims out and name speakers as corrected, in every format that lists claims', async () => {
    const lib = await corrected();
    const md = toMarkdown(lib.articles);
    expect(md).toContain('Harbour reopens after the vote');
    expect(md).toContain('Ruiz');
    expect(md).toContain('Helena Varga');
    expect(md).toContain('Port authority');
    expect(md).not.toContain('The weather was fine');
    expect(md).not.toMatch(/#### (H\. )?Varga\b/);

    const csv = toCsv(lib.articles);
    expect(csv).not.toContain('The weather was fine');
    expect(csv).toMatch(/Fees will not rise this year[^\n]*Helena Varga/);
    expect(csv).toMatch(/Ships waited for three days[^\n]*Port authority/);

    const reviews = toClaimReviews(lib.articles) as Record<string, any>[];
    const reviewed = reviews.map((r) => [r.claimReviewed, r.itemReviewed.author.name]);
    expect(reviewed).toContainEqual(['We kept the harbour running all winter', 'Helena Varga']);
    expect(reviewed.map((r) => r[0])).not.toContain('The weather was fine on Tuesday');

    const [item] = toCslItems(lib.articles);
    expect(item.title).toBe('Harbour reopens after the vote');
  });

  it('the backup keeps the raw claims and the corrections, not their result', async () => {
    const lib = await corrected();
    const doc = toWebAnnotation(lib, { exportedAt: Date.now() }) as Record<string, any>;
    const claims = doc.first.items.map((x: any) => x['newsmark:claim']).filter(Boolean);
    expect(claims).toContainEqual({ text: 'The weather was fine on Tuesday', speaker: 'Varga' });
    expect(doc['newsmark:articles'][0].title).not.toBe('Harbour reopens after the vote');
    expect(doc['newsmark:articles'][0].corrections.map((c: any) => c.kind)).toEqual(['dismiss', 'rename', 'merge', 'speaker']);
  });
});
