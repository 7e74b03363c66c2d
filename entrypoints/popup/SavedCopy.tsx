/**
 * Beside "Saved": keep the page's text and analysis as they are now (the reader saving again), and what
 * the last copy kept when it was not the whole page.
 */
import { useState } from 'preact/hooks';
import { keepSnapshot, snapshotNote } from './keep-snapshot';

export function SavedCopy() {
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={busy}
        title="Keep this page's text, speakers and claims in the library as they are now"
        onClick={async () => {
          setBusy(true);
          await keepSnapshot(true);
          setBusy(false);
        }}
      >
        Save again
      </button>
      {snapshotNote.value ? (
        <p class="nm-snapshot-note" role="status">
          {snapshotNote.value}
        </p>
      ) : null}
    </>
  );
}
