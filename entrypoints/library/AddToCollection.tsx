/**
 * "Add to collection": a menu of the reader's collections (or a new one, named on the spot) and a button,
 * for one article (the article view) or a selection of articles (the Articles list). Adding an article
 * already there changes nothing; the reply says how many were added.
 */
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { MAX_COLLECTION_NAME, type CollectionSummary } from '../../model';
import { plural } from './format';

const NEW = '\u0000new';

export function AddToCollection({ keys, collections, label, onDone }: {
  keys: readonly string[];
  collections: readonly CollectionSummary[];
  /** Distinguishes the control when a page has more than one. */
  label: string;
  onDone?: () => void;
}) {
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [said, setSaid] = useState('');
  const id = `nm-add-to-${label.replace(/\W+/g, '-')}`;
  const target = chosen || (collections.length === 0 ? NEW : '');
  const add = async () => {
    let collectionId = target;
    let collectionName = collections.find((c) => c.id === target)?.name ?? '';
    if (target === NEW) {
      const created = await attempt(() => sendToBackground('collection.create', { name }));
      if (!created) return;
      collectionId = created.id;
      collectionName = created.name;
    }
    const added = await attempt(() => sendToBackground('collection.add', { id: collectionId, keys: [...keys] }));
    if (added === undefined) return;
    setSaid(added === 0 ? `Already in “${collectionName}”.` : `Added ${plural(added, 'article', 'articles')} to “${collectionName}”.`);
    setName('');
    setChosen('');
    onDone?.();
  };
  return (
    <form class="nm-add-to-collection" aria-label={label} onSubmit={(e) => (e.preventDefault(), void add())}>
      <label for={id}>Add to collection</label>{' '}
      <select id={id} value={target} onChange={(e) => (setChosen(e.currentTarget.value), setSaid(''))}>
        {collections.length ? <option value="">Choose…</option> : null}
        {collections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value={NEW}>New collection…</option>
      </select>{' '}
      {target === NEW ? (
        <>
          <label for={`${id}-name`}>Name</label>{' '}
          <input id={`${id}-name`} type="text" value={name} maxLength={MAX_COLLECTION_NAME} onInput={(e) => setName(e.currentTarget.value)} />{' '}
        </>
      ) : null}
      <button type="submit" disabled={keys.length === 0 || !target || (target === NEW && !name.trim())}>
        Add
      </button>{' '}
      {said ? <span role="status">{said}</span> : null}
    </form>
  );
}
