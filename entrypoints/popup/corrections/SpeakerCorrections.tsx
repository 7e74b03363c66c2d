/**
 * A speaker's corrections in the popup: rename (a typed name, saved or discarded explicitly), merge into
 * another speaker of the article (a full name and its short form become one), and undo of either.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { speakerKey, type CorrectedSpeaker } from '../../../core/corrections';
import { correct, revert } from './actions';
import { hasDraft, NameForm } from '../../../components/NameForm';
import type { CorrectionContext } from './use-corrected-page';
import '../../../components/corrections.css';

type Mode = 'none' | 'rename' | 'merge';

export function SpeakerCorrections({ speaker, context }: { speaker: CorrectedSpeaker; context: CorrectionContext }) {
  const draftKey = `${context.article.key}:rename:${speaker.key}`;
  const [mode, setMode] = useState<Mode>(() => (hasDraft(draftKey) ? 'rename' : 'none'));
  const renamed = context.records.find((r) => r.kind === 'rename' && r.target === speaker.key);
  const others = context.speakers.filter((s) => s.id !== speaker.id);
  const toggle = (next: Mode) => setMode(mode === next ? 'none' : next);
  const edited = [
    renamed ? `renamed from ${speaker.originalName}` : null,
    speaker.mergedFrom.length ? `merged with ${speaker.mergedFrom.map((m) => m.name).join(', ')}` : null,
  ].filter(Boolean);
  return (
    <div class="nm-speaker-corrections">
      {edited.length ? (
        <span class="nm-edited" title={`You ${edited.join(' and ')}`}>
          edited<span class="nm-visually-hidden">: {edited.join(', ')}</span>
        </span>
      ) : null}
      <button type="button" class="nm-correction-button" aria-expanded={mode === 'rename'} onClick={() => toggle('rename')}>
        Rename
      </button>
      {others.length ? (
        <button type="button" class="nm-correction-button" aria-expanded={mode === 'merge'} onClick={() => toggle('merge')}>
          Merge into…
        </button>
      ) : null}
      {renamed ? (
        <button type="button" class="nm-correction-button" onClick={() => void revert(renamed, `Name ${speaker.originalName} restored.`)}>
          Undo rename
        </button>
      ) : null}
      {speaker.mergedFrom.map((from) => {
        const record = context.records.find((r) => r.kind === 'merge' && r.target === from.key);
        return record ? (
          <button key={from.key} type="button" class="nm-correction-button" onClick={() => void revert(record, `${from.name} is a speaker of their own again.`)}>
            Unmerge {from.name}
          </button>
        ) : null;
      })}
      {mode === 'rename' ? (
        <NameForm
          legend={`New name for ${speaker.name}`}
          draftKey={draftKey}
          choices={[]}
          initialTyped={speaker.name}
          submitLabel="Save name"
          check={(name) =>
            others.some((s) => speakerKey(s.name) === speakerKey(name))
              ? `${name} is already a speaker in this article: use Merge into… instead.`
              : null
          }
          onSubmit={(name) => correct(context.article, { kind: 'rename', from: speaker.originalName, to: name }, `Renamed ${speaker.name} to ${name}.`)}
          onClose={() => setMode('none')}
        />
      ) : null}
      {mode === 'merge' ? <MergeForm speaker={speaker} others={others} context={context} onClose={() => setMode('none')} /> : null}
    </div>
  );
}

function MergeForm(props: { speaker: CorrectedSpeaker; others: CorrectedSpeaker[]; context: CorrectionContext; onClose: () => void }) {
  const [into, setInto] = useState(props.others[0]?.id ?? '');
  const field = useRef<HTMLSelectElement>(null);
  useEffect(() => field.current?.focus(), []);
  const target = props.others.find((s) => s.id === into);
  return (
    <form
      class="nm-name-form"
      aria-label={`Merge ${props.speaker.name} into another speaker`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!target) return;
        void correct(
          props.context.article,
          { kind: 'merge', from: props.speaker.originalName, into: target.originalName },
          `Merged ${props.speaker.name} into ${target.name}.`,
        ).then(props.onClose, () => {});
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <span class="nm-name-legend">Same person as</span>
      <select aria-label="Merge into" value={into} onChange={(e) => setInto(e.currentTarget.value)} ref={field}>
        {props.others.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="submit">Merge</button>
      <button type="button" onClick={props.onClose}>
        Cancel
      </button>
    </form>
  );
}
