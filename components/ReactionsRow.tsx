/**
 * Eight toggle buttons, one reaction per article. Pressing the chosen one
 * clears it; "No comment" is a choice of its own, not the absence of one.
 */
import type { Reaction } from '../storage/records';

export const REACTIONS: { value: Reaction; label: string }[] = [
  { value: 'touched', label: 'Touched' },
  { value: 'sympathetic', label: 'Sympathetic' },
  { value: 'bored', label: 'Bored' },
  { value: 'angry', label: 'Angry' },
  { value: 'amused', label: 'Amused' },
  { value: 'sad', label: 'Sad' },
  { value: 'happy', label: 'Happy' },
  { value: 'no-comment', label: 'No comment' },
];

export function ReactionsRow(props: {
  current: Reaction | null;
  disabled?: boolean;
  onChange: (reaction: Reaction | null) => void;
}) {
  return (
    <div class="nm-reactions" role="group" aria-label="Your reaction to this article">
      {REACTIONS.map(({ value, label }) => {
        const pressed = props.current === value;
        return (
          <button
            type="button"
            key={value}
            aria-pressed={pressed}
            disabled={props.disabled}
            onClick={() => props.onChange(pressed ? null : value)}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}
