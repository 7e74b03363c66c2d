/**
 * After the reader saves an article (Save, a reaction, a claim's status), the tab is asked to send the
 * page's text and analysis to the background (the content script has them; the popup does not), so the
 * library can show them without the page. Only Save replaces an earlier copy. What was kept is said
 * when it is not the whole page (a 5 MB page keeps its first million characters).
 */
import { signal } from '@preact/signals';
import { sendToTab } from '../../messaging/channel';
import { tabId } from './popup-state';
import { hasSnapshot, type NewsmarkDB } from '../../storage/queries';

/** What the last snapshot kept, when it was not all of the page; or why it could not be taken. */
export const snapshotNote = signal<string | null>(null);

export async function keepSnapshot(refresh: boolean): Promise<void> {
  const tab = tabId.value;
  if (tab === null) return;
  try {
    const outcome = await sendToTab(tab, 'page.keepSnapshot', { refresh });
    snapshotNote.value = outcome?.stored && outcome.partial ? outcome.message : null;
  } catch (error) {
    // The article itself is saved; only its copy of the page is missing, and the reader can try again.
    snapshotNote.value = `The page's text was not kept: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * After a reaction or a claim mark: the page's copy only when the article has none yet, as the background
 * does after a first highlight. Asked of the database first, because the tab would otherwise build and
 * send the whole page (up to megabytes of text) for the background to refuse as kept earlier.
 */
export async function keepFirstSnapshot(db: NewsmarkDB, articleKey: string): Promise<void> {
  // If the question cannot be answered, ask the tab: the background still keeps the first copy only.
  if (await hasSnapshot(db, articleKey).catch(() => false)) return;
  await keepSnapshot(false);
}
