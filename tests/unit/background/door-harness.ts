/**
 * The background's door as the door tests meet it: every handler over a fresh database, guarded as the
 * background guards them, with tabs that hear nothing (no tab is open in a unit test). The door logs each
 * refusal; tests mute that log and some assert on it.
 */
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';
import { createBackgroundHandlers, type TabMessenger } from '../../../entrypoints/background/handlers';
import { guardHandlers } from '../../../entrypoints/background/door';
import { closeAll, freshDb } from '../storage/fixtures';

export const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const quietTabs: TabMessenger = { async broadcast() {}, async send() {} };

export function setupDoor() {
  const db = freshDb();
  const door = guardHandlers(
    { ...createBackgroundHandlers(db, quietTabs), 'content.loadPart': async () => undefined },
    { extensionOrigin: ORIGIN, db },
  );
  return { db, door };
}

/** Mutes console.warn around each test (the door's refusal log) and closes the databases after it. */
export function muteDoorWarnings(): { readonly spy: MockInstance } {
  let spy: MockInstance | undefined;
  beforeEach(() => {
    spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    spy?.mockRestore();
    await closeAll();
  });
  return {
    get spy() {
      if (!spy) throw new Error('muteDoorWarnings: read the spy inside a test');
      return spy;
    },
  };
}
