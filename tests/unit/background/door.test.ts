/**
 * The background's door: which context may send what, and with what. Content
 * scripts run inside pages a stranger wrote, so they get only what a content
 * script needs, for the page's own site; settings, article deletes and pauses
 * come only from the extension's pages; malformed messages are refused and
 * logged before anything is written.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { getSettings, listArticles, listHighlights, saveArticle } from '../../../storage/repository';
import type { TextSelector } from '../../../core/anchoring/types';
import type { ArticleInput } from '../../../storage/records';
import { ORIGIN, muteDoorWarnings, setupDoor } from './door-harness';

const popup = { id: 'x', url: `${ORIGIN}popup.html` } as Runtime.MessageSender;
const library = { id: 'x', url: `${ORIGIN}library.html`, tab: { id: 3, incognito: false } } as Runtime.MessageSender;
const contentOn = (url: string) => ({ id: 'x', url, tab: { id: 7, incognito: false, url }, frameId: 0 }) as Runtime.MessageSender;
const newsPage = contentOn('https://www.news.example.com/2026/harbour-vote');
const otherSite = contentOn('https://attacker.example.org/copy');
const stranger = { id: 'x' } as Runtime.MessageSender;

const selector: TextSelector[] = [
  { type: 'TextQuoteSelector', exact: 'a passage worth keeping', prefix: 'before ', suffix: ' after' },
];
function newsArticle(): ArticleInput {
  return {
    key: 'https://news.example.com/2026/harbour-vote',
    url: 'https://www.news.example.com/2026/harbour-vote',
    title: 'Harbour vote',
    siteName: null,
    byline: null,
    published: null,
  };
}

const warnings = muteDoorWarnings();

describe('the background door', () => {
  it('refuses settings, pauses and article deletes from a content script, and accepts them from extension pages', async () => {
    const { db, door } = setupDoor();
    await saveArticle(db, newsArticle());

    await expect(door['settings.update']({ storeIncognito: true }, newsPage)).rejects.toThrow(/refused/i);
    await expect(door['site.setPaused']({ host: 'news.example.com', paused: true }, newsPage)).rejects.toThrow(/refused/i);
    await expect(door['article.delete']({ key: newsArticle().key }, newsPage)).rejects.toThrow(/refused/i);
    await expect(door['settings.get'](undefined, newsPage)).rejects.toThrow(/refused/i);
    expect(await getSettings(db)).toEqual({ pausedSites: [], storeIncognito: false, lastBackupAt: null });
    expect(await listArticles(db)).toHaveLength(1);
    expect(warnings.spy).toHaveBeenCalled();

    await door['settings.update']({ storeIncognito: true }, library);
    await door['site.setPaused']({ host: 'news.example.com', paused: true }, popup);
    expect(await getSettings(db)).toEqual({ pausedSites: ['news.example.com'], storeIncognito: true, lastBackupAt: null });
    await door['article.delete']({ key: newsArticle().key }, library);
    expect(await listArticles(db)).toHaveLength(0);
  });

  it('refuses what only the popup does (claims, reactions, Save) from a content script', async () => {
    const { db, door } = setupDoor();
    const claim = { article: newsArticle(), quote: 'It is fine', speaker: 'A', selector, status: 'accurate' as const, note: '' };
    await expect(door['claim.setStatus'](claim, newsPage)).rejects.toThrow(/refused/i);
    await expect(door['reaction.set']({ article: newsArticle(), reaction: 'sad' }, newsPage)).rejects.toThrow(/refused/i);
    await expect(door['article.save']({ article: newsArticle() }, newsPage)).rejects.toThrow(/refused/i);
    expect(await listArticles(db)).toEqual([]);
    await door['reaction.set']({ article: newsArticle(), reaction: 'sad' }, popup);
    expect(await listArticles(db)).toHaveLength(1);
  });

  it("lets a content script read and write highlights of its own page's site only", async () => {
    const { db, door } = setupDoor();
    const made = await door['highlight.add']({ article: newsArticle(), selector, color: 'yellow' }, newsPage);
    expect(made).not.toBeNull();
    expect(await door['highlights.list']({ articleKey: newsArticle().key }, newsPage)).toHaveLength(1);

    // Another site cannot list, recolour, delete or write into the article.
    await expect(door['highlights.list']({ articleKey: newsArticle().key }, otherSite)).rejects.toThrow(/refused/i);
    await expect(door['highlight.update']({ id: made!.id, patch: { color: 'green' } }, otherSite)).rejects.toThrow(/refused/i);
    await expect(door['highlight.delete']({ id: made!.id }, otherSite)).rejects.toThrow(/refused/i);
    await expect(door['highlight.add']({ article: newsArticle(), selector, color: 'pink' }, otherSite)).rejects.toThrow(/refused/i);
    const stored = await listHighlights(db, newsArticle().key);
    expect(stored.map((h) => h.body.color)).toEqual(['yellow']);

    // The page's own content script may recolour and delete (the toolbar), but not edit notes (the note editor does).
    await door['highlight.update']({ id: made!.id, patch: { color: 'green' } }, newsPage);
    await expect(door['highlight.update']({ id: made!.id, patch: { note: 'pwned' } }, newsPage)).rejects.toThrow(/refused/i);
    const token = await door['highlight.delete']({ id: made!.id }, newsPage);
    expect(token).not.toBeNull();
    await door['highlight.restore'](token!, newsPage);
    expect((await listHighlights(db, newsArticle().key)).map((h) => [h.body.color, h.body.note])).toEqual([['green', '']]);
  });

  it("takes a saved article's page from its own site's content script only, within the size limit, and says what was kept", async () => {
    const { db, door } = setupDoor();
    await door['highlight.add']({ article: newsArticle(), selector, color: 'yellow' }, newsPage);
    const snapshot = { url: newsArticle().url, text: 'The vote passed.', textLength: 16, language: 'en', speakers: [], claims: [], claimsTotal: 0 };
    await expect(door['article.snapshot']({ article: newsArticle(), snapshot, refresh: true }, otherSite)).rejects.toThrow(/not on the sending page's site/);
    await expect(door['article.snapshot']({ article: newsArticle(), snapshot: { ...snapshot, url: 'https://attacker.example.org/copy' }, refresh: true }, newsPage)).rejects.toThrow(/refused/i);
    // Over the door's limit (a sender that did not cut its text): refused with the sizes, nothing stored.
    const huge = { ...snapshot, text: 'x'.repeat(5 * 1024 * 1024), textLength: 5 * 1024 * 1024 };
    await expect(door['article.snapshot']({ article: newsArticle(), snapshot: huge, refresh: true }, newsPage)).rejects.toThrow(/characters long \(at most 4194304\)/);
    expect(await db.snapshots.count()).toBe(0);
    const outcome = await door['article.snapshot']({ article: newsArticle(), snapshot, refresh: true }, newsPage);
    expect(outcome).toMatchObject({ stored: true, message: 'Kept the whole text (16 characters) and 0 claims.' });
  });

  it('takes an AMP cache page as its publisher, and refuses a cache URL naming another host', async () => {
    const { door } = setupDoor();
    const cache = 'https://www-news-example-com.cdn.ampproject.org/c/s/www.news.example.com/2026/harbour-vote';
    const onCache = contentOn(cache);
    await door['highlight.add']({ article: { ...newsArticle(), url: cache }, selector, color: 'yellow' }, onCache);
    expect(await door['highlights.list']({ articleKey: newsArticle().key }, onCache)).toHaveLength(1);
    const forged = contentOn('https://attacker-example-org.cdn.ampproject.org/c/s/www.news.example.com/2026/harbour-vote');
    await expect(door['highlights.list']({ articleKey: newsArticle().key }, forged)).rejects.toThrow(/refused/i);
  });

  it('lets a content script name the note to open for its own highlights only, and only the note editor ask which', async () => {
    const { door } = setupDoor();
    const made = await door['highlight.add']({ article: newsArticle(), selector, color: 'yellow' }, newsPage);
    await expect(door['note.open']({ id: made!.id }, { ...otherSite, tab: { id: 9, incognito: false } } as never)).rejects.toThrow(
      /refused/i,
    );
    await door['note.open']({ id: made!.id }, newsPage);
    // The page's content script cannot ask; the note editor framed in that tab (an extension page) can.
    await expect(door['note.target'](undefined, newsPage)).rejects.toThrow(/refused/i);
    const editorInTab = { id: 'x', url: `${ORIGIN}note.html`, tab: { id: 7, incognito: false } } as Runtime.MessageSender;
    expect(await door['note.target'](undefined, editorInTab)).toBe(made!.id);
    const editorElsewhere = { ...editorInTab, tab: { id: 8, incognito: false } } as Runtime.MessageSender;
    expect(await door['note.target'](undefined, editorElsewhere)).toBeNull();
  });

  it('answers whether a canonical is on the same site by the Public Suffix List', async () => {
    const { door } = setupDoor();
    expect(await door['site.sameSite']({ page: 'edition.news.example.com', canonical: 'www.news.example.com' }, newsPage)).toBe(true);
    expect(await door['site.sameSite']({ page: 'a.example.co.uk', canonical: 'b.other.co.uk' }, newsPage)).toBe(false);
    expect(await door['site.sameSite']({ page: 'alice.github.io', canonical: 'bob.github.io' }, newsPage)).toBe(false);
  });

  it('answers whether a site is paused only about the asking page', async () => {
    const { door } = setupDoor();
    expect(await door['site.isPaused']({ host: 'www.news.example.com' }, newsPage)).toBe(false);
    await expect(door['site.isPaused']({ host: 'bank.example.net' }, newsPage)).rejects.toThrow(/refused/i);
  });

  it('refuses and logs malformed messages, writing nothing', async () => {
    const { db, door } = setupDoor();
    const bad: [keyof typeof door, unknown][] = [
      ['highlight.add', { article: newsArticle(), selector, color: 'red' }],
      ['highlight.add', { article: newsArticle(), selector: 'p:nth-child(2)', color: 'yellow' }],
      ['highlight.add', { article: { ...newsArticle(), key: 42 }, selector, color: 'yellow' }],
      ['highlight.add', { article: newsArticle(), selector, color: 'yellow', note: 'x'.repeat(2_000_000) }],
      ['highlight.add', null],
      ['highlights.list', { articleKey: ['a'] }],
      ['site.isPaused', { host: { toString: () => 'x' } }],
    ];
    for (const [type, data] of bad) {
      warnings.spy.mockClear();
      await expect((door[type] as (d: unknown, s: Runtime.MessageSender) => Promise<unknown>)(data, newsPage)).rejects.toThrow(
        /refused/i,
      );
      expect(warnings.spy).toHaveBeenCalledTimes(1);
    }
    await expect(door['settings.update']({ storeIncognito: 'yes' } as never, library)).rejects.toThrow(/refused/i);
    await expect(door['site.setPaused']({ host: 'news example', paused: true }, popup)).rejects.toThrow(/refused/i);
    await expect(door['reaction.set']({ article: newsArticle(), reaction: 'furious' } as never, popup)).rejects.toThrow(/refused/i);
    expect(await listArticles(db)).toEqual([]);
    expect(await getSettings(db)).toEqual({ pausedSites: [], storeIncognito: false, lastBackupAt: null });
  });

  it('refuses a sender that is neither an extension page nor a web page', async () => {
    const { door } = setupDoor();
    await expect(door['highlights.list']({ articleKey: newsArticle().key }, stranger)).rejects.toThrow(/refused/i);
    await expect(door['settings.get'](undefined, stranger)).rejects.toThrow(/refused/i);
    await expect(door['settings.get'](undefined, contentOn('file:///home/me/x.html'))).rejects.toThrow(/refused/i);
  });
});
