/**
 * The note editor, framed over the article by the content script. It lives in
 * the extension's origin: what the reader types here never passes through the
 * page's DOM or events.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/channel';
import { getHighlight, openNewsmarkDB } from '../../storage/queries';
import type { HighlightPatch, HighlightRecord } from '../../model';
import { highlightQuote } from '../../components/HighlightsList';
import { parseTags } from '../../components/tags';
import { saveStateText, useAutosave } from '../../components/autosave';

const db = openNewsmarkDB();

function NoteEditor() {
  const [record, setRecord] = useState<HighlightRecord | null | undefined>(undefined);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [id, setId] = useState('');
  const noteField = useRef<HTMLTextAreaElement>(null);
  // Saved as typed: a click on the article (which removes this frame) or Escape loses nothing.
  const saver = useAutosave<HighlightPatch>(async (patch) => {
    try {
      await sendToBackground('highlight.update', { id, patch });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      throw e;
    }
  });
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
  useEffect(() => {
    // `autofocus` is ignored in a cross-origin frame; the toolbar focuses the frame, this the note, caret at its end.
    const field = noteField.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, [record]);
  const close = () => {
    saver.flush();
    void sendToBackground('note.close', undefined).catch(() => window.close());
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
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
        close();
      }}
    >
      <blockquote class="nm-note-quote" dir="auto">{highlightQuote(record)}</blockquote>
      {error ? <p role="alert" class="nm-error">{error}</p> : null}
      <textarea
        ref={noteField}
        dir="auto"
        aria-label="Note"
        placeholder="Your note"
        value={note}
        onInput={(e) => {
          setNote(e.currentTarget.value);
          saver.schedule({ note: e.currentTarget.value });
        }}
      />
      <input
        dir="auto"
        aria-label="Tags"
        placeholder="Tags, separated by commas"
        value={tags}
        onInput={(e) => {
          setTags(e.currentTarget.value);
          saver.schedule({ tags: parseTags(e.currentTarget.value) });
        }}
      />
      <div class="nm-actions">
        {/* Everything is saved as typed: this only closes. Kept under its old name, which readers know. */}
        <button type="submit">Save note</button>
        <span class="nm-save-state" aria-live="polite">
          {saveStateText(saver.state.value)}
        </span>
      </div>
    </form>
  );
}

render(<NoteEditor />, document.getElementById('app')!);
