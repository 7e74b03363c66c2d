/**
 * What the reader set aside, one step away: claims dismissed as "Not a claim" (each with Restore), and
 * corrections that found nothing to apply to on the page as it is now (kept, not lost: the page may
 * show the claim again; each can be forgotten).
 */
import type { UnappliedCorrection } from '../../../core/corrections';
import type { CorrectionRecord } from '../../../storage/records';
import { revert } from './actions';
import '../../../components/corrections.css';

function describe(record: CorrectionRecord): string {
  switch (record.kind) {
    case 'dismiss':
      return `“${record.quote}” dismissed`;
    case 'speaker':
      return `“${record.quote}” moved to ${record.speaker}`;
    case 'add':
      return `“${record.quote}” added for ${record.speaker}`;
    case 'rename':
      return `${record.from} renamed ${record.to}`;
    case 'merge':
      return `${record.from} merged into ${record.into}`;
  }
}

export function DismissedClaims(props: { records: CorrectionRecord[]; unapplied: UnappliedCorrection[] }) {
  const dismissed = props.records.filter((r) => r.kind === 'dismiss');
  const unappliedIds = new Set(props.unapplied.map((u) => (u.correction as CorrectionRecord).id));
  const stale = props.records.filter((r) => r.kind !== 'dismiss' && unappliedIds.has(r.id));
  return (
    <>
      {dismissed.length ? (
        <details class="nm-dismissed">
          <summary>Dismissed claims ({dismissed.length})</summary>
          <ul>
            {dismissed.map((record) => (
              <li key={record.id} class="nm-dismissed-claim">
                <span dir="auto">{record.quote}</span>
                {unappliedIds.has(record.id) ? <span class="nm-muted"> (not on the page now)</span> : null}{' '}
                <button type="button" class="nm-correction-button" onClick={() => void revert(record, 'Claim restored.')}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {stale.length ? (
        <details class="nm-unapplied">
          <summary>Corrections not found on the page ({stale.length})</summary>
          <ul>
            {stale.map((record) => (
              <li key={record.id}>
                <span dir="auto">{describe(record)}</span>{' '}
                <span class="nm-muted">({props.unapplied.find((u) => (u.correction as CorrectionRecord).id === record.id)?.reason})</span>{' '}
                <button type="button" class="nm-correction-button" onClick={() => void revert(record, 'Correction forgotten.')}>
                  Forget
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
