/**
 * Tag several highlights at once: the reader ticks highlights (in search results or an article) and adds
 * or removes one tag on all of them, in one transaction, with Undo.
 */
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { plural } from './format';
import { showUndo } from './undo';
import type { Selection } from './selection';

export function BulkTagBar({ selection, visible }: { selection: Selection; visible: readonly string[] }) {
  const [tag, setTag] = useState('');
  // Only what is still shown counts: a ticked highlight filtered away is not changed behind the reader's back.
  const ids = visible.filter((id) => selection.has(id));
  if (ids.length === 0) return null;
  const apply = async (mode: 'add' | 'remove') => {
    const value = tag.trim();
    if (!value) return;
    const change = await attempt(() => sendToBackground('tag.apply', { ids, [mode]: value }));
    if (!change) return;
    setTag('');
    selection.clear();
    const done = mode === 'add' ? `Tagged ${plural(change.changed, 'highlight', 'highlights')} “${value}”.` : `Removed “${value}” from ${plural(change.changed, 'highlight', 'highlights')}.`;
    showUndo(done, async () => {
      await attempt(() => sendToBackground('tag.restore', { previous: change.previous }));
    });
  };
  return (
    <form class="nm-bulk-tags" aria-label="Tag selected highlights" onSubmit={(e) => (e.preventDefault(), void apply('add'))}>
      <span role="status">{plural(ids.length, 'highlight', 'highlights')} selected</span>{' '}
      <label for="nm-bulk-tag">Tag</label>{' '}
      <input id="nm-bulk-tag" type="text" value={tag} maxLength={200} onInput={(e) => setTag(e.currentTarget.value)} />{' '}
      <button type="submit" disabled={!tag.trim()}>
        Add tag
      </button>{' '}
      <button type="button" disabled={!tag.trim()} onClick={() => void apply('remove')}>
        Remove tag
      </button>{' '}
      <button type="button" onClick={selection.clear}>
        Clear selection
      </button>
    </form>
  );
}

/** The tick box beside a highlight. */
export function SelectBox({ id, selection, label }: { id: string; selection: Selection; label: string }) {
  return (
    <input
      type="checkbox"
      class="nm-select"
      aria-label={label}
      checked={selection.has(id)}
      onChange={(e) => selection.toggle(id, e.currentTarget.checked)}
    />
  );
}
