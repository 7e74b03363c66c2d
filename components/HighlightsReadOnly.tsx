/**
 * The reader's highlights where Newsmark is paused: shown, so nothing the
 * reader made seems lost, but not editable, because the page is not analysed
 * or painted there and an edit could not be shown on it. Resuming the site
 * makes them editable again.
 */
import type { HighlightRecord } from '../storage/records';
import { highlightQuote } from './HighlightsList';
import './workbench.css';

export function HighlightsReadOnly({ highlights, host }: { highlights: readonly HighlightRecord[]; host: string }) {
  return (
    <div class="nm-highlights nm-highlights-read-only">
      <p class="nm-read-only" role="note">
        Paused on {host}: your highlights are shown read-only. Resume the site to edit them.
      </p>
      {highlights.length === 0 ? <p class="nm-empty">No highlights on this page.</p> : null}
      <ul>
        {highlights.map((h) => (
          <li key={h.id} class={`nm-highlight nm-color-${h.body.color}`} data-highlight-id={h.id}>
            <blockquote class="nm-highlight-quote" dir="auto">
              {highlightQuote(h)}
            </blockquote>
            {h.body.note ? (
              <p class="nm-highlight-note" dir="auto">
                {h.body.note}
              </p>
            ) : null}
            {h.body.tags.length ? <p class="nm-site">Tags: {h.body.tags.join(', ')}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
