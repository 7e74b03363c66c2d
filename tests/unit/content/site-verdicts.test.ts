/**
 * The content script's view of "is this canonical on the page's own site":
 * asked of the background once per pair of hosts, "no" until answered or when
 * the background cannot be reached, never asked for www/amp/mobile variants.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleKey } from '../../../core/article-key';

const asked: unknown[] = [];
let answer: boolean | Error = true;
vi.mock('../../../messaging/channel', () => ({
  sendToBackground: async (type: string, data: unknown) => {
    asked.push({ type, data });
    if (answer instanceof Error) throw answer;
    return answer;
  },
}));
const { SiteVerdicts } = await import('../../../entrypoints/content/site-verdicts');

function page(canonical: string): Document {
  return parseHTML(`<!doctype html><html><head><link rel="canonical" href="${canonical}"></head><body></body></html>`)
    .document as unknown as Document;
}

beforeEach(() => {
  asked.length = 0;
  answer = true;
});

describe('SiteVerdicts', () => {
  it('keys the page as itself until the background says the canonical is on its site, then by the canonical', async () => {
    const doc = page('https://www.example.com/story');
    const url = 'https://edition.example.com/story-print';
    const verdicts = new SiteVerdicts();
    expect(articleKey(doc, url, verdicts.sameSite)).toBe('https://edition.example.com/story-print');
    expect(await verdicts.learn(doc, url)).toBe(true);
    expect(articleKey(doc, url, verdicts.sameSite)).toBe('https://example.com/story');
    await verdicts.learn(doc, url);
    expect(asked).toEqual([{ type: 'site.sameSite', data: { page: 'edition.example.com', canonical: 'www.example.com' } }]);
  });

  it('does not ask about the same host, and takes an unreachable background as "not the same site"', async () => {
    const verdicts = new SiteVerdicts();
    expect(await verdicts.learn(page('https://www.example.com/story'), 'https://m.example.com/story')).toBe(false);
    expect(asked).toEqual([]);
    answer = new Error('Nobody answered the message.');
    const doc = page('https://victim.example.net/story');
    expect(await verdicts.learn(doc, 'https://copy.example.org/story')).toBe(false);
    expect(articleKey(doc, 'https://copy.example.org/story', verdicts.sameSite)).toBe('https://copy.example.org/story');
  });
});
