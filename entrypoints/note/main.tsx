/**
 * The note editor, framed over the article by the content script. It lives in
 * the extension's origin: what the reader types here never passes through the
 * page's DOM or events.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/channel';
import { getHighlight, openNewsmarkDB } from '../../storage/queries';
import type { HighlightRecord } from '../../storage/records';
import { highlightQuote } from '../../components/HighlightsList';
import { parseTags } from '../../components/tags';

const db = openNewsmarkDB();

function NoteEditor() {
  const [record, setRecord] = useState<HighlightRecord | null | undefined>(undefined);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [id, setId] = useState('');
  useEffect(() => {
    // Which highlight: asked of the background, never read from this frame's address (the page could read that).
    sendToBackground('note.target', undefined)
      .then((target) => (target ? getHighlight(db, target) : undefined))
      .then(
        (found) => {
          setId(found?.id ?? '');
          setRecord(found ?? null);
          setNote(found?.body.note ?? '');
          setTags(found?.body.tags.join(', ') ?? '');
        },
        () => setRecord(null),
      );
  }, []);
  const close = () => void sendToBackground('note.close', undefined).catch(() => window.close());
  const save = async () => {
    try {
      await sendToBackground('highlight.update', { id, patch: { note, tags: parseTags(tags) } });
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (record === undefined) return <p role="status">Loading…</p>;
  if (record === null) {
    return (
      <p role="alert">
        This highlight no longer exists, or Newsmark restarted since the note was opened: click the highlight and
        choose Note again.
      </p>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <blockquote class="nm-note-quote" dir="auto">{highlightQuote(record)}</blockquote>
      {error ? <p role="alert" class="nm-error">{error}</p> : null}
      <textarea dir="auto" aria-label="Note" placeholder="Your note" value={note} autoFocus onInput={(e) => setNote(e.currentTarget.value)} />
      <input dir="auto" aria-label="Tags" placeholder="Tags, separated by commas" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <div class="nm-actions">
        <button type="submit">Save note</button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

render(<NoteEditor />, document.getElementById('app')!);
