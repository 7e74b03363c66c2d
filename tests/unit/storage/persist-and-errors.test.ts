import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { describeStorageError, InvalidRecordError, requestPersistentStorage, STORAGE_FULL_MESSAGE, StorageFullError } from '../../../storage/repository';

describe('requestPersistentStorage', () => {
  it('reports unavailable where the API does not exist (a service worker, Node)', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unavailable');
    expect(await requestPersistentStorage({})).toBe('unavailable');
  });

  it('treats a refusal as an answer, not an error', async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('denied');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => true })).toBe('granted');
    expect(await requestPersistentStorage({ persist: async () => { throw new Error('blocked'); } })).toBe('unavailable');
  });

  it('does not ask again once granted', async () => {
    let asked = 0;
    const result = await requestPersistentStorage({ persisted: async () => true, persist: async () => (asked++, true) });
    expect(result).toBe('granted');
    expect(asked).toBe(0);
  });
});

describe('describeStorageError', () => {
  it('gives the user a message they can act on, as plain data', () => {
    expect(describeStorageError(new StorageFullError())).toEqual({ code: 'storage-full', message: STORAGE_FULL_MESSAGE });
    expect(describeStorageError(new Dexie.AbortError('aborted', new DOMException('q', 'QuotaExceededError')))).toEqual({
      code: 'storage-full',
      message: STORAGE_FULL_MESSAGE,
    });
    expect(describeStorageError(new InvalidRecordError('A note must be a string.'))).toEqual({
      code: 'invalid-record',
      message: 'A note must be a string.',
    });
    expect(describeStorageError(new DOMException('disk I/O', 'UnknownError')).message).toBe(
      'Newsmark could not read or save its data (UnknownError: disk I/O).',
    );
  });
});
