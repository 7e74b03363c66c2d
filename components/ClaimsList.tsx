/**
 * Claims grouped by speaker, each with a fact-checker's status and note.
 * Stored statuses find their claim by its text, not by its place in the
 * list, so they survive a better extractor reordering the claims.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PageClaim, PageSpeaker } from '../messaging/protocol';
import { CLAIM_STATUSES, type ClaimStatus, type ClaimStatusRecord } from '../model';
import { CLAIM_STATUS_LABELS } from './labels';
import { claimMatchKey } from '../core/claim-key';
import { saveStateText, useAutosave } from './autosave';

const KIND_LABELS: Record<PageClaim['kind'], string> = {
  direct: 'Direct quote',
  indirect: 'Reported',
  mixed: 'Partly quoted',
};

export interface ClaimsListProps {
  speakers: PageSpeaker[];
  claims: PageClaim[];
  statuses: ClaimStatusRecord[];
  onShow: (claim: PageClaim) => void;
  /** Resolves once stored, rejects when the write failed (the note says "Saved" / "Not saved"). */
  onSetStatus: (claim: PageClaim, status: ClaimStatus, note: string) => Promise<unknown> | void;
  /** Said when there are no claims (default "No claims found."). */
  emptyText?: string;
  /** More controls under each claim (the reader's corrections). */
  extra?: (claim: PageClaim) => ComponentChildren;
}

/** A longer list opens on its most-quoted speakers' first claims; the rest are one "Show all" away. */
export const CLAIMS_SHOWN = 10;

export function ClaimsList(props: ClaimsListProps) {
  const [showAll, setShowAll] = useState(false);
  if (props.claims.length === 0) return <p class="nm-empty">{props.emptyText ?? 'No claims found.'}</p>;
  const byKey = new Map(props.statuses.map((record) => [claimMatchKey(record.quote), record]));
  const groups = new Map<string, PageClaim[]>();
  for (const claim of props.claims) {
    const list = groups.get(claim.speakerId) ?? [];
    list.push(claim);
    groups.set(claim.speakerId, list);
  }
  const order = [...groups.keys()].sort((a, b) => groups.get(b)!.length - groups.get(a)!.length);
  const speakerName = (id: string) => props.speakers.find((s) => s.id === id)?.name ?? groups.get(id)![0].speaker;
  const folded = !showAll && props.claims.length > CLAIMS_SHOWN;
  let room = folded ? CLAIMS_SHOWN : Infinity;
  const shown: [string, PageClaim[]][] = [];
  for (const speakerId of order) {
    if (room <= 0) break;
    const list = groups.get(speakerId)!.slice(0, room);
    room -= list.length;
    shown.push([speakerId, list]);
  }
  return (
    <div class="nm-claims">
      {shown.map(([speakerId, list]) => (
        <div class="nm-claim-group" key={speakerId} data-speaker-id={speakerId}>
          <h3 dir="auto">{speakerName(speakerId)}</h3>
          <ul>
            {list.map((claim) => (
              <ClaimItem
                key={claim.id}
                claim={claim}
                stored={byKey.get(claimMatchKey(claim.text))}
                onShow={props.onShow}
                onSetStatus={props.onSetStatus}
                extra={props.extra}
              />
            ))}
          </ul>
        </div>
      ))}
      {folded ? (
        <button type="button" class="nm-show-all" onClick={() => setShowAll(true)}>
          Show all {props.claims.length} claims
        </button>
      ) : null}
    </div>
  );
}

function ClaimItem(props: {
  claim: PageClaim;
  stored: ClaimStatusRecord | undefined;
  onShow: ClaimsListProps['onShow'];
  onSetStatus: ClaimsListProps['onSetStatus'];
  extra?: ClaimsListProps['extra'];
}) {
  const { claim, stored } = props;
  const status = stored?.status ?? 'unverified';
  const [note, setNote] = useState<string | null>(null);
  const shownNote = note ?? stored?.note ?? '';
  // The status chosen meanwhile is kept: the write carries the current one.
  const saver = useAutosave<{ note: string }>(async ({ note: typed }) => props.onSetStatus(claim, status, typed));
  return (
    <li class={`nm-claim nm-status-${status}`} data-claim-id={claim.id}>
      <button type="button" class="nm-claim-text" dir="auto" title="Show on page" onClick={() => props.onShow(claim)}>
        {/* Only a direct quote is all the speaker's words; the others carry their own quote marks. */}
        {claim.kind === 'direct' ? `“${claim.text}”` : claim.text}
      </button>
      <div class="nm-claim-meta">
        <span class="nm-kind">{KIND_LABELS[claim.kind]}</span>
        <label>
          <span class="nm-visually-hidden">Status</span>
          <select
            aria-label="Status"
            value={status}
            // A failed write is said by the caller; here it only must not go unhandled.
            onChange={(e) => void Promise.resolve(props.onSetStatus(claim, e.currentTarget.value as ClaimStatus, shownNote)).catch(() => {})}
          >
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CLAIM_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {props.extra?.(claim)}
      {/* The note stays folded until wanted: a long claim list stays scannable. */}
      <details class="nm-claim-note" open={!!stored?.note}>
        <summary>{stored?.note ? 'Note' : 'Add a note'}</summary>
        <textarea
          dir="auto"
          aria-label="Fact-check note"
          placeholder="Sources, context"
          value={shownNote}
          onInput={(e) => {
            setNote(e.currentTarget.value);
            saver.schedule({ note: e.currentTarget.value });
          }}
          onBlur={() => saver.flush()}
        />
        <span class="nm-save-state" aria-live="polite">
          {saveStateText(saver.state.value)}
        </span>
      </details>
    </li>
  );
}
