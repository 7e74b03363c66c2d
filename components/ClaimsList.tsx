/**
 * Claims grouped by speaker, each with a fact-checker's status and note.
 * Stored statuses find their claim by its text, not by its place in the
 * list, so they survive a better extractor reordering the claims.
 */
import { useState } from 'preact/hooks';
import type { PageClaim, PageSpeaker } from '../messaging/protocol';
import { CLAIM_STATUSES, type ClaimStatus, type ClaimStatusRecord } from '../storage/records';
import { CLAIM_STATUS_LABELS } from './labels';
import { claimMatchKey } from '../core/claim-key';

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
  onSetStatus: (claim: PageClaim, status: ClaimStatus, note: string) => void;
  /** Said when there are no claims (default "No claims found."). */
  emptyText?: string;
}

export function ClaimsList(props: ClaimsListProps) {
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
  return (
    <div class="nm-claims">
      {order.map((speakerId) => (
        <div class="nm-claim-group" key={speakerId} data-speaker-id={speakerId}>
          <h3 dir="auto">{speakerName(speakerId)}</h3>
          <ul>
            {groups.get(speakerId)!.map((claim) => (
              <ClaimItem
                key={claim.id}
                claim={claim}
                stored={byKey.get(claimMatchKey(claim.text))}
                onShow={props.onShow}
                onSetStatus={props.onSetStatus}
              />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function ClaimItem(props: {
  claim: PageClaim;
  stored: ClaimStatusRecord | undefined;
  onShow: ClaimsListProps['onShow'];
  onSetStatus: ClaimsListProps['onSetStatus'];
}) {
  const { claim, stored } = props;
  const status = stored?.status ?? 'unverified';
  const [note, setNote] = useState<string | null>(null);
  const shownNote = note ?? stored?.note ?? '';
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
            onChange={(e) => props.onSetStatus(claim, e.currentTarget.value as ClaimStatus, shownNote)}
          >
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CLAIM_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* The note stays folded until wanted: a long claim list stays scannable. */}
      <details class="nm-claim-note" open={!!stored?.note}>
        <summary>{stored?.note ? 'Note' : 'Add a note'}</summary>
        <textarea
          dir="auto"
          aria-label="Fact-check note"
          placeholder="Sources, context"
          value={shownNote}
          onInput={(e) => setNote(e.currentTarget.value)}
          onBlur={() => {
            if (note !== null && note !== (stored?.note ?? '')) props.onSetStatus(claim, status, note);
          }}
        />
      </details>
    </li>
  );
}
