/**
 * Everything the reader chose to keep: articles saved by a highlight, a
 * reaction, a claim's status or the Save button. Browsing alone is never here.
 */
import { useLiveQuery } from '../../components/live-query';
import { REACTION_LABELS } from '../../components/labels';
import { sendToBackground } from '../../messaging/channel';
import { attempt, writeError } from '../../components/write-attempt';
import { getSettings, listArticles, openNewsmarkDB } from '../../storage/queries';

const db = openNewsmarkDB();

export function Library() {
  const articles = useLiveQuery(() => listArticles(db), []);
  const settings = useLiveQuery(() => getSettings(db), []);
  const list = articles.value.value;
  return (
    <main>
      <h1>Newsmark library</h1>
      {writeError.value ? (
        <p class="nm-error" role="alert">
          {writeError.value}
        </p>
      ) : null}
      {articles.error.value ? (
        <p class="nm-error" role="alert">
          Could not read your library: {articles.error.value.message}
        </p>
      ) : null}
      <section aria-labelledby="saved-heading">
        <h2 id="saved-heading">Saved articles</h2>
        {list === undefined ? (
          <p role="status">Loading…</p>
        ) : list.length === 0 ? (
          <p class="nm-empty">Nothing saved yet. Highlight, react to, or save an article from the Newsmark button.</p>
        ) : (
          <ul class="nm-articles">
            {list.map((item) => (
              <li key={item.key} class="nm-article" data-article-key={item.key}>
                <a href={item.url} target="_blank" rel="noopener noreferrer" dir="auto">
                  {item.title ?? item.url}
                </a>
                <p class="nm-article-meta" dir="auto">
                  {[item.siteName, item.byline, formatDate(item.savedAt)]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p class="nm-article-counts">
                  {item.highlightCount} {item.highlightCount === 1 ? 'highlight' : 'highlights'} · {item.claimCount}{' '}
                  {item.claimCount === 1 ? 'marked claim' : 'marked claims'}
                  {item.reaction ? ` · ${REACTION_LABELS[item.reaction]}` : ''}
                </p>
                <button
                  type="button"
                  onClick={() => {
                    if (confirm(`Delete “${item.title ?? item.url}” and everything you noted in it?`)) {
                      void attempt(() => sendToBackground('article.delete', { key: item.key }));
                    }
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.value.value?.storeIncognito ?? false}
            onChange={(e) =>
              attempt(() => sendToBackground('settings.update', { storeIncognito: e.currentTarget.checked }))
            }
          />
          Keep highlights and notes made in private windows
        </label>
        <h3>Paused sites</h3>
        {(settings.value.value?.pausedSites ?? []).length === 0 ? (
          <p class="nm-empty">Newsmark works on every site. Pause it on a site from the popup.</p>
        ) : (
          <ul>
            {settings.value.value!.pausedSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  onClick={() =>
                    attempt(() =>
                      sendToBackground('site.setPaused', { host, paused: false }),
                    )
                  }
                >
                  Resume
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
