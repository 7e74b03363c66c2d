/**
 * The Speakers view follows the library write by write: who is quoted shows as soon as a page is kept,
 * a claim marked shows its status, a trashed article's speakers go, and what it shows always equals a
 * fresh read. After the first read, a claim marked reads no saved page (no text) again, and a page kept
 * reads only that page.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putSnapshot } from '../../../storage/snapshots';
import { saveArticle, setClaimStatus, trashArticle } from '../../../storage/repository';
import { readSpeakerSources } from '../../../storage/speaker-sources';
import { SpeakerSourcesMirror } from '../../../entrypoints/library/speakers-mirror';
import { speakersAcross } from '../../../core/speakers/across';
import { buildSnapshot } from '../../../core/snapshot/build';
import type { SnapshotInput } from '../../../model';
import { article, closeAll, freshDb } from '../storage/fixtures';

afterEach(closeAll);

function page(name: string, said: string): SnapshotInput {
  const text = `The mayor spoke. "${said}," said ${name}. Nobody objected.`;
  const start = text.indexOf(said);
  return buildSnapshot({
    url: 'https://news.example/x',
    text,
    language: 'en',
    speakers: [{ id: 's1', name, kind: 'person', role: null, mentions: 1 }],
    claims: [{
      id: 'c1', speakerId: 's1', speaker: name, text: said, kind: 'direct', cue: 'said', confidence: 0.9,
      selector: [{ type: 'TextQuoteSelector', exact: said, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end: start + said.length }],
    }],
  });
}

describe('the Speakers view follows the library', () => {
  it('shows a kept page’s speakers and a marked claim at once, reading only what changed, and agrees with a fresh read', async () => {
    const db = freshDb();
    const a = article();
    const b = article('news.example/other', 'https://news.example/other');
    await saveArticle(db, a);
    await saveArticle(db, b);
    await putSnapshot(db, a.key, page('Ada Okafor', 'We will reopen the harbour in spring'), false);

    const mirror = new SpeakerSourcesMirror();
    const stop = mirror.follow(db);
    await vi.waitFor(() => expect(mirror.value.value).toBeDefined());
    const names = () => speakersAcross(mirror.value.value!).map((s) => s.name);
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0));
      await mirror.settled();
    };
    expect(names()).toEqual(['Ada Okafor']);

    // Every table object shares Dexie's Table prototype: count the reads made on the snapshots table.
    const proto = Object.getPrototypeOf(db.snapshots) as typeof db.snapshots;
    const toArray = vi.spyOn(proto, 'toArray');
    const bulkGet = vi.spyOn(proto, 'bulkGet');
    const onSnapshots = (spy: typeof toArray | typeof bulkGet) =>
      spy.mock.calls.filter((_, i) => (spy.mock.contexts[i] as { name: string }).name === 'snapshots').map((c) => c[0]);
    const wholeReads = { get calls() { return onSnapshots(toArray); } };
    const keyReads = { get calls() { return onSnapshots(bulkGet); } };

    await setClaimStatus(db, { id: 'k1', articleKey: a.key, quote: 'We will reopen the harbour in spring', speaker: 'Ada Okafor', selector: [], status: 'misleading', note: '' }, a);
    await settle();
    expect(speakersAcross(mirror.value.value!)[0].claims[0].status).toBe('misleading');
    // No saved page was read again for a claim mark.
    expect(wholeReads.calls).toEqual([]);
    expect(keyReads.calls).toEqual([]);

    await putSnapshot(db, b.key, page('Jonas Becker', 'We kept the cold chain running'), false);
    await settle();
    expect(names().sort()).toEqual(['Ada Okafor', 'Jonas Becker']);
    expect(wholeReads.calls).toEqual([]);
    expect(keyReads.calls).toEqual([[b.key]]);

    await trashArticle(db, b.key);
    await settle();
    expect(names()).toEqual(['Ada Okafor']);
    expect(mirror.value.value).toEqual(await readSpeakerSources(db));
    stop();
    vi.restoreAllMocks();
  });
});
