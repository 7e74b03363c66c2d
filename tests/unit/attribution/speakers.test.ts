import { describe, expect, it } from 'vitest';
import { claimWith, run } from './helpers';

const speaker = (r: ReturnType<typeof run>, name: string) => r.speakers.find((s) => s.name === name);

describe('speakers', () => {
  it('splits titles off as the role', () => {
    const r = run('Premier Wen Zhaolin said exports would grow. Senator Carla Moss said they would not.');
    expect(speaker(r, 'Wen Zhaolin')).toMatchObject({ kind: 'person', role: 'Premier' });
    expect(speaker(r, 'Carla Moss')).toMatchObject({ role: 'Senator' });
  });

  it('takes an appositive as the role', () => {
    const r = run('Professor Gu Lanying, from Kessel Normal University, said the reform had stalled.');
    expect(speaker(r, 'Gu Lanying')?.role).toBe('Professor');
    const r2 = run('Finn Olsen, who heads the fishermen’s cooperative, said quotas were too low.');
    expect(speaker(r2, 'Finn Olsen')?.role).toBe('heads the fishermen’s cooperative');
  });

  it('resolves a later surname to the full name, also when the surname comes first', () => {
    const r = run(
      'Vice Premier Zhou Haoran visited the port on Tuesday.',
      'Zhou said the new terminal would open next year.',
      'Mark Ellison, a shipping analyst, was less sure. Ellison said the dredging was behind schedule.',
    );
    expect(claimWith(r, 'terminal').speaker).toBe('Zhou Haoran');
    expect(claimWith(r, 'dredging').speaker).toBe('Mark Ellison');
  });

  it('resolves a two-word surname to the full name', () => {
    const r = run('Ana García Márquez runs the co-operative.', 'García Márquez said prices had halved.');
    expect(r.claims[0].speaker).toBe('Ana García Márquez');
  });

  it('resolves a pronoun to a speaker two paragraphs back, never naming the pronoun', () => {
    const r = run(
      'Mayor Dolores Vance opened the new bridge on Saturday.',
      'The crossing took four years and cost 80 million.',
      'Traffic on the old road is expected to halve.',
      'She said the city would now repair the old bridge.',
    );
    expect(claimWith(r, 'repair the old bridge').speaker).toBe('Dolores Vance');
    expect(r.speakers.map((s) => s.name)).not.toContain('She');
  });

  it('keeps two people with the same surname apart', () => {
    const r = run(
      'Judge Irene Kovac and her brother, the developer Stefan Kovac, rarely agree.',
      'Mr Kovac said the tower would bring 500 jobs.',
      '"It will bring traffic," Ms Kovac said.',
    );
    expect(claimWith(r, '500 jobs').speaker).toBe('Stefan Kovac');
    expect(claimWith(r, 'traffic').speaker).toBe('Irene Kovac');
  });

  it('organisations and places as speakers', () => {
    const r = run(
      'The Ministry of Fisheries said in a statement that the quota would be cut.',
      'Lisbon has previously said it would not accept new limits.',
      'Later the ministry said talks would continue.',
    );
    expect(speaker(r, 'Ministry of Fisheries')?.kind).toBe('organization');
    expect(claimWith(r, 'talks would continue').speaker).toBe('Ministry of Fisheries');
    expect(claimWith(r, 'new limits')).toMatchObject({ speaker: 'Lisbon' });
    expect(speaker(r, 'Lisbon')?.kind).toBe('organization');
  });

  it('"the company" refers back to a body named before, and an appositive can say a name is a body', () => {
    const r = run(
      'Kestrel Mutual, one of the region’s largest insurers, confirmed on Monday that 40,000 policies were affected.',
      'In a letter to customers, the company said no payment data had been taken.',
    );
    expect(claimWith(r, 'payment data').speaker).toBe('Kestrel Mutual');
    expect(speaker(r, 'Kestrel Mutual')?.kind).toBe('organization');
  });

  it('a document speaks for whoever issued it', () => {
    const r = run(
      'The report, published on Friday by the Harrow Policy Institute, said rents had doubled in a decade.',
      "The ministry's statement said the figures were out of date.",
    );
    expect(claimWith(r, 'rents had doubled').speaker).toBe('Harrow Policy Institute');
    expect(claimWith(r, 'out of date').speaker).toBe('ministry');
  });

  it('unnamed sources', () => {
    const r = run('An official who spoke on condition of anonymity said the ceasefire was holding.');
    const c = claimWith(r, 'ceasefire');
    expect(r.speakers.find((s) => s.id === c.speakerId)).toMatchObject({ kind: 'unnamed', name: 'official' });
  });

  it('counts mentions and lists only people who speak', () => {
    const r = run(
      'Noor Rahman met President Alan Brody in March.',
      'Rahman said the talks went well. "We agreed on a timetable," she said.',
    );
    expect(r.speakers.map((s) => s.name)).toEqual(['Noor Rahman']);
    expect(speaker(r, 'Noor Rahman')!.mentions).toBeGreaterThanOrEqual(3);
  });
});

