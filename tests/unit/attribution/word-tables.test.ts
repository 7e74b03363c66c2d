/**
 * The name and speaker word lists are looked up with words from the page. A word that is also the name of
 * one of Object's own members ("Constructor") must read as no entry, never as Object's
 * function: as an honorific, a role's gender, or a body's synonyms.
 */
import { describe, expect, it } from 'vitest';
import { GENDERED_ROLES, HONORIFICS } from '../../../core/attribution/lexicon';
import { ORG_SYNONYMS } from '../../../core/attribution/body-nouns';

describe('word lists looked up with page words', () => {
  // Lookups are by lower-cased word, so Object's members that are lower case are the ones a page can hit.
  it.each(['constructor', '__proto__'])('"%s" is in none of them', (w) => {
    expect(w in HONORIFICS).toBe(false);
    expect(GENDERED_ROLES[w]).toBeUndefined();
    expect(ORG_SYNONYMS[w]).toBeUndefined();
  });

  it('still answers for their own words', () => {
    expect(HONORIFICS['mrs']).toBe('f');
    expect('dr' in HONORIFICS).toBe(true);
  });
});
