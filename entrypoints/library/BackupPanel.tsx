/**
 * "Back up now": the whole library as the lossless Web Annotation backup, downloaded; the date of the
 * last backup shown, and a reminder once changes made since have waited more than 30 days.
 */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, exportFileName, toWebAnnotationJson } from '../../core/export';
import type { ArticleRecord, Settings } from '../../model';
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { useLiveQuery } from '../../components/live-query';
import { db } from './db';
import { download } from './download';
import { formatDate } from './format';
import { loadExportLibrary } from './library-data';

const REMIND_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/** Whether changes not in any backup have waited longer than the reminder period. */
export function backupOverdue(articles: readonly Pick<ArticleRecord, 'savedAt' | 'updatedAt'>[], lastBackupAt: number | null, now: number): boolean {
  const since = lastBackupAt ?? -Infinity;
  const unsaved = articles.filter((a) => a.updatedAt > since);
  if (unsaved.length === 0) return false;
  // The oldest change not in a backup: the backup itself, or the first article saved after it.
  const oldest = lastBackupAt ?? Math.min(...unsaved.map((a) => a.savedAt));
  return now - oldest > REMIND_AFTER_MS;
}

export function BackupPanel({ settings }: { settings: Settings | undefined }) {
  const [busy, setBusy] = useState(false);
  const articles = useLiveQuery(() => db.articles.toArray(), []);
  const last = settings?.lastBackupAt ?? null;
  const overdue = articles.value.value ? backupOverdue(articles.value.value, last, Date.now()) : false;
  return (
    <section aria-labelledby="backup-heading">
      <h3 id="backup-heading">Backup</h3>
      <p class="nm-last-backup">{last === null ? 'Never backed up.' : `Last backup: ${formatDate(last)}.`}</p>
      {overdue ? (
        <p class="nm-reminder" role="status">
          Changes in your library have not been backed up for over 30 days.
        </p>
      ) : null}
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await attempt(async () => {
            const at = Date.now();
            const text = toWebAnnotationJson(await loadExportLibrary(), { exportedAt: at, label: 'Newsmark backup' });
            const { extension, type } = EXPORT_FORMATS.jsonld;
            download(text, exportFileName({ subject: 'backup', at, extension }), type);
            await sendToBackground('settings.update', { lastBackupAt: at });
          });
          setBusy(false);
        }}
      >
        Back up now
      </button>
    </section>
  );
}
