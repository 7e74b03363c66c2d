/**
 * A claim's corrections in the popup: "Not a claim" (hidden, listed under "Dismissed claims" to bring
 * back), "Wrong speaker…" (choose one of the article's speakers or type a name), and the marks that say
 * what is the reader's ("edited") and what attribution was unsure of ("speaker uncertain").
 */
import { useState } from 'preact/hooks';
import type { CorrectedClaim } from '../../../core/corrections';
import { correct, revert } from './actions';
import { hasDraft, NameForm } from '../../../components/NameForm';
import type { CorrectionContext } from './use-corrected-page';
import '../../../components/corrections.css';

export function ClaimCorrections({ claim, context }: { claim: CorrectedClaim; context: CorrectionContext }) {
  const draftKey = `${context.article.key}:speaker:${claim.key}`;
  const [picking, setPicking] = useState(() => hasDraft(draftKey));
  const moved = context.records.find((r) => r.kind === 'speaker' && r.target === claim.key);
  const added = context.records.find((r) => r.kind === 'add' && r.target === claim.key);
  const edited = claim.edits.includes('added')
    ? 'You added this claim'
    : claim.originalSpeaker
      ? `You moved this claim from ${claim.originalSpeaker}`
      : claim.edits.length
        ? 'You corrected this claim'
        : null;
  return (
    <div class="nm-claim-corrections">
      {edited ? (
        <span class="nm-edited" title={edited}>
          edited<span class="nm-visually-hidden">: {edited}</span>
        </span>
      ) : null}
      {claim.uncertain ? (
        <span class="nm-uncertain" title="Newsmark guessed who said this from the paragraphs around it: check it">
          speaker uncertain
        </span>
      ) : null}
      <button type="button" class="nm-correction-button" onClick={() => void correct(context.article, { kind: 'dismiss', quote: claim.text }, 'Claim dismissed.').catch(() => {})}>
        Not a claim
      </button>
      <button type="button" class="nm-correction-button" aria-expanded={picking} onClick={() => setPicking(!picking)}>
        Wrong speaker…
      </button>
      {moved ? (
        <button type="button" class="nm-correction-button" onClick={() => void revert(moved, 'Speaker change undone.')}>
          Undo speaker change
        </button>
      ) : null}
      {added ? (
        <button type="button" class="nm-correction-button" onClick={() => void revert(added, 'Added claim removed.')}>
          Remove added claim
        </button>
      ) : null}
      {picking ? (
        <NameForm
          legend="Who said it?"
          draftKey={draftKey}
          choices={context.speakers.filter((s) => s.id !== claim.speakerId).map((s) => s.name)}
          submitLabel="Move claim"
          onSubmit={(name) => correct(context.article, { kind: 'speaker', quote: claim.text, speaker: name }, `Claim moved to ${name}.`)}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </div>
  );
}
