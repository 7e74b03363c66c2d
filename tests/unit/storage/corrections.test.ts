import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { article, closeAll, freshDb } from './fixtures';
import {
  deleteArticle,
  deleteCorrection,
  getArticle,
  listCorrections,
  putCorrection,
  restoreCorrection,
} from '../../../storage/repository';
import { CURRENT_SCHEMA_VERSION } from '../../../storage/schema';

afterEach(closeAll);

const quote = 'We kept the cold chain running';

describe('corrections', () => {
  it('stores a correction by article and claim key, saving the article with it', async () => {
    const db = freshDb();
    const a = article();
    const { record, previous } = await putCorrection(db, { articleKey: a.key, kind: 'dismiss', quote: `“${quote}”` }, a);
    expect(previous).toBeNull();
    expect(record).toMatchObject({ id: `${a.key}#dismiss#we kept the cold chain running`, kind: 'dismiss', target: 'we kept the cold chain running' });
    expect(await getArticle(db, a.key)).toBeDefined();
    expect(await listCorrections(db, a.key)).toEqual([record]);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('replaces a correction of the same kind and target, and hands back the one replaced for an undo', async () => {
    const db = freshDb();
    const a = article();
    const first = await putCorrection(db, { articleKey: a.key, kind: 'speaker', quote, speaker: 'Helena Varga' }, a);
    const second = await putCorrection(db, { articleKey: a.key, kind: 'speaker', quote: quote.toUpperCase(), speaker: ' Ana   Ruiz ' }, a);
    expect(second.previous).toEqual(first.record);
    expect(second.record).toMatchObject({ speaker: 'Ana Ruiz', created: first.record.created });
    expect(await listCorrections(db, a.key)).toHaveLength(1);
    // Undo: the previous one is put back.
    await restoreCorrection(db, second.previous);
    expect((await listCorrections(db, a.key))[0]).toMatchObject({ speaker: 'Helena Varga' });
  });

  it('deletes a correction and restores it (an undo of the undo); deleting twice is a no-op', async () => {
    const db = freshDb();
    const a = article();
    const { record } = await putCorrection(db, { articleKey: a.key, kind: 'merge', from: 'Varga', into: 'Helena Varga' }, a);
    const removed = await deleteCorrection(db, record.id);
    expect(removed).toEqual(record);
    expect(await listCorrections(db, a.key)).toEqual([]);
    expect(await deleteCorrection(db, record.id)).toBeNull();
    await restoreCorrection(db, removed);
    expect(await listCorrections(db, a.key)).toMatchObject([{ kind: 'merge', target: 'varga', into: 'Helena Varga' }]);
  });

  it('refuses bad input with a message and writes nothing', async () => {
    const db = freshDb();
    const a = article();
    const refused = [
      [{ articleKey: a.key, kind: 'rename', from: 'Tom Becker', to: '   ' }, /new name cannot be empty/],
      [{ articleKey: a.key, kind: 'rename', from: 'Tom Becker', to: 'x'.repeat(201) }, /at most 200/],
      [{ articleKey: a.key, kind: 'merge', from: 'Varga', into: ' varga ' }, /cannot be merged into itself/],
      [{ articleKey: a.key, kind: 'speaker', quote, speaker: '' }, /speaker’s name cannot be empty/],
      [{ articleKey: a.key, kind: 'dismiss', quote: '“ ”' }, /has no words/],
      [{ articleKey: a.key, kind: 'add', quote, speaker: 'Tom Becker', selector: [] }, /needs the selected text/],
      [{ articleKey: a.key, kind: 'recolour', quote }, /Unknown correction "recolour"/],
      [{ articleKey: 'another.example/story', kind: 'dismiss', quote }, /belongs to article/],
      [null, /correction is missing/],
    ] as const;
    for (const [input, message] of refused) await expect(putCorrection(db, input, a)).rejects.toThrow(message);
    expect(await db.corrections.count()).toBe(0);
    expect(await getArticle(db, a.key)).toBeUndefined();
  });

  it('keeps an added claim with its selectors, so it anchors after a reload', async () => {
    const db = freshDb();
    const a = article();
    const selector = [
      { type: 'TextQuoteSelector' as const, exact: 'Ferries run late', prefix: 'said ', suffix: '.' },
      { type: 'TextPositionSelector' as const, start: 40, end: 56 },
    ];
    await putCorrection(db, { articleKey: a.key, kind: 'add', quote: 'Ferries run late', speaker: 'Tom Becker', selector }, a);
    expect((await listCorrections(db, a.key))[0]).toMatchObject({ kind: 'add', speaker: 'Tom Becker', selector });
  });

  it('lists in the order they were made and goes with the article when it is deleted', async () => {
    const db = freshDb();
    const a = article();
    const b = article('news.example/2026/11/other');
    await putCorrection(db, { articleKey: a.key, kind: 'rename', from: 'Tom Becker', to: 'Thomas Becker' }, a);
    await putCorrection(db, { articleKey: a.key, kind: 'dismiss', quote }, a);
    await putCorrection(db, { articleKey: b.key, kind: 'dismiss', quote }, b);
    expect((await listCorrections(db, a.key)).map((c) => c.kind)).toEqual(['rename', 'dismiss']);
    await deleteArticle(db, a.key);
    expect(await listCorrections(db, a.key)).toEqual([]);
    expect(await listCorrections(db, b.key)).toHaveLength(1);
  });
});
