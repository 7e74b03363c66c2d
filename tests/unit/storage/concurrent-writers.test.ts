/**
 * Two tabs (here: two connections to one database) writing at the same time
 * must lose nothing: every read-modify-write happens inside one transaction.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { article, closeAll, freshDb, freshDbName, highlight } from './fixtures';
import {
  addHighlight,
  getArticle,
  getSettings,
  listHighlights,
  setClaimStatus,
  setSitePaused,
  updateHighlight,
  listClaimStatuses,
} from '../../../storage/repository';

afterEach(closeAll);

function twoTabs() {
  const name = freshDbName();
  return [freshDb(name), freshDb(name)] as const;
}

describe('two writers at once', () => {
  it('keeps every highlight and every URL the article was seen under', async () => {
    const [tab1, tab2] = twoTabs();
    const a = article('news.example/story', 'https://news.example/story');
    const b = { ...a, url: 'https://news.example/story?utm_source=feed' };
    const writes = [];
    for (let i = 0; i < 40; i++) {
      writes.push(addHighlight(tab1, highlight(a.key, `tab one ${i}`, a.url), a));
      writes.push(addHighlight(tab2, highlight(b.key, `tab two ${i}`, b.url), b));
    }
    const saved = await Promise.all(writes);
    expect((await listHighlights(tab1, a.key)).map((h) => h.id).sort()).toEqual(saved.map((h) => h.id).sort());
    const stored = await getArticle(tab2, a.key);
    expect(stored?.urls.slice().sort()).toEqual([a.url, b.url].sort());
    expect(stored?.savedAt).toBe(Math.min(...saved.map((h) => h.created)));
  });

  it('keeps both edits when two tabs change different fields of one highlight', async () => {
    const [tab1, tab2] = twoTabs();
    const a = article();
    const h = await addHighlight(tab1, highlight(a.key, 'shared'), a);
    await Promise.all([
      updateHighlight(tab1, h.id, { note: 'note from tab one' }),
      updateHighlight(tab2, h.id, { color: 'purple' }),
      updateHighlight(tab1, h.id, { tags: ['tagged'] }),
    ]);
    const [after] = await listHighlights(tab2, a.key);
    expect(after.body).toEqual({ color: 'purple', note: 'note from tab one', tags: ['tagged'] });
  });

  it('keeps both sites when two tabs pause different sites', async () => {
    const [tab1, tab2] = twoTabs();
    await Promise.all([
      setSitePaused(tab1, 'mail.example.com', true),
      setSitePaused(tab2, 'Bank.Example.org', true),
      setSitePaused(tab1, 'intranet.example', true),
    ]);
    expect((await getSettings(tab2)).pausedSites.sort()).toEqual(['bank.example.org', 'intranet.example', 'mail.example.com']);
  });

  it('keeps claim marks made from both tabs', async () => {
    const [tab1, tab2] = twoTabs();
    const a = article();
    const claim = (id: string) => ({ id, articleKey: a.key, quote: `quote ${id}`, speaker: 'Mayor', selector: [], status: 'accurate' as const, note: '' });
    await Promise.all([setClaimStatus(tab1, claim('c1'), a), setClaimStatus(tab2, claim('c2'), a)]);
    expect((await listClaimStatuses(tab1, a.key)).map((c) => c.id).sort()).toEqual(['c1', 'c2']);
  });
});
