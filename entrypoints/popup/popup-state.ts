/**
 * The popup's state as signals: what the page said, and what went wrong in
 * words for the user. Stored data is not copied here: it is read live from
 * Dexie by the components that show it.
 */
import { signal } from '@preact/signals';
import type { PageAnalysis } from '../../messaging/protocol';
import type { HighlightUndoToken } from '../../model';
import { sendToTab } from '../../messaging/channel';
import { classifyUnreachable, UNREACHABLE_MESSAGES } from './reachability';
import { resolveTargetTab } from './target-tab';

export const tabId = signal<number | null>(null);
export const analysis = signal<PageAnalysis | null>(null);
export const unreachable = signal<string | null>(null);
export const loading = signal(true);
/** The highlight just deleted from the popup, until undone or replaced by another deletion. */
export const lastDeleted = signal<HighlightUndoToken | null>(null);

/** The next page of the tab's claims, appended to those shown. */
export async function loadMoreClaims(): Promise<void> {
  const page = analysis.value;
  if (!page || tabId.value === null) return;
  const id = tabId.value;
  const more = await sendToTab(id, 'page.claims', { from: page.claims.length });
  if (analysis.value !== page || tabId.value !== id) return;
  analysis.value = { ...page, claims: [...page.claims, ...more.claims], claimsTotal: more.total };
}

export async function loadPage(): Promise<void> {
  loading.value = true;
  const tab = await resolveTargetTab(location.search);
  if (!tab) {
    unreachable.value = UNREACHABLE_MESSAGES.restricted;
    loading.value = false;
    return;
  }
  tabId.value = tab.id;
  try {
    analysis.value = await sendToTab(tab.id, 'page.analysis', undefined);
    unreachable.value = null;
    void followAttaching(tab.id);
  } catch {
    unreachable.value = UNREACHABLE_MESSAGES[classifyUnreachable(tab.url)];
  } finally {
    loading.value = false;
  }
}


const ATTACH_POLL_MS = 250;

/**
 * While the page is still analysing (a long page) or re-attaching
 * highlights, ask again until it is done. The page answers each question
 * within a bounded wait, so the popup shows what there is meanwhile.
 */
async function followAttaching(id: number): Promise<void> {
  while ((analysis.value?.analysing || analysis.value?.attach.state === 'attaching') && tabId.value === id) {
    await new Promise((done) => setTimeout(done, ATTACH_POLL_MS));
    try {
      analysis.value = await sendToTab(id, 'page.analysis', undefined);
    } catch {
      return;
    }
  }
}
