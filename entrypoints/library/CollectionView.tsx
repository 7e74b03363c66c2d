/**
 * One collection: its articles (newest saved first, as the Articles list), each removable from it (with
 * Undo), an export of the collection in every format, and a search within it.
 */
import { useLiveQuery } from '../../components/live-query';
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { getCollection, listArticles, listCollectionArticleKeys } from '../../storage/queries';
import { db } from './db';
import { articleHeading, plural } from './format';
import { hrefOf } from './route';
import { ExportMenu } from './ExportMenu';
import { loadArticles } from './library-data';
import { showUndo } from './undo';
import { searchHref } from './search/filters';
import { deleteCollection } from './CollectionsView';
import { ArticleEntry } from './ArticleEntry';

export function CollectionView({ id }: { id: string }) {
  const data = useLiveQuery(
    () =>
      db.transaction('r', [db.collections, db.collectionItems, db.articles, db.highlights, db.claims, db.reactions], async () => {
        const collection = await getCollection(db, id);
        const keys = new Set(await listCollectionArticleKeys(db, id));
        const articles = (await listArticles(db)).filter((a) => keys.has(a.key));
        return { collection, articles };
      }),
    [id],
  );
  const value = data.value.value;
  if (data.error.value) return <p class="nm-error" role="alert">Could not read this collection: {data.error.value.message}</p>;
  if (!value) return <p role="status">Loading…</p>;
  const { collection, articles } = value;
  if (!collection) {
    return (
      <section>
        <p class="nm-empty">This collection no longer exists.</p>
        <a href={hrefOf({ view: 'collections' })}>All collections</a>
      </section>
    );
  }
  const remove = async (key: string, title: string) => {
    const rows = await attempt(() => sendToBackground('collection.remove', { id, keys: [key] }));
    if (rows?.length) {
      showUndo(`Took “${title}” out of “${collection.name}”.`, async () => {
        await attempt(() => sendToBackground('collection.restoreItems', { items: rows }));
      });
    }
  };
  return (
    <section class="nm-collection-view" aria-labelledby="collection-heading">
      <p>
        <a href={hrefOf({ view: 'collections' })}>← All collections</a>
      </p>
      <h2 id="collection-heading" dir="auto">
        {collection.name}
      </h2>
      <p class="nm-article-meta">{plural(articles.length, 'article', 'articles')}</p>
      <div class="nm-actions">
        {articles.length ? (
          <ExportMenu name="collection" subject={collection.name} load={() => loadArticles(articles.map((a) => a.key))} />
        ) : null}
        <a href={searchHref({ q: '', collection: id })}>Search in this collection</a>
        <button
          type="button"
          onClick={async () => {
            if (await deleteCollection(collection)) location.hash = hrefOf({ view: 'collections' });
          }}
        >
          Delete collection
        </button>
      </div>
      {articles.length === 0 ? (
        <p class="nm-empty">No articles in this collection yet. Add them from an article, or tick several in the Articles list.</p>
      ) : (
        <ul class="nm-articles">
          {articles.map((item) => (
            <ArticleEntry key={item.key} item={item}>
              <div class="nm-actions">
                <button type="button" onClick={() => void remove(item.key, articleHeading(item).title)}>
                  Remove from collection
                </button>
              </div>
            </ArticleEntry>
          ))}
        </ul>
      )}
    </section>
  );
}
