/**
 * Housekeeping the reader never has to ask for. A deleted highlight stays in
 * the database for a grace period (so Undo, and later a Trash, can bring it
 * back), then its quote, note and tags are removed for good: when the
 * background starts, and on a daily alarm (a service worker may run for days
 * without restarting, or restart every few minutes; the alarm covers the
 * first, start-up the second). The alarms API is in both Chromium MV3 and
 * Firefox MV2.
 */
import type { NewsmarkDB } from '../../storage/db';
import { purgeDeletedHighlights } from '../../storage/highlights';
import { purgeDeletedArticles } from '../../storage/trash';
import { dropKeptSearchIndex } from '../../storage/search-cache';

/** How long a deleted highlight can still be restored. */
export const DELETED_GRACE_MS = 30 * 24 * 60 * 60 * 1000;
export const PURGE_ALARM = 'newsmark-purge-deleted';
const PURGE_PERIOD_MINUTES = 24 * 60;

/** The part of `browser.alarms` used here. */
export interface AlarmsApi {
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): void | Promise<void>;
  onAlarm: { addListener(callback: (alarm: { name: string }) => void): void };
}

/** Removes soft-deleted records (articles in the Trash, deleted highlights) past their grace period. Returns how many articles and loose highlights went. */
export async function purgeExpired(db: NewsmarkDB, now: number): Promise<number> {
  const cutoff = now - DELETED_GRACE_MS;
  // Articles first: a trashed article's highlights go with it, whatever their own state.
  const articles = await purgeDeletedArticles(db, cutoff);
  const purged = articles + (await purgeDeletedHighlights(db, cutoff));
  // The library's kept search index may still hold words of what went: it is rebuilt on the next visit.
  if (purged > 0) await dropKeptSearchIndex(db);
  return purged;
}

/**
 * Purges now and on the daily alarm. Returns the start-up purge's count. A
 * failed purge is logged and retried on the next alarm: nothing is lost by
 * purging late.
 */
export async function schedulePurge(db: NewsmarkDB, alarms: AlarmsApi, now: () => number = Date.now): Promise<number> {
  const run = () =>
    purgeExpired(db, now()).catch((error: unknown) => {
      console.warn('Newsmark could not purge deleted highlights; it will try again.', error);
      return 0;
    });
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void run();
  });
  // Creating an alarm that exists replaces it with the same period: harmless on every start.
  await alarms.create(PURGE_ALARM, { periodInMinutes: PURGE_PERIOD_MINUTES, delayInMinutes: PURGE_PERIOD_MINUTES });
  return run();
}
