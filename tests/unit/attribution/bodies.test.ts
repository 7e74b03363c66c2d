/**
 * Bodies as speakers: a short mention joined to the full name given after it, a description that repeats
 * words of a known body's name, a title word inside a body's name, and a name with "and" defined by its
 * acronym. Invented sentences, each for a pattern, not a fixture page's words.
 */
import { describe, expect, it } from 'vitest';
import { claimWith, run } from './helpers';

describe('bodies named in full after a short mention', () => {
  it('gives "Ardley police say" and a later "police said" to the police force named in the next paragraph', () => {
    const r = run(
      'Ardley police say two men were rescued from a flooded cellar on Mill Lane. Both were unhurt, police said.',
      'The lane had been shut since dawn, according to the Ardley Police Service, which asked people to keep away.',
    );
    expect(claimWith(r, 'two men were rescued').speaker).toBe('Ardley Police Service');
    expect(claimWith(r, 'Both were unhurt').speaker).toBe('Ardley Police Service');
    expect(r.speakers.map((s) => s.name)).not.toContain('Ardley police');
  });

  it('gives "a national regulator" to the commission that the next sentence names', () => {
    const r = run(
      'Shares in Pellam fell after a national regulator said the bank had mis-sold loans.',
      'The Fair Lending Commission said it would seek a fine.',
    );
    expect(claimWith(r, 'mis-sold loans').speaker).toBe('Fair Lending Commission');
  });

  it('leaves a short mention alone when two bodies of its kind are named after it', () => {
    const r = run(
      'Police said the road would stay shut overnight.',
      'The Ardley Police Service and the Dunmore Police Service both sent officers.',
    );
    expect(claimWith(r, 'road would stay shut').speaker).toBe('police');
  });

  it('does not join a description to a body whose name lacks its words ("health regulator" is no Fair Lending Commission)', () => {
    const r = run(
      'A health regulator said the clinic had failed two inspections.',
      'The Fair Lending Commission said it would seek a fine.',
    );
    expect(claimWith(r, 'failed two inspections').speaker).toBe('health regulator');
  });
});

describe('bodies named by a description or with a title word inside', () => {
  it('reads "the water board" as the Lowland Regional Water Board named before it', () => {
    const r = run(
      'The Lowland Regional Water Board says supplies are safe.',
      'The water board says testing will continue. Results are due on Friday, it said.',
    );
    expect(claimWith(r, 'testing will continue').speaker).toBe('Lowland Regional Water Board');
    expect(claimWith(r, 'Results are due').speaker).toBe('Lowland Regional Water Board');
  });

  it('keeps "General" inside "Ashby General Hospital" rather than reading a general called Hospital', () => {
    const r = run('Ashby General Hospital has cancelled routine surgery, the hospital said.');
    expect(claimWith(r, 'cancelled routine surgery').speaker).toBe('Ashby General Hospital');
  });

  it('reads "Coastal and Inland Waterways (CIW)" as one body speaking through the brackets', () => {
    const r = run('Coastal and Inland Waterways (CIW) said on Monday that the lock would reopen in May.');
    const c = claimWith(r, 'lock would reopen');
    expect(c.speaker).toBe('Coastal and Inland Waterways');
    expect(r.speakers.find((s) => s.id === c.speakerId)?.kind).toBe('organization');
  });
});
