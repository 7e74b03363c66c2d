import { browser } from 'wxt/browser';

/** `popup.html?tabId=N` targets tab N (tests, the demo); otherwise the active tab. */
export async function resolveTargetTab(search: string): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    try {
      const tab = await browser.tabs.get(Number(param));
      return { id: Number(param), url: tab.url };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
