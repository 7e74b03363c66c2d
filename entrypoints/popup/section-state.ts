/**
 * Which popup sections the reader folded, remembered for them in the
 * extension's local storage (a view preference: no record, no export, so not
 * in the Dexie settings). Read once when the popup opens; until then every
 * section is open.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';

const KEY = 'popup.sectionsOpen';

export const sectionsOpen = signal<Record<string, boolean>>({});

export async function loadSectionState(): Promise<void> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    if (stored && typeof stored === 'object') sectionsOpen.value = stored as Record<string, boolean>;
  } catch {
    // Unreadable storage: every section open, as on a first run.
  }
}

export function setSectionOpen(id: string, open: boolean): void {
  sectionsOpen.value = { ...sectionsOpen.value, [id]: open };
  void browser.storage.local.set({ [KEY]: sectionsOpen.value }).catch(() => {});
}

export function sectionProps(id: string): { id: string; open: boolean; onToggle: (open: boolean) => void } {
  return { id, open: sectionsOpen.value[id] ?? true, onToggle: (open) => setSectionOpen(id, open) };
}
