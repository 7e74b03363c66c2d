/**
 * Eight toggle buttons, one reaction per article. Pressing the chosen one
 * clears it; "No comment" is a choice of its own, not the absence of one.
 */
import { REACTIONS, type Reaction } from '../model';
import { REACTION_LABELS } from './labels';


export function ReactionsRow(props: {
  current: Reaction | null;
  disabled?: boolean;
  onChange: (reaction: Reaction | null) => void;
}) {
  return (
    <div class="nm-reactions" role="group" aria-label="Your reaction to this article">
      {REACTIONS.map((value) => {
        const label = REACTION_LABELS[value];
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
