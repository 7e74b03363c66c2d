/**
 * Tags: every tag with how many highlights carry it (the Trash left out), each a link to its search, and
 * Rename, which changes the tag on every highlight at once (one transaction, with Undo). Renaming to a tag
 * that exists merges the two; the form says so, and how many highlights change, before the reader confirms.
 */
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../components/live-query';
import { sendToBackground } from '../../messaging/channel';
import { attempt } from '../../components/write-attempt';
import { listTags } from '../../storage/queries';
import { MAX_TAG } from '../../model';
import { db } from './db';
import { plural } from './format';
import { showUndo } from './undo';
import { searchHref } from './search/filters';
import { sameTag } from '../../core/tags';

export function TagsView() {
  const tags = useLiveQuery(() => listTags(db), []);
  const value = tags.value.value;
  return (
    <section aria-labelledby="tags-heading">
      <h2 id="tags-heading">Tags</h2>
      {tags.error.value ? <p class="nm-error" role="alert">Could not read your tags: {tags.error.value.message}</p> : null}
      {!value ? (
        <p role="status">Loading…</p>
      ) : value.length === 0 ? (
        <p class="nm-empty">No tags yet. Add tags to a highlight in the Newsmark button, or tick highlights in Search and tag them at once.</p>
      ) : (
        <ul class="nm-tag-list">
          {value.map((t) => (
            <TagRow key={t.tag} tag={t.tag} count={t.count} all={value} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TagRow({ tag, count, all }: { tag: string; count: number; all: { tag: string; count: number }[] }) {
  const [renaming, setRenaming] = useState(false);
  const [to, setTo] = useState(tag);
  const target = to.trim();
  // Tags are one whatever their case: a new spelling of this tag is a rename, another tag's a merge.
  const into = all.find((t) => sameTag(t.tag, target) && !sameTag(t.tag, tag));
  const id = `nm-rename-tag-${encodeURIComponent(tag).replace(/%/g, '_')}`;
  return (
    <li class="nm-tag-row" data-tag={tag}>
      <a class="nm-tag" href={searchHref({ q: '', tag })} dir="auto">
        {tag}
      </a>{' '}
      <span class="nm-tag-count">{plural(count, 'highlight', 'highlights')}</span>{' '}
      {renaming ? (
        <form
          class="nm-rename-tag"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!target || target === tag) return setRenaming(false);
            const change = await attempt(() => sendToBackground('tag.rename', { from: tag, to: target }));
            if (!change) return;
            setRenaming(false);
            const what = into ? `Merged “${tag}” into “${target}”` : `Renamed “${tag}” to “${target}”`;
            showUndo(`${what} on ${plural(change.changed, 'highlight', 'highlights')}.`, async () => {
              await attempt(() => sendToBackground('tag.restore', { previous: change.previous }));
            });
          }}
        >
          <label for={id}>New name</label>{' '}
          <input id={id} type="text" value={to} maxLength={MAX_TAG} autoFocus onInput={(e) => setTo(e.currentTarget.value)} />{' '}
          <button type="submit" disabled={!target}>
            {into ? `Merge into “${target}”` : 'Rename'}
          </button>{' '}
          <button type="button" onClick={() => (setRenaming(false), setTo(tag))}>
            Cancel
          </button>{' '}
          <span class="nm-hint">
            {into
              ? `Changes ${plural(count, 'highlight', 'highlights')}; “${target}” already has ${into.count}.`
              : `Changes ${plural(count, 'highlight', 'highlights')}.`}
          </span>
        </form>
      ) : (
        <button type="button" onClick={() => (setTo(tag), setRenaming(true))}>
          Rename
        </button>
      )}
    </li>
  );
}
