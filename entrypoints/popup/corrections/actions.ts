/**
 * The popup's writes of corrections, each with its undo: a correction stored hands back the one it
 * replaced (put that back, or delete it), a correction reverted hands back itself (put it back). The
 * last change is offered as "Undo" until the next one replaces it; every correction can also be reverted
 * where it shows ("edited").
 */
import { signal } from '@preact/signals';
import { sendToBackground } from '../../../messaging/channel';
import type { ArticleRef } from '../../../messaging/protocol';
import type { CorrectionRequest } from '../../../messaging/corrections';
import type { CorrectionRecord } from '../../../storage/records';
import { attempt, attemptOrThrow } from '../../../components/write-attempt';

export interface LastChange {
  /** What happened, as the reader would say it ("Claim dismissed."). */
  text: string;
  undo: () => Promise<unknown>;
  /** The control the reader used goes away with what it corrected (a dismissed claim, a merged speaker): focus Undo. */
  focusUndo?: boolean;
}

export const lastChange = signal<LastChange | null>(null);

/** Stores a correction; throws (after showing the message) when it was refused, so a form keeps what was typed. */
export async function correct(article: ArticleRef, correction: CorrectionRequest, text: string): Promise<void> {
  const focusUndo = correction.kind === 'dismiss' || correction.kind === 'merge';
  const { record, previous } = await attemptOrThrow(() => sendToBackground('correction.put', { article, correction }));
  lastChange.value = {
    text,
    focusUndo,
    undo: () =>
      previous
        ? sendToBackground('correction.restore', previous)
        : sendToBackground('correction.delete', { id: record.id }),
  };
}

/** Removes a correction (the reader's "undo" where it shows); the removal itself can be undone. */
export async function revert(record: CorrectionRecord, text: string): Promise<void> {
  const removed = await attempt(() => sendToBackground('correction.delete', { id: record.id }));
  if (!removed) return;
  lastChange.value = { text, undo: () => sendToBackground('correction.restore', removed) };
}

export async function undoLast(): Promise<void> {
  const change = lastChange.value;
  lastChange.value = null;
  if (change) await attempt(change.undo);
}
