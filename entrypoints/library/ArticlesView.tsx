/**
 * Every saved article, newest first: title (opens it here), site, authors, date, when saved, counts and
 * reaction, a link to the page, and Delete (to the Trash, with Undo).
 */
import { useLiveQuery } from '../../components/live-query';
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { listArticles } from '../../storage/queries';
import { db } from './db';
import { articleHeading, plural } from './format';
import { hrefOf } from './route';
import { ExportMenu } from './ExportMenu';
import { loadExportLibrary } from './library-data';
import { showUndo } from './undo';
import { collectionsOf, useCollections } from './collections-data';
import { AddToCollection } from './AddToCollection';
import { ArticleEntry } from './ArticleEntry';
import { useSelection } from './selection';

export function ArticlesView() {
  const articles = useLiveQuery(() => listArticles(db), []);
  const list = articles.value.value;
  const collections = useCollections().value.value;
  const selection = useSelection();
  const selected = (list ?? []).filter((a) => selection.has(a.key)).map((a) => a.key);
  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading">Saved articles</h2>
      {articles.error.value ? (
        <p class="nm-error" role="alert">
          Could not read your library: {articles.error.value.message}
        </p>
      ) : null}
      {list === undefined ? (
        <p role="status">Loading…</p>
      ) : list.length === 0 ? (
        <p class="nm-empty">Nothing saved yet. Highlight, react to, or save an article from the Newsmark button.</p>
      ) : (
        <>
          <ExportMenu name="library" subject="library" load={loadExportLibrary} />
          {selected.length ? (
            <div class="nm-selection-bar">
              <span role="status">{plural(selected.length, 'article', 'articles')} selected</span>{' '}
              <AddToCollection keys={selected} collections={collections?.collections ?? []} label="selected articles" onDone={selection.clear} />
              <button type="button" onClick={selection.clear}>
                Clear selection
              </button>
            </div>
          ) : null}
          <ul class="nm-articles">
            {list.map((item) => {
              const title = articleHeading(item).title;
              const groups = collectionsOf(collections, item.key);
              return (
                <ArticleEntry
                  key={item.key}
                  item={item}
                  before={
                    <input
                      type="checkbox"
                      class="nm-select"
                      aria-label={`Select ${title}`}
                      checked={selection.has(item.key)}
                      onChange={(e) => selection.toggle(item.key, e.currentTarget.checked)}
                    />
                  }
                >
                  {groups.length ? (
                    <p class="nm-article-collections-line">
                      In{' '}
                      {groups.map((c, i) => (
                        <span key={c.id}>
                          {i ? ', ' : ''}
                          <a class="nm-collection-link" href={hrefOf({ view: 'collection', id: c.id })} dir="auto">
                            {c.name}
                          </a>
                        </span>
                      ))}
                    </p>
                  ) : null}
                  <div class="nm-actions">
                    <a href={item.url} target="_blank" rel="noopener noreferrer">
                      Open the page
                    </a>
                    <button type="button" onClick={() => trash(item.key, title)}>
                      Delete
                    </button>
                  </div>
                </ArticleEntry>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** To the Trash at once (no confirm: Undo is one click away, and the Trash keeps it 30 days). */
export async function trash(key: string, title: string): Promise<void> {
  const moved = await attempt(() => sendToBackground('article.trash', { key }));
  if (moved) {
    showUndo(`Moved “${title}” to the Trash.`, async () => {
      await attempt(() => sendToBackground('article.restore', { key }));
    });
  }
}
