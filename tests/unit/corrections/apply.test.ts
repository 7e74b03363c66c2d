import { describe, expect, it } from 'vitest';
import { applyCorrections, UNCERTAIN_BELOW, speakerKey, type Correction } from '../../../core/corrections';
import { claimMatchKey } from '../../../core/claim-key';
import type { Speaker } from '../../../core/attribution/types';
import type { AnalyzedClaim } from '../../../core/analyze-steps';

const speakers: Speaker[] = [
  { id: 's1', name: 'Helena Varga', kind: 'person', role: 'Transport Minister', mentions: 4 },
  { id: 's2', name: 'Varga', kind: 'person', role: null, mentions: 1 },
  { id: 's3', name: 'Tom Becker', kind: 'person', role: null, mentions: 2 },
];

function claim(id: string, speakerId: string, text: string, confidence = 0.9): AnalyzedClaim {
  const speaker = speakers.find((s) => s.id === speakerId)!.name;
  return { id, speakerId, speaker, text, kind: 'direct', cue: 'said', confidence, selector: [] };
}

const claims: AnalyzedClaim[] = [
  claim('c1', 's1', 'The harbour will reopen in spring'),
  claim('c2', 's2', 'We will not wait for the council'),
  claim('c3', 's3', 'We kept the cold chain running'),
  claim('c4', 's3', 'It was a long night', 0.7),
];

const key = (text: string) => claimMatchKey(text);
const namesOf = (result: ReturnType<typeof applyCorrections>) => result.speakers.map((s) => s.name);
const speakerOf = (result: ReturnType<typeof applyCorrections>, text: string) => result.claims.find((c) => c.text === text)?.speaker;

