/**
 * Writes from an extension page go through the background; when one fails
 * (full disk, private window) its message is shown until the next write
 * succeeds, instead of the change silently not happening.
 */
import { signal } from '@preact/signals';

export const writeError = signal<string | null>(null);

export async function attempt<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await attemptOrThrow(write);
  } catch {
    return undefined;
  }
}

/** As `attempt`, but the failure also reaches the caller (an autosave says "Not saved"). */
export async function attemptOrThrow<T>(write: () => Promise<T>): Promise<T> {
  try {
    const value = await write();
    writeError.value = null;
    return value;
  } catch (error) {
    writeError.value = error instanceof Error ? error.message : String(error);
    throw error;
  }
}
