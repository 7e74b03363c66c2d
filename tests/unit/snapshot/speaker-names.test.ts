import { describe, expect, it } from 'vitest';
import { mergeSpeakerNames, nameWords } from '../../../core/speakers/names';

const person = (name: string) => ({ name, kind: 'person' as const });

function groups(names: string[]): string[][] {
  const { identities } = mergeSpeakerNames(names.map(person));
  return identities.map((i) => [...i.forms].sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

describe('merging speaker names across articles', () => {
  it('joins surname-only and titled forms to the one full name an article gives', () => {
    const { identities, of } = mergeSpeakerNames(['Ms Okafor', 'Okafor', 'Dr. Ada Okafor', 'Ada Okafor', 'A. Okafor', 'Ms. OKAFOR'].map(person));
    expect(identities).toHaveLength(1);
    expect(identities[0].name).toBe('Ada Okafor');
    expect(of('Ms Okafor')).toBe(identities[0]);
  });

  it('joins names that differ only in accents, case, dots and apostrophe shapes, and generational suffixes', () => {
    expect(groups(['Renée O’Neill', 'Renee O\'Neill', 'RENÉE O’NEILL'])).toHaveLength(1);
    expect(groups(['Martin Luther King Jr.', 'Martin Luther King', 'Dr King'])).toHaveLength(1);
  });

  it('never joins two different full names, and leaves a surname that could be either apart', () => {
    expect(groups(['Ada Okafor', 'Ben Okafor', 'Okafor', 'Ms Okafor'])).toEqual([['Ada Okafor'], ['Ben Okafor'], ['Ms Okafor', 'Okafor']]);
    expect(groups(['Ada Okafor', 'Ada N. Okafor'])).toHaveLength(2);
    // An initial that fits only one of them joins that one.
    expect(groups(['Ada Okafor', 'Ben Okafor', 'B. Okafor'])).toEqual([['Ada Okafor'], ['B. Okafor', 'Ben Okafor']]);
  });

  it('does not join a surname to a full name ending otherwise, nor organisations to people', () => {
    expect(groups(['Helena Varga', 'Vargas'])).toHaveLength(2);
    const { identities } = mergeSpeakerNames([person('Jordan Reed'), { name: 'Reed', kind: 'organization' }]);
    expect(identities).toHaveLength(2);
  });

  it('keeps a lone title as a name', () => {
    expect(nameWords('Mayor')).toEqual(['mayor']);
    expect(nameWords('President Ada Okafor')).toEqual(['ada', 'okafor']);
  });
});
