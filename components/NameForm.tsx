/**
 * A small form for a speaker's name: chosen from the article's speakers, or typed. What is typed is kept
 * as a draft (name-drafts.ts) until the reader saves or discards it, so closing the popup mid-word loses
 * nothing and stores nothing half-written. Enter saves, Escape cancels; a name the store would refuse is
 * refused here first, with the same kind of message.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { clearDraft, readDraft, writeDraft } from './name-drafts';
import './corrections.css';

/** The select's value for "type a name instead". */
const OTHER = '';

export interface NameFormProps {
  /** Names the form ("Who said it?", "New name for Tom Becker"). */
  legend: string;
  draftKey: string;
  /** Speakers to choose from; none: a text field only. */
  choices: string[];
  /** What the text field starts with when there is no draft (a rename starts from the current name). */
  initialTyped?: string;
  submitLabel: string;
  /** The cancel button's label when there is no draft to discard (default Cancel). */
  cancelLabel?: string;
  /** A reason to refuse the name, or null. */
  check?: (name: string) => string | null;
  /** Stores the name; rejects when it was refused (the form stays open with the text). */
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}

export function NameForm(props: NameFormProps) {
  const [draft] = useState(() => readDraft(props.draftKey));
  const [choice, setChoice] = useState(draft?.choice ?? props.choices[0] ?? OTHER);
  const [typed, setTyped] = useState(draft?.typed ?? props.initialTyped ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);
  const typing = props.choices.length === 0 || choice === OTHER;

  useEffect(() => first.current?.focus(), []);

  const keep = (next: { choice?: string; typed?: string }) => {
    const value = { choice: next.choice ?? choice, typed: next.typed ?? typed };
    writeDraft(props.draftKey, value);
  };
  const close = () => {
    clearDraft(props.draftKey);
    props.onClose();
  };
  const submit = async () => {
    const name = (typing ? typed : choice).replace(/\s+/g, ' ').trim();
    const refusal = !name ? 'The name cannot be empty: type a name, or cancel.' : (props.check?.(name) ?? null);
    setProblem(refusal);
    if (refusal) return;
    setBusy(true);
    try {
      await props.onSubmit(name);
      clearDraft(props.draftKey);
      props.onClose();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const problemId = useId();
  return (
    <form
      class="nm-name-form"
      aria-label={props.legend}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <span class="nm-name-legend">{props.legend}</span>
      {props.choices.length > 0 ? (
        <select
          ref={first}
          aria-label="Speaker"
          value={choice}
          onChange={(e) => {
            setChoice(e.currentTarget.value);
            keep({ choice: e.currentTarget.value });
          }}
        >
          {props.choices.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          <option value={OTHER}>Someone else…</option>
        </select>
      ) : null}
      {typing ? (
        <input
          ref={props.choices.length === 0 ? first : undefined}
          type="text"
          dir="auto"
          aria-label="Speaker's name"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          maxLength={200}
          value={typed}
          onInput={(e) => {
            setTyped(e.currentTarget.value);
            keep({ typed: e.currentTarget.value });
          }}
        />
      ) : null}
      <button type="submit" disabled={busy}>
        {props.submitLabel}
      </button>
      <button type="button" onClick={close}>
        {draft ? 'Discard' : (props.cancelLabel ?? 'Cancel')}
      </button>
      {draft ? (
        <p class="nm-draft-note" role="status">
          Not saved yet: save or discard.
        </p>
      ) : null}
      {problem ? (
        <p id={problemId} class="nm-name-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

/** Whether a form has a draft waiting (it opens by itself when the popup opens again). */
export function hasDraft(key: string): boolean {
  return readDraft(key) !== null;
}
