/**
 * "Add claim…": the form framed over the article when the reader adds a selection as a claim. It lives
 * in the extension's origin, like the note editor: the name typed here never passes through the page's
 * DOM or events, and the claim is stored from here (the content script may not store corrections). The
 * selection comes from the background (claim.pending), never from this frame's address.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/channel';
import type { PendingClaim } from '../../messaging/corrections';
import { listCorrections, openNewsmarkDB } from '../../storage/queries';
import type { CorrectionRecord } from '../../storage/records';
import { applyCorrections } from '../../core/corrections';
import { claimMatchKey } from '../../core/claim-key';
import { NameForm } from '../../components/NameForm';

const db = openNewsmarkDB();

/** The article's speakers as the reader has corrected them (renamed, merged), then names the reader typed before. */
export function speakerChoices(pending: PendingClaim, records: CorrectionRecord[]): string[] {
  const analysed = pending.speakers.map((name, i) => ({ id: `p${i}`, name, kind: 'person' as const, role: null, mentions: 0 }));
  const corrected = applyCorrections({ speakers: analysed, claims: [] }, records).speakers.map((s) => s.name);
  const typed = records.flatMap((r) => (r.kind === 'speaker' || r.kind === 'add' ? [r.speaker] : []));
  const seen = new Set<string>();
  return [...corrected, ...typed].filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function close(): void {
  void sendToBackground('note.close', undefined).catch(() => window.close());
}

function AddClaim() {
  const [state, setState] = useState<{ pending: PendingClaim; records: CorrectionRecord[] } | null | undefined>(undefined);
  useEffect(() => {
    sendToBackground('claim.pending', undefined)
      .then(async (pending) => (pending ? { pending, records: await listCorrections(db, pending.article.key) } : null))
      .then(setState, () => setState(null));
  }, []);
  if (state === undefined) return <p role="status">Loading…</p>;
  if (state === null) {
    return (
      <p role="alert">
        Newsmark restarted since the text was selected: select it again and choose Add claim….{' '}
        <button type="button" onClick={close}>
          Close
        </button>
      </p>
    );
  }
  const { pending, records } = state;
  return (
    <div class="nm-add-claim">
      <blockquote class="nm-note-quote" dir="auto">
        {pending.quote}
      </blockquote>
      <NameForm
        legend="Who said it?"
        draftKey={`${pending.article.key}:add:${claimMatchKey(pending.quote)}`}
        choices={speakerChoices(pending, records)}
        submitLabel="Add claim"
        onSubmit={async (speaker) => {
          await sendToBackground('correction.put', {
            article: pending.article,
            correction: { kind: 'add', quote: pending.quote, speaker, selector: pending.selector },
          });
        }}
        onClose={close}
      />
    </div>
  );
}

render(<AddClaim />, document.getElementById('app')!);
