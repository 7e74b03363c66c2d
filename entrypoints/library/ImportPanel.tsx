/**
 * Import a Newsmark backup or W3C Web Annotations (Hypothesis's export included). The file is parsed and
 * checked here (core/export); a malformed, foreign or oversized file is refused with the reason and
 * nothing is sent. The background checks every record again and writes all of it in one transaction or
 * nothing; records already here are matched by id, so importing the same file twice adds nothing.
 */
import { useState } from 'preact/hooks';
import { DEFAULT_MAX_BYTES, parseWebAnnotationImport } from '../../core/export';
import { CLAIM_STATUSES, DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS, REACTIONS, type ImportOutcome } from '../../model';
import { sendToBackground } from '../../messaging/channel';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'refused'; message: string } | { kind: 'done'; message: string };

export function describeOutcome(o: ImportOutcome, warnings: string[]): string {
  const h = o.counts.highlight;
  const c = o.counts.claim;
  const a = o.counts.article;
  const parts = [
    `${h.added} new ${h.added === 1 ? 'highlight' : 'highlights'}`,
    `${c.added} new claim ${c.added === 1 ? 'status' : 'statuses'}`,
    `${a.added} new ${a.added === 1 ? 'article' : 'articles'}`,
  ];
  const groups = o.collections;
  if (groups?.added) parts.push(`${groups.added} new ${groups.added === 1 ? 'collection' : 'collections'}`);
  const same = h.unchanged + c.unchanged;
  if (same) parts.push(`${same} already here`);
  if (h.updated + c.updated + a.updated) parts.push(`${h.updated + c.updated + a.updated} updated from the file`);
  let text = `Imported: ${parts.join(', ')}.`;
  if (groups?.merged.length) {
    const names = groups.merged.map((n) => `“${n}”`).join(', ');
    text += groups.merged.length === 1
      ? ` The file's collection ${names} was merged into yours of the same name (its articles added, none twice).`
      : ` The file's collections ${names} were merged into yours of the same names (their articles added, none twice).`;
  }
  if (o.conflicts) text += ` ${o.conflicts} ${o.conflicts === 1 ? 'record was' : 'records were'} changed here after the file was made: your version was kept.`;
  if (warnings.length) text += ` ${warnings.join(' ')}`;
  return text;
}

export function ImportPanel() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  async function importFile(file: File): Promise<void> {
    setState({ kind: 'busy' });
    // Refused before reading: a 50 MB file is not read into the page at all.
    if (file.size > DEFAULT_MAX_BYTES) {
      setState({ kind: 'refused', message: `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; Newsmark imports files up to ${DEFAULT_MAX_BYTES / 1048576} MB. Nothing was imported.` });
      return;
    }
    const parsed = parseWebAnnotationImport(await file.text(), {
      now: Date.now(),
      vocabulary: { colors: HIGHLIGHT_COLORS, statuses: CLAIM_STATUSES, reactions: REACTIONS },
      defaultColor: DEFAULT_HIGHLIGHT_COLOR,
    });
    if (!parsed.ok) {
      setState({ kind: 'refused', message: `“${file.name}” was not imported: ${parsed.error}. Nothing was changed.` });
      return;
    }
    try {
      const outcome = await sendToBackground('library.import', { library: parsed.library });
      setState({ kind: 'done', message: describeOutcome(outcome, parsed.warnings) });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setState({ kind: 'refused', message: `“${file.name}” was not imported: ${why} Nothing was changed.` });
    }
  }
  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">Import</h3>
      <p class="nm-empty">A Newsmark backup (.jsonld) or W3C Web Annotations from another tool, such as Hypothesis.</p>
      <label>
        Import a file{' '}
        <input
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          disabled={state.kind === 'busy'}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) void importFile(file).finally(() => (input.value = ''));
          }}
        />
      </label>
      {state.kind === 'busy' ? <p role="status">Importing…</p> : null}
      {state.kind === 'refused' ? (
        <p class="nm-error nm-import-message" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'done' ? (
        <p class="nm-import-message" role="status">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
