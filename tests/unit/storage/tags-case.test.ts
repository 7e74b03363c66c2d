/**
 * "Climate" and "climate" are one tag: listed once (in the spelling of its earliest highlight, with every
 * spelling counted), renamed, counted, removed and filtered on whatever the case; the stored spellings stay
 * as typed until the reader renames the tag, so existing libraries keep all their tags.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addHighlight, countTagged, listTags, renameTag, restoreTags, tagHighlights } from '../../../storage/repository';
import { SearchIndex } from '../../../entrypoints/library/search/search-index';
import { searchDocs } from '../../../entrypoints/library/search/search-docs';
import { readSearchSource } from '../../../storage/search-source';
import { article, closeAll, freshDb, highlight } from './fixtures';

afterEach(closeAll);

async function library() {
  const db = freshDb();
  const a = article();
  const tagged = async (exact: string, tags: string[]) => {
    const h = await addHighlight(db, { ...highlight(a.key, exact), body: { color: 'yellow', note: '', tags } }, a);
    // Distinct creation times, so "earliest" is well defined.
    await new Promise((r) => setTimeout(r, 3));
    return h;
  };
  const first = await tagged('the harbour will reopen', ['Climate', 'ports']);
  const second = await tagged('emissions rose again', ['climate']);
  const third = await tagged('a heatwave in March', ['CLIMATE', 'Weather']);
  return { db, first, second, third };
}

describe('tags whatever their case', () => {
  it('lists one tag in its first spelling and counts every spelling; stored spellings are kept', async () => {
    const { db, second, third } = await library();
    expect(await listTags(db)).toEqual([
      { tag: 'Climate', count: 3 },
      { tag: 'ports', count: 1 },
      { tag: 'Weather', count: 1 },
    ]);
    expect(await countTagged(db, 'climate')).toBe(3);
    // Nothing was rewritten: each highlight still has the tag as it was typed.
    expect((await db.highlights.get(second.id))!.body.tags).toEqual(['climate']);
    expect((await db.highlights.get(third.id))!.body.tags).toEqual(['CLIMATE', 'Weather']);
  });

  it('renames every spelling at once, and Undo gives each highlight its own spelling back', async () => {
    const { db, first, second, third } = await library();
    const change = await renameTag(db, 'climate', 'Environment');
    expect(change.changed).toBe(3);
    expect(await listTags(db)).toEqual([
      { tag: 'Environment', count: 3 },
      { tag: 'ports', count: 1 },
      { tag: 'Weather', count: 1 },
    ]);
    expect((await db.highlights.get(first.id))!.body.tags).toEqual(['Environment', 'ports']);
    await restoreTags(db, change.previous);
    expect((await db.highlights.get(second.id))!.body.tags).toEqual(['climate']);
    expect((await db.highlights.get(third.id))!.body.tags).toEqual(['CLIMATE', 'Weather']);
    // A change of case only is a rename too: every highlight then has the new spelling.
    await renameTag(db, 'Climate', 'climate');
    expect(await listTags(db)).toContainEqual({ tag: 'climate', count: 3 });
  });

  it('removes and adds whatever the case, never leaving one tag twice on a highlight', async () => {
    const { db, first, second, third } = await library();
    const removed = await tagHighlights(db, [first.id, second.id, third.id], { remove: 'cLiMaTe' });
    expect(removed.changed).toBe(3);
    expect((await db.highlights.get(third.id))!.body.tags).toEqual(['Weather']);
    const added = await tagHighlights(db, [third.id], { add: 'weather' });
    expect(added.changed).toBe(0);
    expect((await db.highlights.get(third.id))!.body.tags).toEqual(['Weather']);
  });

  it('the search filter finds every spelling and offers the tag once', async () => {
    const { db, first, second, third } = await library();
    const index = new SearchIndex();
    index.sync(searchDocs(await readSearchSource(db)));
    const found = index.search('', { tag: 'climate' }).map((h) => h.doc.id).sort();
    expect(found).toEqual([`h:${first.id}`, `h:${second.id}`, `h:${third.id}`].sort());
    expect([...index.facets().tags]).toEqual([['Climate', 3], ['ports', 1], ['Weather', 1]]);
  });
});
