/**
 * Kinds of failure seen on blind batch 16, each as an invented sentence: titles and letters of rank around
 * names, reporters of a live blog reporting, bodies after a preposition, sentence-case adjectives before a
 * role, what the speaker did next after a comma. None of these are a page's own words.
 */
import { describe, expect, it } from 'vitest';
import { claimWith, run, runWithAuthors } from './helpers';

describe('titles and letters of rank', () => {
  it('takes "KC" and "MP" off the end of a name, so a later "Ms Harrow" is the same person', () => {
    const r = run(
      'Opening the case, Clara Harrow KC said the firm had hidden its losses.',
      'Ms Harrow said the auditors had been misled.',
      'Tom Reddle MP said he would raise it in parliament.',
    );
    expect(claimWith(r, 'hidden its losses').speaker).toBe('Clara Harrow');
    expect(claimWith(r, 'auditors had been misled').speaker).toBe('Clara Harrow');
    expect(claimWith(r, 'raise it in parliament').speaker).toBe('Tom Reddle');
  });

  it('reads police ranks, "Engr." with a bracketed honorific, "Gogo" and "Oba" as titles', () => {
    const r = run(
      'DC Lena Marsh said the receipts matched the payments.',
      'The Commissioner for Roads, Engr. (Mrs.) Bisi Adeyemo-Cole, disclosed that the work would start in May.',
      'Gogo Thandi Mokoena, 81, said she had queued since dawn.',
      'SP Kunle Ajayi said no incident had been reported.',
    );
    expect(claimWith(r, 'receipts matched').speaker).toBe('Lena Marsh');
    expect(claimWith(r, 'work would start in May').speaker).toBe('Bisi Adeyemo-Cole');
    expect(claimWith(r, 'queued since dawn').speaker).toBe('Thandi Mokoena');
    expect(claimWith(r, 'no incident had been reported').speaker).toBe('Kunle Ajayi');
  });

  it('reads "Senior forecaster Ada Lind" as a role and a name', () => {
    const r = run('Senior forecaster Ada Lind said the rain would ease by midnight.');
    expect(claimWith(r, 'rain would ease').speaker).toBe('Ada Lind');
  });
});

describe('reporters and bodies', () => {
  it('makes a byline author a source when the text has them reporting from the scene', () => {
    const r = runWithAuthors(
      ['Mia Cole', 'Joe Brandt'],
      'Mia Cole reports that the pier has lost part of its deck.',
      'Joe Brandt, who is at the harbour, says two boats have sunk.',
    );
    expect(claimWith(r, 'pier has lost').speaker).toBe('Mia Cole');
    expect(claimWith(r, 'two boats have sunk').speaker).toBe('Joe Brandt');
  });

  it('does not take a body named after "for the" as what "It says" points back to', () => {
    const r = run('The Coastal Weather Office has raised its warning for the Dunmore district. It says gusts of 120km/h are likely.');
    expect(claimWith(r, 'gusts of 120km/h').speaker).toBe('Coastal Weather Office');
  });
});

describe('where a claim ends', () => {
  it('ends before ", and singled out ...": what the speaker did next', () => {
    const r = run('Coach Ivo Pell said his forwards had won the game, and singled out prop Dan Ashe for praise.');
    expect(claimWith(r, 'forwards had won').text).toBe('his forwards had won the game');
  });

  it('reads "told the Press, speaking on condition of anonymity" as circumstances after the words', () => {
    const r = run('The strike is costing the port a million a day, two officials told the Daily Press, speaking on condition of anonymity.');
    expect(claimWith(r, 'costing the port').speaker).toBe('officials');
    expect(r.claims.filter((c) => c.text.includes('anonymity'))).toHaveLength(0);
  });

  it('reads ", at times appearing close to tears" after a quote as circumstances', () => {
    const r = run('Mary Ode chaired the trustees.', '"I trusted him completely," Mrs Ode said, at times appearing close to tears.');
    expect(claimWith(r, 'trusted him completely').speaker).toBe('Mary Ode');
    expect(r.claims.filter((c) => c.text.includes('tears'))).toHaveLength(0);
  });
});

describe('speakers read in more places', () => {
  it('reads ", which said in a statement that ..." after a body as the body speaking', () => {
    const r = run('The trial was paid for by the Marine Research Fund, which said in a statement that cheap drugs were often ignored.');
    expect(claimWith(r, 'cheap drugs were often ignored').speaker).toBe('Marine Research Fund');
  });

  it('reads "Shipping analysts said" as analysts speaking, not a participle lead-in', () => {
    const r = run('Shipping analysts said the backlog would take a month to clear.');
    expect(claimWith(r, 'backlog would take').speaker).toBe('Shipping analysts');
  });

  it('gives "the 24-year-old added" to the person just mentioned', () => {
    const r = run('Tom Reyes kicked the winning goal in the last minute.', '"All I had to do was aim," the 24-year-old added.');
    expect(claimWith(r, 'All I had to do').speaker).toBe('Tom Reyes');
  });

  it('reads "accepted that ..." under cross-examination as a claim, "accepted the offer" as none', () => {
    const r = run('Under cross-examination, Nia Holt accepted that the accounts had never been audited. Her brother accepted the offer.');
    expect(claimWith(r, 'never been audited').speaker).toBe('Nia Holt');
    expect(r.claims.filter((c) => c.text.includes('offer'))).toHaveLength(0);
  });

  it('gives a quote after "the Oba said" to the ruler introduced with that title', () => {
    const r = run('Oba Kayode Adeniran II, the ruler of Ilesa-Oke, welcomed the plan.', '"We are watching closely," the Oba said.');
    expect(claimWith(r, 'watching closely').speaker).toBe('Kayode Adeniran II');
  });
});
