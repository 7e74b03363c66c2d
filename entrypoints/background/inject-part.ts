/**
 * Injecting a part of the content script into the frame that asked for it
 * (see entrypoints/content/parts.ts for why parts are injected rather than
 * imported). Only our own content scripts in a tab can ask, only for a part
 * we name, and only into their own document.
 */
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { PART_FILES, isPartName } from '../content/parts';

interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds?: number[]; documentIds?: string[] }; files: string[] }): Promise<unknown>;
}

export async function injectPart(part: unknown, sender: Runtime.MessageSender): Promise<void> {
  if (!isPartName(part)) throw new Error('No such part of Newsmark.');
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== browser.runtime.id) throw new Error('Only Newsmark in a tab can ask for its code.');
  const file = PART_FILES[part];
  const frameId = sender.frameId ?? 0;
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (scripting) {
    // The document that asked, not whatever the frame shows by the time this runs (Chromium names it).
    const documentId = (sender as { documentId?: string }).documentId;
    await scripting.executeScript({ target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    // Firefox's MV2 build: no scripting permission there, tabs.executeScript does the same.
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
}
