import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../core/snapshot/build';
import { checkSnapshotInput } from '../../../storage/snapshots';
import { SNAPSHOT_MAX_CLAIMS, SNAPSHOT_MAX_SPEAKERS, SNAPSHOT_MAX_TEXT_CHARS } from '../../../model';
import { describeKept } from '../../../core/snapshot/describe';

const claim = (i: number, speakerId: string) => ({
  id: `c${i}`, speakerId, speaker: speakerId, text: `claim ${i}`, kind: 'direct' as const, cue: 'said', confidence: 0.9, selector: [],
});

describe('the snapshot a page sends', () => {
  it('is cut to the limits the door accepts, never inside a surrogate pair, and says how much there was', () => {
    const text = 'a'.repeat(SNAPSHOT_MAX_TEXT_CHARS - 1) + '😀' + 'tail';
    const speakers = Array.from({ length: SNAPSHOT_MAX_SPEAKERS + 10 }, (_, i) => ({ id: `s${i}`, name: `Speaker ${i}`, kind: 'person' as const, role: null, mentions: 1 }));
    // Claims only by the last speakers: the cap on speakers must keep them.
    const claims = Array.from({ length: SNAPSHOT_MAX_CLAIMS + 5 }, (_, i) => claim(i, `s${SNAPSHOT_MAX_SPEAKERS + 5 + (i % 5)}`));
    const snapshot = buildSnapshot({ url: 'https://news.example/a', text, language: null, speakers, claims });
    expect(snapshot.text.length).toBe(SNAPSHOT_MAX_TEXT_CHARS - 1);
    expect(snapshot.textLength).toBe(text.length);
    expect(snapshot.claims).toHaveLength(SNAPSHOT_MAX_CLAIMS);
    expect(snapshot.claimsTotal).toBe(SNAPSHOT_MAX_CLAIMS + 5);
    const kept = new Set(snapshot.speakers.map((s) => s.id));
    expect(snapshot.claims.every((c) => kept.has(c.speakerId))).toBe(true);
    expect(() => checkSnapshotInput(snapshot)).not.toThrow();
    expect(describeKept(snapshot)).toBe('Kept the first 999,999 of 1,000,005 characters of the text and 2,000 of 2,005 claims.');
  });
});
