/**
 * The Trash: articles and highlights deleted in the last 30 days, restorable; after that the background
 * purges them for good (entrypoints/background/maintenance.ts). "Delete forever" does it now.
 */
import { useLiveQuery } from '../../components/live-query';
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { listTrash } from '../../storage/queries';
import { db } from './db';
import { formatDate, plural } from './format';
import { quoteOf } from './quote';

const GRACE_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

function purgeDate(deleted: number): string {
  return formatDate(deleted + GRACE_DAYS * DAY);
}

export function TrashView() {
  const trash = useLiveQuery(() => listTrash(db), []);
  const value = trash.value.value;
  return (
    <section aria-labelledby="trash-heading">
      <h2 id="trash-heading">Trash</h2>
      <p class="nm-empty">Deleted articles and highlights stay here for {GRACE_DAYS} days, then are removed for good.</p>
      {trash.error.value ? <p class="nm-error" role="alert">Could not read the Trash: {trash.error.value.message}</p> : null}
      {!value ? (
        <p role="status">Loading…</p>
      ) : value.articles.length === 0 && value.highlights.length === 0 ? (
        <p class="nm-empty">The Trash is empty.</p>
      ) : (
        <>
          <ul class="nm-trash-articles">
            {value.articles.map((a) => (
              <li key={a.key} class="nm-trash-item nm-article" data-article-key={a.key}>
                <span class="nm-article-title" dir="auto">
                  {a.title ?? a.url}
                </span>
                <p class="nm-article-meta">
                  Article with {plural(a.highlightCount, 'highlight', 'highlights')} · deleted {formatDate(a.deleted)} · removed for good on {purgeDate(a.deleted)}
                </p>
                <div class="nm-actions">
                  <button type="button" onClick={() => attempt(() => sendToBackground('article.restore', { key: a.key }))}>
                    Restore
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      if (confirm(`Delete “${a.title ?? a.url}” and everything you noted in it for good? This cannot be undone.`)) {
                        void attempt(() => sendToBackground('article.delete', { key: a.key }));
                      }
                    }}
                  >
                    Delete forever
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <ul class="nm-trash-highlights">
            {value.highlights.map(({ highlight, article }) => (
              <li key={highlight.id} class="nm-trash-item" data-highlight-id={highlight.id}>
                <blockquote dir="auto">{quoteOf(highlight)}</blockquote>
                <p class="nm-article-meta" dir="auto">
                  Highlight in {article?.title ?? highlight.target.url} · deleted {formatDate(highlight.deleted)}
                </p>
                <button
                  type="button"
                  onClick={() =>
                    attempt(() => sendToBackground('highlight.restore', { highlightId: highlight.id, deletedAt: highlight.deleted }))
                  }
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
