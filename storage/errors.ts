/**
 * Storage failures the user must hear about, as typed errors the background
 * can turn into messages. Errors carry a `code` because class identity is lost
 * when an error crosses extension messaging.
 */
import Dexie from 'dexie';

export const STORAGE_FULL_MESSAGE =
  'Newsmark could not save: your disk or browser storage is full. Free some space and try again.';

export class StorageFullError extends Error {
  readonly code = 'storage-full' as const;
  /** What to show the user, as is. */
  readonly userMessage = STORAGE_FULL_MESSAGE;
  constructor(cause?: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
    this.name = 'StorageFullError';
  }
}

/** The caller handed the store something it cannot keep; the message says what. */
export class InvalidRecordError extends Error {
  readonly code = 'invalid-record' as const;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRecordError';
  }
}

// Chromium and current Firefox say QuotaExceededError; older Firefox used its own
// names, and reports a full disk separately from a full quota.
const QUOTA_ERROR_NAMES = new Set([
  Dexie.errnames.QuotaExceeded,
  'QuotaExceededError',
  'NS_ERROR_DOM_QUOTA_REACHED',
  'NS_ERROR_FILE_NO_DEVICE_SPACE',
]);
// The legacy DOMException code for QUOTA_EXCEEDED_ERR.
const QUOTA_EXCEEDED_CODE = 22;

/**
 * True when `error`, or anything it wraps, is a quota or disk-full error.
 * A failed request aborts its transaction, and Dexie may report the abort
 * (AbortError) with the quota error inside, so wrapped errors are searched too.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_ERROR_NAMES.has(e.name)) return true;
  if (typeof DOMException !== 'undefined' && error instanceof DOMException && e.code === QUOTA_EXCEEDED_CODE) {
    return true;
  }
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  // Dexie's BulkError lists each failed operation.
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

/** Runs a write and reports quota failures as StorageFullError; anything else is rethrown as is. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageFullError) throw error;
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

export type StorageErrorCode = 'storage-full' | 'invalid-record' | 'storage-failed';

/**
 * Plain data for a storage failure, for the background to send over
 * messaging (where Error classes do not survive) and for the UI to show.
 */
export function describeStorageError(error: unknown): { code: StorageErrorCode; message: string } {
  if (error instanceof StorageFullError || isQuotaError(error)) return { code: 'storage-full', message: STORAGE_FULL_MESSAGE };
  if (error instanceof InvalidRecordError) return { code: 'invalid-record', message: error.message };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'storage-failed', message: `Newsmark could not read or save its data (${detail}).` };
}
