/** An article's collections in the article view: each a link with Remove (Undo), and Add to collection. */
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { hrefOf } from './route';
import { showUndo } from './undo';
import { collectionsOf, useCollections } from './collections-data';
import { AddToCollection } from './AddToCollection';

export function ArticleCollections({ articleKey, title }: { articleKey: string; title: string }) {
  const data = useCollections();
  const value = data.value.value;
  if (!value) return null;
  const mine = collectionsOf(value, articleKey);
  return (
    <div class="nm-article-collections">
      <h3>Collections</h3>
      {mine.length === 0 ? <p class="nm-empty">In no collection.</p> : null}
      <ul class="nm-collection-chips">
        {mine.map((c) => (
          <li key={c.id} class="nm-collection-chip">
            <a href={hrefOf({ view: 'collection', id: c.id })} dir="auto">
              {c.name}
            </a>{' '}
            <button
              type="button"
              aria-label={`Remove from ${c.name}`}
              onClick={async () => {
                const rows = await attempt(() => sendToBackground('collection.remove', { id: c.id, keys: [articleKey] }));
                if (rows?.length) {
                  showUndo(`Took “${title}” out of “${c.name}”.`, async () => {
                    await attempt(() => sendToBackground('collection.restoreItems', { items: rows }));
                  });
                }
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <AddToCollection keys={[articleKey]} collections={value.collections.filter((c) => !mine.includes(c))} label="this article" />
    </div>
  );
}