describe('speakers: batch 9 principles', () => {
  it('skips a participle phrase in front of the subject', () => {
    const r = run('Defending, Ines Marlow said her client had not set out to steal.', 'Sentencing him on Monday, Judge Peter Allory said he had shown no remorse.');
    expect(claimWith(r, 'set out to steal').speaker).toBe('Ines Marlow');
    expect(claimWith(r, 'no remorse').speaker).toBe('Peter Allory');
    expect(r.speakers.map((s) => s.name)).not.toContain('Defending');
  });

  it('names a body by its own name when a description stands right before it', () => {
    const r = run('The walkers’ charity Open Paths Trust said the footpath had been closed illegally.');
    expect(claimWith(r, 'footpath').speaker).toBe('Open Paths Trust');
  });

  it('does not take the title of a journal for a person a later pronoun can mean', () => {
    const r = run(
      'Dr Anahera Pike spent a decade on the study, published in the journal Ocean Letters on Monday.',
      '"We did not expect this," she says.',
    );
    expect(claimWith(r, 'did not expect').speaker).toBe('Anahera Pike');
  });

  it('keeps "the company" and "it" off public bodies and bodies only named after a preposition', () => {
    const r = run(
      'Tarlow Foods cut its forecast on Monday.',
      '"Demand is weak," said Ola Brenn, an analyst at Vestby Bank.',
      'Sales are flat, according to the Food Retail Council.',
      'Tarlow will report in March, the company said.',
    );
    expect(claimWith(r, 'report in March').speaker).toBe('Tarlow Foods');
  });
});

describe('speakers: quotes named late and described names', () => {
  it('gives a quote standing alone to the speaker the next paragraph opens with', () => {
    const r = run(
      'Harlow Town have signed winger Kemi Adebayo from Castleford.',
      '"I have wanted this move since I was a boy."',
      'Adebayo, speaking at the training ground, said he had turned down offers from abroad.',
    );
    expect(claimWith(r, 'wanted this move').speaker).toBe('Kemi Adebayo');
  });

  it('does not hand a lone quote that follows someone\'s claim to the next person named', () => {
    const r = run('Tom Becker said the strike would go on.', '“We will not be moved by threats from anyone.”', 'Ana Ruiz said the port would reopen on Monday.');
    expect(r.claims.filter((c) => c.text.includes('not be moved') && c.speaker === 'Ana Ruiz')).toHaveLength(0);
  });

  it('leaves a quote standing alone unclaimed when the next paragraph does not open with its speaker', () => {
    const r = run('"Nobody saw it coming."', 'The storm hit at dawn. Officials said 40 homes were damaged.');
    expect(r.claims.filter((c) => c.text.includes('Nobody saw'))).toHaveLength(0);
  });

  it('reads "the elder Okafor" as a mention of Okafor', () => {
    const r = run(
      'Her mother, Grace Mensah, said the family had never doubted her.',
      '"She trained every morning before school," the elder Mensah said.',
    );
    expect(claimWith(r, 'trained every morning').speaker).toBe('Grace Mensah');
  });
});

describe('speakers: a body named like a person', () => {
  it('takes "it said" for the subject that showed nothing of a person', () => {
    const r = run(
      'Brenholt Marine cut its forecast on Monday.',
      'Profit will fall by a fifth this year, it said in a statement.',
    );
    expect(claimWith(r, 'fall by a fifth').speaker).toBe('Brenholt Marine');
  });
});

describe('speakers: roles after a proper adjective, parenthetical cues', () => {
  it('takes "Chinese mediator" as the role of the full name after it, appositive and all', () => {
    const r = run('Norwegian envoy Kari Holm, who chaired the talks, said both sides had agreed to meet again.');
    expect(claimWith(r, 'agreed to meet again').speaker).toBe('Kari Holm');
    expect(r.speakers.find((s) => s.name === 'Kari Holm')?.role).toBe('Norwegian envoy');
  });

  it('reports the words around a parenthetical cue even when the verb usually only introduces quotes', () => {
    const r = run('Dr Ana Velez grew up on the island.', 'Her father, she recalls, fished these reefs every morning.');
    expect(claimWith(r, 'fished these reefs').speaker).toBe('Ana Velez');
  });
});

describe('speakers: circumstances are not roles', () => {
  it('keeps a person a person when the appositive only says where they spoke', () => {
    const r = run(
      'Harlow Town have signed winger Kemi Adebayo.',
      'Adebayo, speaking at the club’s training ground, said he had turned down offers from abroad.',
    );
    expect(r.speakers.find((s) => s.name === 'Kemi Adebayo')).toMatchObject({ kind: 'person', role: null });
  });
});
