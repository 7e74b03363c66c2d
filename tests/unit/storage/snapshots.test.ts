/**
 * Snapshots of saved pages (schema v5): stored only for a saved article, kept until the reader saves
 * again, gone to the Trash and purged with their article, carried field by field by the backup, and an
 * old backup without them still imports.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addHighlight, deleteArticle, importLibrary, purgeDeletedArticles, restoreArticle, saveArticle, trashArticle } from '../../../storage/repository';
import { getSnapshot, putSnapshot, checkSnapshotInput } from '../../../storage/snapshots';
import { readLibrary, toExportLibrary } from '../../../storage/library-snapshot';
import { parseWebAnnotationImport, toWebAnnotationJson } from '../../../core/export';
import { CLAIM_STATUSES, HIGHLIGHT_COLORS, REACTIONS, SNAPSHOT_MAX_TEXT_CHARS, type SnapshotInput } from '../../../model';
import { buildSnapshot } from '../../../core/snapshot/build';
import { article, closeAll, freshDb, highlight } from './fixtures';

afterEach(closeAll);

const vocabulary = { colors: HIGHLIGHT_COLORS, statuses: CLAIM_STATUSES, reactions: REACTIONS };

function page(text = 'The mayor spoke. "We will reopen the harbour in spring," said Ada Okafor. Nobody objected.'): SnapshotInput {
  return buildSnapshot({
    url: 'https://news.example/2026/11/harbour-vote',
    text,
    language: 'en',
    speakers: [{ id: 's1', name: 'Ada Okafor', kind: 'person', role: 'mayor', mentions: 2 }],
    claims: [{
      id: 'c1', speakerId: 's1', speaker: 'Ada Okafor', text: 'We will reopen the harbour in spring', kind: 'direct', cue: 'said', confidence: 0.9,
      selector: [{ type: 'TextQuoteSelector', exact: 'We will reopen the harbour in spring', prefix: 'spoke. "', suffix: '," said' }, { type: 'TextPositionSelector', start: 18, end: 54 }],
    }],
  });
}

describe('storing a snapshot', () => {
  it('is refused for an article that is not saved, stored for a saved one, and replaced only when the reader saves again', async () => {
    const db = freshDb();
    const a = article();
    expect(await putSnapshot(db, a.key, page(), false)).toMatchObject({ stored: false, reason: 'not-saved' });
    expect(await getSnapshot(db, a.key)).toBeUndefined();

    await saveArticle(db, a);
    expect(await putSnapshot(db, a.key, page(), false, 1000)).toMatchObject({ stored: true, partial: false });
    expect(await putSnapshot(db, a.key, page('Changed page.'), false, 2000)).toMatchObject({ stored: false, reason: 'kept-earlier' });
    expect((await getSnapshot(db, a.key))?.takenAt).toBe(1000);
    expect(await putSnapshot(db, a.key, page('Changed page.'), true, 3000)).toMatchObject({ stored: true });
    expect(await getSnapshot(db, a.key)).toMatchObject({ text: 'Changed page.', takenAt: 3000 });
  });

  it('keeps the first million characters of a 5 MB page and says so, instead of refusing it', async () => {
    const db = freshDb();
    const a = article();
    await saveArticle(db, a);
    const huge = 'Word '.repeat(1_048_576); // 5 MB
    const outcome = await putSnapshot(db, a.key, page(huge), true);
    expect(outcome.stored).toBe(true);
    expect(outcome.partial).toBe(true);
    expect(outcome.message).toBe('Kept the first 1,000,000 of 5,242,880 characters of the text and 1 claim.');
    const stored = await getSnapshot(db, a.key);
    expect(stored?.text.length).toBe(SNAPSHOT_MAX_TEXT_CHARS);
    expect(stored?.textLength).toBe(huge.length);
  });

  it('refuses malformed snapshots with the reason', () => {
    expect(() => checkSnapshotInput({ ...page(), text: 'x'.repeat(SNAPSHOT_MAX_TEXT_CHARS + 1) })).toThrow(/longer than/);
    expect(() => checkSnapshotInput({ ...page(), claims: 'none' })).toThrow(/claims must be a list/);
    expect(() => checkSnapshotInput({ ...page(), textLength: 3 })).toThrow(/shorter than its text/);
    expect(() => checkSnapshotInput({ ...page(), claims: [{ ...page().claims[0], confidence: 7 }] })).toThrow(/confidence/);
    expect(() => checkSnapshotInput({ ...page(), speakers: [{ id: 's', name: 'X', kind: 'robot', role: null, mentions: 1 }] })).toThrow(/unknown kind/);
  });
});

describe('a snapshot and its article', () => {
  it('goes to the Trash and back with the article, and is purged with it', async () => {
    const db = freshDb();
    const a = article();
    await addHighlight(db, highlight(a.key, 'reopen the harbour'), a);
    await putSnapshot(db, a.key, page(), false);
    await trashArticle(db, a.key, 1000);
    expect(await getSnapshot(db, a.key)).toBeDefined();
    await restoreArticle(db, a.key);
    expect((await getSnapshot(db, a.key))?.claims).toHaveLength(1);
    await trashArticle(db, a.key, 1000);
    expect(await purgeDeletedArticles(db, 2000)).toBe(1);
    expect(await getSnapshot(db, a.key)).toBeUndefined();
  });

  it('is deleted with its article', async () => {
    const db = freshDb();
    const a = article();
    await saveArticle(db, a);
    await putSnapshot(db, a.key, page(), false);
    await deleteArticle(db, a.key);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('the backup', () => {
  it('carries the snapshot: export, import into an empty library, every field equal', async () => {
    const db = freshDb();
    const a = article();
    await saveArticle(db, a);
    await putSnapshot(db, a.key, page('Line one.\n\n"We will reopen the harbour in spring," said Ada Okafor — “été” 東京.'), false, 1_764_000_000_123);
    const before = await readLibrary(db);
    const file = toWebAnnotationJson(toExportLibrary(before), { exportedAt: Date.now() });
    const parsed = parseWebAnnotationImport(file, { now: Date.now(), vocabulary });
    if (!parsed.ok) throw new Error(parsed.error);
    const empty = freshDb();
    await importLibrary(empty, parsed.library);
    expect(await empty.snapshots.toArray()).toEqual(before.snapshots);
    // Twice: nothing changes.
    const again = await importLibrary(empty, parsed.library);
    expect(again.counts.article.unchanged).toBe(1);
    expect(await empty.snapshots.toArray()).toEqual(before.snapshots);
  });

  it('of an older Newsmark, without snapshots, still imports', async () => {
    const db = freshDb();
    const a = article();
    await addHighlight(db, highlight(a.key, 'reopen the harbour'), a);
    const json = JSON.parse(toWebAnnotationJson(toExportLibrary(await readLibrary(db)), { exportedAt: Date.now() }));
    for (const x of json['newsmark:articles']) delete x.snapshot;
    const parsed = parseWebAnnotationImport(JSON.stringify(json), { now: Date.now(), vocabulary });
    if (!parsed.ok) throw new Error(parsed.error);
    const empty = freshDb();
    await importLibrary(empty, parsed.library);
    expect(await empty.highlights.count()).toBe(1);
    expect(await empty.snapshots.count()).toBe(0);
  });

  it('with a broken snapshot is refused whole, naming it, and writes nothing', async () => {
    const db = freshDb();
    const a = article();
    await saveArticle(db, a);
    await putSnapshot(db, a.key, page(), false);
    const json = JSON.parse(toWebAnnotationJson(toExportLibrary(await readLibrary(db)), { exportedAt: Date.now() }));
    json['newsmark:articles'][0].snapshot.claims[0].confidence = 'high';
    const parsed = parseWebAnnotationImport(JSON.stringify(json), { now: Date.now(), vocabulary });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/snapshot, claim 1.*confidence/);
  });
});
