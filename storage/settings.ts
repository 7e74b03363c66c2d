/** User settings: paused sites and whether private windows may be stored. */
import type { NewsmarkDB } from './db';
import { guardWrite } from './errors';
import { DEFAULT_SETTINGS, type Settings, type SettingsRecord } from '../model';
import { checkSettingsPatch, normalizeHostname } from './validate';

function fromRows(rows: readonly (SettingsRecord | undefined)[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, pausedSites: [...DEFAULT_SETTINGS.pausedSites] };
  // A row of the wrong type (hand-edited, or from a future version) falls back to the default.
  for (const row of rows) {
    if (row?.key === 'pausedSites' && Array.isArray(row.value)) {
      settings.pausedSites = row.value.filter((h): h is string => typeof h === 'string');
    } else if (row?.key === 'storeIncognito' && typeof row.value === 'boolean') {
      settings.storeIncognito = row.value;
    } else if (row?.key === 'lastBackupAt' && (row.value === null || (typeof row.value === 'number' && Number.isFinite(row.value)))) {
      settings.lastBackupAt = row.value;
    }
  }
  return settings;
}

export async function getSettings(db: NewsmarkDB): Promise<Settings> {
  return fromRows(await db.settings.toArray());
}

/** Changes only the settings named in `patch`; returns all settings after the change. */
export async function updateSettings(db: NewsmarkDB, patch: Partial<Settings>): Promise<Settings> {
  const change = checkSettingsPatch(patch);
  return guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const rows = Object.entries(change).map(([key, value]) => ({ key, value }) as SettingsRecord);
      await db.settings.bulkPut(rows);
      return fromRows(await db.settings.toArray());
    }),
  );
}

/**
 * Pauses or resumes one site. Done inside one transaction rather than
 * getSettings + updateSettings, so two pages pausing different sites at once
 * both stick.
 */
export async function setSitePaused(db: NewsmarkDB, hostname: string, paused: boolean): Promise<Settings> {
  const host = normalizeHostname(hostname);
  return guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const current = fromRows(await db.settings.toArray());
      const others = current.pausedSites.filter((h) => h !== host);
      const pausedSites = paused ? [...others, host] : others;
      await db.settings.put({ key: 'pausedSites', value: pausedSites });
      return { ...current, pausedSites };
    }),
  );
}

export function isSitePaused(settings: Settings, hostname: string): boolean {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return settings.pausedSites.includes(host);
}

/** Whether a user action in a tab may be stored: private windows only when the user allowed it. */
export function mayStore(settings: Settings, context: { incognito: boolean }): boolean {
  return !context.incognito || settings.storeIncognito;
}
