import { describe, expect, it } from 'vitest';
import { CUE_VERBS, NOUN_CUES } from '../../../core/attribution/cues';
import { claimWith, run } from './helpers';

describe('attribution patterns', () => {
  it('"Q," S said: a direct quote', () => {
    const r = run('Dr Ewa Nowak runs the clinic.', '"We turned away forty patients last week," Nowak said.');
    const c = claimWith(r, 'forty patients');
    expect(c).toMatchObject({ kind: 'direct', speaker: 'Ewa Nowak', cue: 'said', text: 'We turned away forty patients last week' });
  });

  it('"Q," said S, with an appositive that becomes the role', () => {
    const r = run('"Prices will fall by spring," said Omar Haddad, a grain trader in Tarsen.');
    const c = claimWith(r, 'Prices will fall');
    expect(c.speaker).toBe('Omar Haddad');
    expect(r.speakers.find((s) => s.name === 'Omar Haddad')?.role).toBe('grain trader in Tarsen');
  });

  it('S said: "Q"', () => {
    const r = run('The coach, Pilar Soto, said: "We defended like a team for ninety minutes."');
    expect(claimWith(r, 'defended like a team')).toMatchObject({ kind: 'direct', speaker: 'Pilar Soto' });
  });

  it('S put it bluntly: "Q"', () => {
    const r = run('Gideon Marsh chairs the board.', 'He put it bluntly: "The money is gone."');
    expect(claimWith(r, 'money is gone')).toMatchObject({ kind: 'direct', speaker: 'Gideon Marsh' });
  });

  it('"Q" — S', () => {
    const r = run('"Every season is harder than the last." — Ingeborg Falk, beekeeper');
    expect(claimWith(r, 'Every season')).toMatchObject({ kind: 'direct', speaker: 'Ingeborg Falk' });
  });

  it('S said (that) …: the reported clause without "that"', () => {
    const r = run('Teodor Lenz said that the ferry would run twice a day from June.');
    expect(claimWith(r, 'ferry')).toMatchObject({ kind: 'indirect', speaker: 'Teodor Lenz', text: 'the ferry would run twice a day from June' });
  });

  it('coordinated clauses under one cue are one claim', () => {
    const r = run('Amira Saleh said the bank had never lent to the firm, and that its auditors had found nothing wrong.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0].text).toBe('the bank had never lent to the firm, and that its auditors had found nothing wrong');
  });

  it('…, S said, and …: one claim around the attribution', () => {
    const r = run('Olek Brandt runs the depot.', 'Deliveries had doubled since March, he said, and the depot would hire twenty drivers.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({ speaker: 'Olek Brandt', kind: 'indirect' });
    expect(r.claims[0].text).toContain('Deliveries had doubled since March');
    expect(r.claims[0].text).toContain('twenty drivers');
  });

  it('According to S, …', () => {
    const r = run('According to Marta Quill, a historian at Fenwick College, the mill closed in 1921.');
    expect(claimWith(r, 'mill closed')).toMatchObject({ speaker: 'Marta Quill', kind: 'indirect', cue: 'According to', text: 'the mill closed in 1921' });
  });

  it('…, according to S', () => {
    const r = run('Water use rose by a third last summer, according to the Brenna Valley Water Board.');
    expect(claimWith(r, 'Water use')).toMatchObject({ speaker: 'Brenna Valley Water Board', text: 'Water use rose by a third last summer' });
  });

  it('S told O (that) … with and without "that"', () => {
    const r = run(
      'Yusuf Demir told the committee that the tender had been rigged.',
      'Lena Brook told reporters the factory would close in May.',
    );
    expect(claimWith(r, 'tender')).toMatchObject({ speaker: 'Yusuf Demir', cue: 'told', text: 'the tender had been rigged' });
    expect(claimWith(r, 'factory')).toMatchObject({ speaker: 'Lena Brook', text: 'the factory would close in May' });
  });

  it('noun cues: "in a statement", "in an interview"', () => {
    const r = run(
      'In a statement, the Orrin Rail Company said services would resume on Monday.',
      'Paula Grant said in an interview that she had never met the minister.',
    );
    expect(claimWith(r, 'services would resume')).toMatchObject({ speaker: 'Orrin Rail Company', text: 'services would resume on Monday' });
    expect(claimWith(r, 'never met')).toMatchObject({ speaker: 'Paula Grant', text: 'she had never met the minister' });
  });

  it('a quote that follows an attributed quote in the same paragraph keeps its speaker', () => {
    const r = run('"The roof leaks," said Hana Ito. "The heating has been off since October."');
    expect(claimWith(r, 'heating')).toMatchObject({ speaker: 'Hana Ito', kind: 'direct' });
  });

  it('a quote interrupted by its attribution is one claim per part', () => {
    const r = run('"We are ready," Colm Rafferty said. "We have been ready for a year."');
    expect(r.claims.map((c) => c.text)).toEqual(['We are ready', 'We have been ready for a year.']);
  });

  it('one quoted sentence split by its attribution is one claim', () => {
    const r = run('"The harbour," one fisherman said, "has never been this empty."');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({ kind: 'direct', text: 'The harbour … has never been this empty.' });
    expect(r.text.slice(r.claims[0].start, r.claims[0].end)).toContain('has never been this empty');
  });

  it('"S said:" at the end of a paragraph gives the quote in the next paragraph to S', () => {
    const r = run('Harriet Cole chairs the inquiry. Asked about the delay, she said:', '"We will not be rushed by anyone."');
    expect(claimWith(r, 'not be rushed')).toMatchObject({ speaker: 'Harriet Cole', kind: 'direct' });
  });

  it('a quote over several paragraphs is attributed in every paragraph', () => {
    const r = run(
      'Brigid Ahern, who farmed the island for forty years, remembers the storm.',
      '"The sea came over the wall at midnight. We carried the lambs upstairs.',
      '"By morning the field was a lake," she said.',
    );
    expect(claimWith(r, 'sea came over')).toMatchObject({ speaker: 'Brigid Ahern', kind: 'direct' });
    expect(claimWith(r, 'field was a lake')).toMatchObject({ speaker: 'Brigid Ahern', kind: 'direct' });
  });

  it('a quote over several paragraphs attributed in its first paragraph', () => {
    const r = run(
      'Tom Reed, the union secretary, told the meeting: "We will not accept this offer. Not now, not ever.',
      '"We have been patient for three years."',
    );
    expect(r.claims.map((c) => [c.speaker, c.kind])).toEqual([['Tom Reed', 'direct'], ['Tom Reed', 'direct']]);
    expect(r.claims[0].text).toBe('We will not accept this offer. Not now, not ever.');
  });

  it('mixed: the whole reported clause, quoted words included', () => {
    const r = run('Ivo Marek said the proposal was "dead on arrival" in the senate.');
    expect(r.claims[0]).toMatchObject({ kind: 'mixed', text: 'the proposal was "dead on arrival" in the senate' });
  });

  it('an attribution inside the sentence it reports: the whole sentence is the claim', () => {
    const r = run('Rosa Vidal chairs the panel.', 'The main problem, Vidal said, is that nobody owns the data.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({ speaker: 'Rosa Vidal', kind: 'indirect' });
    expect(r.claims[0].text).toContain('nobody owns the data');
  });

  it('"…," he said, according to a newspaper: the speaker is the one who said it', () => {
    const r = run('Councillor Ben Oduya spoke at the meeting.', '"We were never consulted," he said, according to the Dalby Herald.');
    expect(claimWith(r, 'never consulted')).toMatchObject({ speaker: 'Ben Oduya', kind: 'direct' });
  });

  it('two cues in one sentence are two claims', () => {
    const r = run('Greta Holm said the plant was safe, but warned that repairs would take a year.');
    expect(r.claims.map((c) => [c.cue, c.text])).toEqual([
      ['said', 'the plant was safe'],
      ['warned', 'repairs would take a year'],
    ]);
  });

  it('infinitive cues keep their object: urged, called on, vowed', () => {
    const r = run('The Tenants Union urged landlords to freeze rents. Mayor Ines Roca vowed to build 2,000 homes.');
    expect(claimWith(r, 'freeze rents').text).toBe('landlords to freeze rents');
    expect(claimWith(r, '2,000 homes')).toMatchObject({ speaker: 'Ines Roca', text: 'to build 2,000 homes' });
  });

  it('has a lexicon of at least 150 cue verb forms and noun cues', () => {
    expect(CUE_VERBS.size).toBeGreaterThanOrEqual(150);
    for (const form of ['said', 'says', 'told', 'added', 'warned', 'argued', 'claimed', 'insisted', 'denied', 'vowed', 'urged', 'called on', 'admitted', 'acknowledged', 'noted', 'stressed', 'wrote', 'tweeted', 'posted']) {
      expect(CUE_VERBS.has(form), form).toBe(true);
    }
    expect(NOUN_CUES).toEqual(expect.arrayContaining(['statement', 'interview']));
  });

  it('offsets point at the claim in the article text', () => {
    const r = run('The vote is on Friday.', 'Nadia Fares said the count would take two days.');
    const c = r.claims[0];
    expect(r.text.slice(c.start, c.end)).toBe(c.text);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
  });
});

describe('patterns: a cue inside a relative clause', () => {
  it('reports the relative clause’s verb phrase for the speaker between "that"/"which" and the cue', () => {
    const r = run('The council approved a plan which parents say will close two libraries.');
    const c = claimWith(r, 'close two libraries');
    expect(c).toMatchObject({ speaker: 'parents', kind: 'indirect', text: 'will close two libraries' });
  });

  it('still takes no claim from "what he said was"', () => {
    const r = run('Ana Ruiz spoke first. What she said was hard to hear over the crowd.');
    expect(r.claims).toHaveLength(0);
  });
});

describe('patterns: a cue inside a relative clause set off by commas', () => {
  it('ends the claim where the relative clause closes', () => {
    const r = run('Mayor Jo Kent spoke on Monday.', 'The budget, which the mayor said was worth £2,500,000, angered residents.');
    expect(claimWith(r, 'worth').text).toBe('was worth £2,500,000');
  });
  it('keeps a verb phrase joined by "and had" in the claim even when a cue follows ("and had asked")', () => {
    const r = run('A spokesman said ministers were "extremely concerned" and had asked the regulator for an urgent explanation.');
    expect(claimWith(r, 'extremely concerned').text).toBe('ministers were "extremely concerned" and had asked the regulator for an urgent explanation');
  });
});
