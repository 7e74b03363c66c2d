/** One "Moved to the Trash. Undo" notice at a time, for the library's deletes. */
import { signal } from '@preact/signals';

export interface UndoNotice {
  message: string;
  undo: () => Promise<void>;
}

export const undoNotice = signal<UndoNotice | null>(null);

export function showUndo(message: string, undo: () => Promise<void>): void {
  undoNotice.value = { message, undo };
}
