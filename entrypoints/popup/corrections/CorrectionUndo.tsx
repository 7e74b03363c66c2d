/** "Claim dismissed. Undo": the last correction, one key press from being taken back. */
import { useEffect, useRef } from 'preact/hooks';
import { lastChange, undoLast } from './actions';
import '../../../components/corrections.css';

export function CorrectionUndo() {
  const change = lastChange.value;
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // A dismissed claim or a merged speaker takes the focused button away with it: the reader lands on Undo, not nowhere.
    if (change?.focusUndo) button.current?.focus();
  }, [change]);
  if (!change) return null;
  return (
    <p class="nm-undo nm-correction-undo" role="status">
      {change.text}{' '}
      <button ref={button} type="button" onClick={() => void undoLast()}>
        Undo
      </button>
    </p>
  );
}
