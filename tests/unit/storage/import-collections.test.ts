/**
 * A backup from another library (its own collection ids) whose collection has the name of one here, in
 * another case or spacing: imported into ours, not kept as a second collection of the same name; its
 * articles join ours once each; the message says how many collections are new and which were merged.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addHighlight, addToCollection, createCollection, importLibrary, listCollections } from '../../../storage/repository';
import { readLibrary, toExportLibrary } from '../../../storage/library-snapshot';
import { describeOutcome } from '../../../entrypoints/library/ImportPanel';
import { article, closeAll, freshDb, highlight } from './fixtures';

afterEach(closeAll);

/** Another reader's library: "harbour  ESSAY" (their id) holding both articles, and "Ferries" new to us. */
async function otherLibrary() {
  const theirs = freshDb();
  const a = article();
  const b = article('news.example/other', 'https://news.example/other');
  await addHighlight(theirs, highlight(a.key, 'the harbour will reopen'), a);
  await addHighlight(theirs, highlight(b.key, 'another passage'), b);
  const essay = await createCollection(theirs, 'harbour  ESSAY');
  const ferries = await createCollection(theirs, 'Ferries');
  await addToCollection(theirs, essay.id, [a.key, b.key]);
  await addToCollection(theirs, ferries.id, [b.key]);
  return { library: toExportLibrary(await readLibrary(theirs)), a, b };
}

describe('importing collections from another library', () => {
  it('merges a same-named collection into ours (articles once each), adds the others, and says so', async () => {
    const { library, a, b } = await otherLibrary();
    const db = freshDb();
    await addHighlight(db, highlight(a.key, 'the harbour will reopen'), a);
    const ours = await createCollection(db, 'Harbour essay');
    await addToCollection(db, ours.id, [a.key]);

    const outcome = await importLibrary(db, library);
    const collections = await listCollections(db);
    expect(collections.map((c) => [c.name, c.articleCount])).toEqual([['Ferries', 1], ['Harbour essay', 2]]);
    expect(collections.find((c) => c.name === 'Harbour essay')!.id).toBe(ours.id);
    const members = (await db.collectionItems.where('collectionId').equals(ours.id).toArray()).map((i) => i.articleKey).sort();
    expect(members).toEqual([b.key, a.key].sort());
    expect(outcome.collections).toEqual({ added: 1, merged: ['Harbour essay'] });
    expect(describeOutcome(outcome, [])).toContain('1 new collection');
    expect(describeOutcome(outcome, [])).toContain('The file\'s collection “Harbour essay” was merged into yours of the same name');

    // Importing the same file again adds nothing: no collection, no membership.
    const again = await importLibrary(db, library);
    expect((await listCollections(db)).map((c) => [c.name, c.articleCount])).toEqual([['Ferries', 1], ['Harbour essay', 2]]);
    expect(again.collections!.added).toBe(0);
    expect(describeOutcome(again, [])).not.toContain('new collection');
  });

  it('into an empty library every collection is new and the message counts them', async () => {
    const { library } = await otherLibrary();
    const db = freshDb();
    const outcome = await importLibrary(db, library);
    expect(outcome.collections).toEqual({ added: 2, merged: [] });
    expect(describeOutcome(outcome, [])).toContain('2 new collections');
    expect(describeOutcome(outcome, [])).not.toContain('merged');
  });
});