describe('applyCorrections', () => {
  it('changes nothing without corrections, and flags only the low-confidence attribution as uncertain', () => {
    const result = applyCorrections({ speakers, claims }, []);
    expect(namesOf(result)).toEqual(['Helena Varga', 'Varga', 'Tom Becker']);
    expect(result.claims.map((c) => c.text)).toEqual(claims.map((c) => c.text));
    expect(result.claims.filter((c) => c.uncertain).map((c) => c.text)).toEqual(['It was a long night']);
    expect(0.7).toBeLessThan(UNCERTAIN_BELOW);
    expect(result.unapplied).toEqual([]);
  });

  it('hides a dismissed claim and lists it, matched by text whatever its spacing, case or quote marks', () => {
    const dismiss: Correction = { kind: 'dismiss', target: key('“It was a  LONG night”'), quote: 'It was a long night' };
    const result = applyCorrections({ speakers, claims }, [dismiss]);
    expect(result.claims.map((c) => c.text)).not.toContain('It was a long night');
    expect(result.dismissed.map((c) => c.text)).toEqual(['It was a long night']);
  });

  it('moves a claim to another speaker of the article, or to a new one typed by the reader, and marks it edited', () => {
    const result = applyCorrections({ speakers, claims }, [
      { kind: 'speaker', target: key('We kept the cold chain running'), quote: 'We kept the cold chain running', speaker: 'helena varga' },
      { kind: 'speaker', target: key('It was a long night'), quote: 'It was a long night', speaker: 'Ana Ruiz' },
    ]);
    const moved = result.claims.find((c) => c.text === 'We kept the cold chain running')!;
    expect(moved.speaker).toBe('Helena Varga');
    expect(moved.speakerId).toBe('s1');
    expect(moved.edits).toEqual(['speaker']);
    expect(moved.originalSpeaker).toBe('Tom Becker');
    const typed = result.claims.find((c) => c.text === 'It was a long night')!;
    expect(typed.speaker).toBe('Ana Ruiz');
    // The reader said who it is: no longer uncertain.
    expect(typed.uncertain).toBe(false);
    expect(result.speakers.find((s) => s.name === 'Ana Ruiz')?.edits).toEqual(['added']);
  });

  it('renames a speaker everywhere its claims are shown, and a later reassignment by the new name finds it', () => {
    const result = applyCorrections({ speakers, claims }, [
      { kind: 'rename', target: speakerKey('Tom Becker'), from: 'Tom Becker', to: 'Thomas Becker' },
      { kind: 'speaker', target: key('The harbour will reopen in spring'), quote: 'The harbour will reopen in spring', speaker: 'Thomas Becker' },
    ]);
    expect(namesOf(result)).toEqual(['Helena Varga', 'Varga', 'Thomas Becker']);
    expect(result.speakers[2]).toMatchObject({ originalName: 'Tom Becker', edits: ['renamed'], id: 's3' });
    expect(speakerOf(result, 'We kept the cold chain running')).toBe('Thomas Becker');
    expect(speakerOf(result, 'The harbour will reopen in spring')).toBe('Thomas Becker');
    expect(result.speakers).toHaveLength(3);
  });

  it('merges a short form into the full name: one speaker with both sets of claims and the counts added up', () => {
    const result = applyCorrections({ speakers, claims, counts: { s1: 5, s2: 1, s3: 2 } }, [
      { kind: 'merge', target: speakerKey('Varga'), from: 'Varga', into: 'Helena Varga' },
    ]);
    expect(namesOf(result)).toEqual(['Helena Varga', 'Tom Becker']);
    expect(speakerOf(result, 'We will not wait for the council')).toBe('Helena Varga');
    expect(result.speakers[0]).toMatchObject({ mergedFrom: [{ key: 'varga', name: 'Varga' }], edits: ['merged'], mentions: 5 });
    // s1 had 5 claims on the page (1 at hand), s2 one: the merged speaker has 6.
    expect(result.counts).toEqual({ s1: 6, s3: 2 });
  });

  it('follows a chain of merges and refuses one that would go round in a circle', () => {
    const result = applyCorrections({ speakers, claims }, [
      { kind: 'merge', target: speakerKey('Varga'), from: 'Varga', into: 'Helena Varga' },
      { kind: 'merge', target: speakerKey('Helena Varga'), from: 'Helena Varga', into: 'Tom Becker' },
      { kind: 'merge', target: speakerKey('Tom Becker'), from: 'Tom Becker', into: 'Varga' },
    ]);
    expect(namesOf(result)).toEqual(['Tom Becker']);
    expect(result.claims.every((c) => c.speaker === 'Tom Becker')).toBe(true);
    expect(result.unapplied.map((u) => u.reason)).toEqual(['the merge would go round in a circle']);
  });

  it('adds a claim the analysis missed under the chosen speaker, with its selectors, and does not double one it later finds', () => {
    const selector = [{ type: 'TextQuoteSelector' as const, exact: 'Ferries run late', prefix: '', suffix: '' }];
    const result = applyCorrections({ speakers, claims }, [
      { kind: 'add', target: key('Ferries run late'), quote: 'Ferries run late', speaker: 'Tom Becker', selector },
      { kind: 'add', target: key('The harbour will reopen in spring'), quote: 'The harbour will reopen in spring', speaker: 'Varga', selector: [] },
    ]);
    const added = result.claims.find((c) => c.text === 'Ferries run late')!;
    expect(added).toMatchObject({ speaker: 'Tom Becker', speakerId: 's3', edits: ['added'], selector });
    expect(result.claims.filter((c) => c.text === 'The harbour will reopen in spring')).toHaveLength(1);
    expect(speakerOf(result, 'The harbour will reopen in spring')).toBe('Varga');
  });

  it('keeps, with a reason, a correction for a claim no longer on the page, a merge into a speaker that is gone, and an empty rename', () => {
    const gone: Correction = { kind: 'dismiss', target: key('A sentence that was edited away'), quote: 'A sentence that was edited away' };
    const moved: Correction = { kind: 'speaker', target: key('Another vanished claim'), quote: 'Another vanished claim', speaker: 'Tom Becker' };
    const merge: Correction = { kind: 'merge', target: speakerKey('Varga'), from: 'Varga', into: 'Someone Departed' };
    const rename: Correction = { kind: 'rename', target: speakerKey('Tom Becker'), from: 'Tom Becker', to: '   ' };
    const result = applyCorrections({ speakers, claims }, [gone, moved, merge, rename]);
    expect(result.unapplied).toEqual([
      { correction: rename, reason: 'the new name is empty' },
      { correction: moved, reason: 'the claim is no longer found on the page' },
      { correction: gone, reason: 'the claim is no longer found on the page' },
      { correction: merge, reason: 'the speaker it was merged into (Someone Departed) is no longer found on the page' },
    ]);
    // Nothing else changed.
    expect(namesOf(result)).toEqual(['Helena Varga', 'Varga', 'Tom Becker']);
    expect(result.claims).toHaveLength(4);
    // Once the claim is back on the page, the same stored correction applies.
    const back = applyCorrections({ speakers, claims: [...claims, claim('c9', 's1', 'A sentence that was edited away')] }, [gone]);
    expect(back.dismissed.map((c) => c.id)).toEqual(['c9']);
  });

  it('does not change its input (the popup re-applies on every change)', () => {
    const input = structuredClone({ speakers, claims });
    applyCorrections(input, [
      { kind: 'merge', target: speakerKey('Varga'), from: 'Varga', into: 'Helena Varga' },
      { kind: 'rename', target: speakerKey('Tom Becker'), from: 'Tom Becker', to: 'T. Becker' },
    ]);
    expect(input).toEqual({ speakers, claims });
  });
});
