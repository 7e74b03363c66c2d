/**
 * Whether this page's canonical link is on the page's own site, as the
 * background answers it by the Public Suffix List (core/site.ts): the list
 * stays out of the script injected into every page. Until an answer is known
 * the canonical does not count, so the page keys as itself: the safe side
 * (a page of another site never sees the article's highlights meanwhile).
 */
import { canonicalHostToCheck, type SameSite } from '../../core/article-key';
import { sendToBackground } from '../../messaging/channel';

export class SiteVerdicts {
  private readonly known = new Map<string, boolean>();

  readonly sameSite: SameSite = (a, b) => this.known.get(pairKey(a, b)) ?? false;

  /** Learns about the canonical the page at `url` names, if it is on another host. True when it counts. */
  async learn(doc: Document, url: string): Promise<boolean> {
    const pair = canonicalHostToCheck(doc, url);
    if (!pair) return false;
    const key = pairKey(pair.page, pair.canonical);
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const verdict = await sendToBackground('site.sameSite', pair).catch(() => false);
    this.known.set(key, verdict === true);
    return verdict === true;
  }
}

/** The same for (a, b) and (b, a): being one site is symmetric, and callers ask in either order. */
function pairKey(a: string, b: string): string {
  return [a.toLowerCase(), b.toLowerCase()].sort().join(' ');
}
