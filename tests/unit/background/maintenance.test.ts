/**
 * Deleted highlights leave the database after their grace period without the
 * reader doing anything: once when the background starts, then on a daily alarm.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { schedulePurge, DELETED_GRACE_MS, PURGE_ALARM, type AlarmsApi } from '../../../entrypoints/background/maintenance';
import { addHighlight, deleteHighlight } from '../../../storage/repository';
import { article, closeAll, freshDb, highlight } from '../storage/fixtures';

afterEach(closeAll);

const DAY = 24 * 60 * 60 * 1000;

function fakeAlarms() {
  const created: { name: string; info: { periodInMinutes?: number } }[] = [];
  let listener: ((alarm: { name: string }) => void) | undefined;
  const alarms: AlarmsApi = {
    create: (name, info) => void created.push({ name, info }),
    onAlarm: { addListener: (cb) => void (listener = cb) },
  };
  return { alarms, created, fire: (name: string) => listener?.({ name }) };
}

describe('purging deleted highlights', () => {
  it('removes, at start-up and then on the alarm, deletions older than the grace period, and nothing else', async () => {
    const db = freshDb();
    const a = article();
    const ids: Record<string, string> = {};
    for (const name of ['live', 'old', 'recent']) {
      ids[name] = (await addHighlight(db, highlight(a.key, `passage ${name}`), a)).id;
    }
    await deleteHighlight(db, ids.old);
    await deleteHighlight(db, ids.recent);
    const deletedAt = (await db.highlights.get(ids.old))!.deleted!;
    // "old" was deleted 31 days ago, "recent" yesterday.
    await db.highlights.update(ids.old, { deleted: deletedAt - 31 * DAY });
    await db.highlights.update(ids.recent, { deleted: deletedAt - DAY });

    let now = deletedAt;
    const { alarms, created, fire } = fakeAlarms();
    expect(await schedulePurge(db, alarms, () => now)).toBe(1);
    expect(created).toEqual([{ name: PURGE_ALARM, info: expect.objectContaining({ periodInMinutes: 24 * 60 }) }]);
    expect((await db.highlights.toArray()).map((h) => h.id).sort()).toEqual([ids.live, ids.recent].sort());

    // A month later the daily alarm takes the other one; the live highlight stays.
    now += DELETED_GRACE_MS;
    fire('some-other-alarm');
    fire(PURGE_ALARM);
    await expect.poll(async () => (await db.highlights.toArray()).map((h) => h.id)).toEqual([ids.live]);
  });
});

describe('purging and the library search index kept between visits', () => {
  it('forgets the kept index when something was purged (it may hold the purged words), and keeps it otherwise', async () => {
    const db = freshDb();
    const a = article();
    const id = (await addHighlight(db, highlight(a.key, 'passage old'), a)).id;
    await deleteHighlight(db, id);
    const deletedAt = (await db.highlights.get(id))!.deleted!;
    await db.searchIndex.put({ id: 'library', version: 1, index: '{"words":"passage old"}', stamps: '[]', savedAt: 1 });
    const { alarms } = fakeAlarms();
    expect(await schedulePurge(db, alarms, () => deletedAt + DAY)).toBe(0);
    expect(await db.searchIndex.count()).toBe(1);
    expect(await schedulePurge(db, alarms, () => deletedAt + DELETED_GRACE_MS + DAY)).toBe(1);
    expect(await db.searchIndex.count()).toBe(0);
  });
});
