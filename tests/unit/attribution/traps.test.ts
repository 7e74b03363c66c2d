import { describe, expect, it } from 'vitest';
import { attribute } from '../../../core/attribution/index';
import { run, runWithAuthors } from './helpers';

describe('what is not a claim', () => {
  it('scare quotes', () => {
    expect(run('Economists call it the so-called "lost decade" of wages.').claims).toEqual([]);
  });

  it('quoted titles and signs', () => {
    expect(run('The band released an album called "Salt Roads" and fans carried banners reading "Come Home".').claims).toEqual([]);
  });

  it('a byline paragraph and the byline author', () => {
    const r = runWithAuthors(['Rosa Lind'], 'By Rosa Lind, Science editor', 'Rosa Lind said the results were surprising.');
    expect(r.claims).toEqual([]);
    expect(r.speakers).toEqual([]);
  });

  it('a speech verb with nothing reported', () => {
    expect(run('Minister Aldo Ferri has said nothing in public about the deal.').claims).toEqual([]);
    expect(run('Kasia Wren posted a photo of the flooded square.').claims).toEqual([]);
  });

  it('passives and nouns that look like cues', () => {
    expect(run('The drivers were told to wait. The report runs to 300 pages.').claims).toEqual([]);
  });

  it('a quote inside a quote is the outer speaker’s words, not a second claim', () => {
    const r = run('"My father used to say, \'Never lend a boat,\' and he was right," said Aoife Kerr.');
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0].speaker).toBe('Aoife Kerr');
  });

  it('bad input gives an empty result, not a crash', () => {
    expect(attribute({ paragraphs: [] })).toEqual({ speakers: [], claims: [], unreadParagraphs: 0 });
    expect(attribute(null as never)).toEqual({ speakers: [], claims: [], unreadParagraphs: 0 });
    expect(attribute({ paragraphs: [{ text: 42 as never, start: 0 }] })).toEqual({ speakers: [], claims: [], unreadParagraphs: 0 });
    expect(attribute({ paragraphs: [{ text: 'Ann Lee said the vote was fair.', start: 0 }], authors: 'Ann Lee' as never }).claims).toHaveLength(1);
  });
  it('takes no claim from a promise of money to people ("promised grants of up to 5,000 euros to farmers")', () => {
    const r = run('The council promised grants of up to 5,000 euros to farmers.', 'The mayor told reporters the bridge would open in May.');
    expect(r.claims.map((c) => c.text)).toEqual(['the bridge would open in May']);
  });
});
