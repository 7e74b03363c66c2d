import { describe, expect, it } from 'vitest';
import { speakersAcross, type ArticleForSpeakers } from '../../../core/speakers/across';
import { quoteInContext } from '../../../core/snapshot/context';
import type { AnalyzedClaim } from '../../../core/analyze-steps';

function claim(id: string, speakerId: string, speaker: string, text: string): AnalyzedClaim {
  return { id, speakerId, speaker, text, kind: 'direct', cue: 'said', confidence: 0.9, selector: [] };
}

function article(key: string, savedAt: number, speakers: [string, string][], claims: AnalyzedClaim[], extra: Partial<ArticleForSpeakers> = {}): ArticleForSpeakers {
  return {
    key, title: `Title ${key}`, siteName: key.split('/')[0], url: `https://${key}`, published: null, savedAt,
    analysis: { speakers: speakers.map(([id, name]) => ({ id, name, kind: 'person', role: null, mentions: 1 })), claims },
    corrections: [], marked: [], ...extra,
  };
}

describe('speakers across articles', () => {
  const a = article('ledger.example/1', 1, [['s1', 'Dr. Ada Okafor'], ['s2', 'Ben Lowe']], [
    claim('c1', 's1', 'Dr. Ada Okafor', 'The harbour plan is dead'),
    claim('c2', 's2', 'Ben Lowe', 'The vote was fair'),
    claim('c3', 's1', 'Dr. Ada Okafor', 'The weather was fine'),
  ]);
  const b = article('post.example/2', 2, [['x', 'Okafor']], [claim('d1', 'x', 'Okafor', 'The harbour plan is not dead')]);

  it('lists one speaker with claims from both articles under the full name, most articles first', () => {
    const list = speakersAcross([a, b]);
    expect(list[0]).toMatchObject({ name: 'Ada Okafor', articles: 2 });
    expect(list[0].claims.map((c) => [c.articleKey, c.text, c.saidAs])).toEqual([
      ['ledger.example/1', 'The harbour plan is dead', 'Dr. Ada Okafor'],
      ['ledger.example/1', 'The weather was fine', 'Dr. Ada Okafor'],
      ['post.example/2', 'The harbour plan is not dead', 'Okafor'],
    ]);
  });

  it('applies each article’s corrections: dismissed claims hidden, claims moved, speakers renamed', () => {
    const corrected = {
      ...a,
      corrections: [
        { kind: 'dismiss' as const, target: 'the weather was fine', quote: 'The weather was fine' },
        { kind: 'speaker' as const, target: 'the vote was fair', quote: 'The vote was fair', speaker: 'Dr. Ada Okafor' },
      ],
    };
    const renamed = { ...b, corrections: [{ kind: 'rename' as const, target: 'okafor', from: 'Okafor', to: 'Chidi Okafor' }] };
    const list = speakersAcross([corrected, renamed]);
    const ada = list.find((s) => s.name === 'Ada Okafor')!;
    expect(ada.claims.map((c) => c.text)).toEqual(['The harbour plan is dead', 'The vote was fair']);
    expect(list.find((s) => s.name === 'Ben Lowe')).toBeUndefined();
    expect(list.find((s) => s.name === 'Chidi Okafor')?.claims.map((c) => c.text)).toEqual(['The harbour plan is not dead']);
  });

  it('keeps the reader’s marked claims of an article saved without its page, with their status', () => {
    const old: ArticleForSpeakers = { ...article('old.example/3', 3, [], []), analysis: null, marked: [{ quote: 'We kept the cold chain running', speaker: 'Ada Okafor', status: 'misleading', selector: [] }] };
    const ada = speakersAcross([a, old]).find((s) => s.name === 'Ada Okafor')!;
    expect(ada.claims.find((c) => c.articleKey === 'old.example/3')).toMatchObject({ text: 'We kept the cold chain running', status: 'misleading' });
  });
});

describe('a highlight in context', () => {
  const text = 'Port talks resumed on Monday.\n\nThe mayor was blunt. "We kept the cold chain running," said Varga, who runs the port. Unions disagreed.\n\nMore later.';
  it('gives the sentence around the highlight from the saved text', () => {
    expect(quoteInContext(text, [{ type: 'TextQuoteSelector', exact: 'cold chain running', prefix: 'We kept the ', suffix: '," said' }])).toEqual({
      before: '"We kept the ',
      quote: 'cold chain running',
      after: '," said Varga, who runs the port.',
    });
  });
  it('finds a quote the page changed a little, and gives null for one the saved text lacks', () => {
    expect(quoteInContext(text, [{ type: 'TextQuoteSelector', exact: 'We kept the cold chains running', prefix: '', suffix: '' }])?.quote).toMatch(/cold chain running/);
    expect(quoteInContext(text, [{ type: 'TextQuoteSelector', exact: 'an entirely different sentence about ferries', prefix: '', suffix: '' }])).toBeNull();
  });
});
