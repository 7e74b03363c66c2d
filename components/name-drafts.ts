/**
 * A name being typed in a correction form, kept in the popup's own storage (never in the database) until
 * the reader saves or discards it: closing the popup mid-word loses nothing, and nothing half-typed is
 * ever stored as a correction. One draft per article and form.
 */
const PREFIX = 'newsmark.correction-draft:';

export interface NameDraft {
  /** The speaker chosen from the list ('' when typing another name). */
  choice: string;
  typed: string;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: drafts live only as long as the form
  }
}

export function readDraft(key: string): NameDraft | null {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    const value = raw ? (JSON.parse(raw) as Partial<NameDraft>) : null;
    return value && typeof value.typed === 'string' && typeof value.choice === 'string' ? (value as NameDraft) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: NameDraft): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // A full or disabled storage: the form still holds the text while open.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing kept, nothing to clear
  }
}
