/** Settings (private windows, paused sites), backup and import. */
import { useLiveQuery } from '../../components/live-query';
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { getSettings } from '../../storage/queries';
import { db } from './db';
import { BackupPanel } from './BackupPanel';
import { ImportPanel } from './ImportPanel';

export function SettingsView() {
  const settings = useLiveQuery(() => getSettings(db), []);
  const value = settings.value.value;
  return (
    <>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Backup and import</h2>
        <BackupPanel settings={value} />
        <ImportPanel />
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <label>
          <input
            type="checkbox"
            checked={value?.storeIncognito ?? false}
            onChange={(e) => attempt(() => sendToBackground('settings.update', { storeIncognito: e.currentTarget.checked }))}
          />
          Keep highlights and notes made in private windows
        </label>
        <h3>Paused sites</h3>
        {(value?.pausedSites ?? []).length === 0 ? (
          <p class="nm-empty">Newsmark works on every site. Pause it on a site from the popup.</p>
        ) : (
          <ul>
            {value!.pausedSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button type="button" onClick={() => attempt(() => sendToBackground('site.setPaused', { host, paused: false }))}>
                  Resume
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
