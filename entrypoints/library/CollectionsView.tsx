/**
 * Collections: the reader's named groups of articles (an essay, a story under check), with how many
 * articles each holds. Create, rename, delete (with Undo: the collection and its members come back; the
 * articles themselves are never touched), open one.
 */
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { MAX_COLLECTION_NAME, type CollectionSummary } from '../../model';
import { plural } from './format';
import { hrefOf } from './route';
import { showUndo } from './undo';
import { useCollections } from './collections-data';

export function CollectionsView() {
  const data = useCollections();
  const value = data.value.value;
  return (
    <section aria-labelledby="collections-heading">
      <h2 id="collections-heading">Collections</h2>
      <NewCollectionForm />
      {data.error.value ? <p class="nm-error" role="alert">Could not read your collections: {data.error.value.message}</p> : null}
      {!value ? (
        <p role="status">Loading…</p>
      ) : value.collections.length === 0 ? (
        <p class="nm-empty">No collections yet. Make one for an essay or a story you are checking, then add articles to it.</p>
      ) : (
        <ul class="nm-collections">
          {value.collections.map((c) => (
            <CollectionRow key={c.id} collection={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function NewCollectionForm({ onCreated }: { onCreated?: (id: string) => void }) {
  const [name, setName] = useState('');
  return (
    <form
      class="nm-new-collection"
      onSubmit={async (e) => {
        e.preventDefault();
        const created = await attempt(() => sendToBackground('collection.create', { name }));
        if (created) {
          setName('');
          onCreated?.(created.id);
        }
      }}
    >
      <label for="nm-new-collection">New collection</label>{' '}
      <input id="nm-new-collection" type="text" value={name} maxLength={MAX_COLLECTION_NAME} onInput={(e) => setName(e.currentTarget.value)} />{' '}
      <button type="submit" disabled={!name.trim()}>
        Create
      </button>
    </form>
  );
}

function CollectionRow({ collection }: { collection: CollectionSummary }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(collection.name);
  const inputId = `nm-rename-${collection.id}`;
  return (
    <li class="nm-collection" data-collection-id={collection.id}>
      {renaming ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await attempt(() => sendToBackground('collection.rename', { id: collection.id, name }))) setRenaming(false);
          }}
        >
          <label for={inputId}>Name</label>{' '}
          <input id={inputId} type="text" value={name} maxLength={MAX_COLLECTION_NAME} autoFocus onInput={(e) => setName(e.currentTarget.value)} />{' '}
          <button type="submit" disabled={!name.trim()}>
            Save
          </button>{' '}
          <button type="button" onClick={() => (setRenaming(false), setName(collection.name))}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <a class="nm-collection-name" href={hrefOf({ view: 'collection', id: collection.id })} dir="auto">
            {collection.name}
          </a>{' '}
          <span class="nm-collection-count">{plural(collection.articleCount, 'article', 'articles')}</span>
          <div class="nm-actions">
            <button type="button" onClick={() => (setName(collection.name), setRenaming(true))}>
              Rename
            </button>
            <button type="button" onClick={() => void deleteCollection(collection)}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** At once, with Undo (the articles stay in the library; only the grouping goes). */
export async function deleteCollection(collection: { id: string; name: string }): Promise<boolean> {
  const token = await attempt(() => sendToBackground('collection.delete', { id: collection.id }));
  if (!token) return false;
  showUndo(`Deleted the collection “${collection.name}” (its articles stay in the library).`, async () => {
    await attempt(() => sendToBackground('collection.restore', token));
  });
  return true;
}
