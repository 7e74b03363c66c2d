/**
 * This page's highlights in page order, each editable in place (colour,
 * note, tags). Highlights that did not re-attach are listed apart under
 * "Not found on page" with their text and note: never dropped.
 */
import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../model';
import { swatchStyle } from './swatch';
import { COLOR_LABELS } from './labels';
import { parseTags } from './tags';
import type { HighlightPatch } from '../messaging/protocol';
import { saveStateText, useAutosave } from './autosave';

export function highlightQuote(record: HighlightRecord): string {
  const quote = record.target.selector.selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote && quote.type === 'TextQuoteSelector' ? quote.exact : '';
}

function highlightStart(record: HighlightRecord): number {
  const position = record.target.selector.selectors.find((s) => s.type === 'TextPositionSelector');
  return position && position.type === 'TextPositionSelector' ? position.start : Number.MAX_SAFE_INTEGER;
}

export interface HighlightsListProps {
  highlights: HighlightRecord[];
  /** Ids that failed to attach; null while the page has not been asked. */
  orphanIds: string[] | null;
  attaching: boolean;
  /** Resolves once stored, rejects when the write failed (notes and tags say "Saved" / "Not saved"). */
  onUpdate: (id: string, patch: HighlightPatch) => Promise<unknown> | void;
  onDelete: (id: string) => void;
  onShow?: (id: string) => void;
}

export function HighlightsList(props: HighlightsListProps) {
  const orphans = new Set(props.orphanIds ?? []);
  const sorted = [...props.highlights].sort((a, b) => highlightStart(a) - highlightStart(b) || a.created - b.created);
  const attached = sorted.filter((h) => !orphans.has(h.id));
  const notFound = sorted.filter((h) => orphans.has(h.id));
  return (
    <div class="nm-highlights">
      {props.attaching ? <p class="nm-attaching" role="status">Attaching…</p> : null}
      {attached.length === 0 && notFound.length === 0 ? (
        <p class="nm-empty">Select text on the page and press Highlight.</p>
      ) : null}
      <ul>
        {attached.map((h) => (
          <HighlightItem key={h.id} record={h} {...props} />
        ))}
      </ul>
      {notFound.length > 0 ? (
        <div class="nm-orphans">
          <h3>Not found on page</h3>
          <ul>
            {notFound.map((h) => (
              <HighlightItem key={h.id} record={h} {...props} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function HighlightItem(props: HighlightsListProps & { record: HighlightRecord }) {
  const { record } = props;
  // What the reader typed stays on screen as typed (not re-read from the store while they type).
  const [note, setNote] = useState<string | null>(null);
  const [tags, setTags] = useState<string | null>(null);
  const saver = useAutosave<HighlightPatch>(async (patch) => props.onUpdate(record.id, patch));
  const shownNote = note ?? record.body.note;
  const shownTags = tags ?? record.body.tags.join(', ');
  return (
    <li class={`nm-highlight nm-color-${record.body.color}`} style={swatchStyle(record.body.color)} data-highlight-id={record.id}>
      <blockquote class="nm-highlight-quote" dir="auto" onClick={() => props.onShow?.(record.id)}>
        {highlightQuote(record)}
      </blockquote>
      <div class="nm-highlight-controls">
        <select
          aria-label="Colour"
          value={record.body.color}
          onChange={(e) => void Promise.resolve(props.onUpdate(record.id, { color: e.currentTarget.value as HighlightColor })).catch(() => {})}
        >
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {COLOR_LABELS[c]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => props.onDelete(record.id)}>
          Delete
        </button>
      </div>
      <textarea
        dir="auto"
        aria-label="Note"
        placeholder="Add a note"
        value={shownNote}
        onInput={(e) => {
          setNote(e.currentTarget.value);
          saver.schedule({ note: e.currentTarget.value });
        }}
        onBlur={() => saver.flush()}
      />
      <input
        dir="auto"
        aria-label="Tags"
        placeholder="Tags, separated by commas"
        value={shownTags}
        onInput={(e) => {
          setTags(e.currentTarget.value);
          saver.schedule({ tags: parseTags(e.currentTarget.value) });
        }}
        onBlur={() => saver.flush()}
      />
      <span class="nm-save-state" aria-live="polite">
        {saveStateText(saver.state.value)}
      </span>
    </li>
  );
}
