/**
 * "Nearly the same": pairs that must be versions of one quote (a word changed, a negation added, a
 * tense, a cut) and pairs that must not (one speaker's different statements sharing words). Every
 * pair's score is printed so the thresholds in core/speakers/variants.ts can be checked against them.
 */
import { describe, expect, it } from 'vitest';
import { nearlySame, quoteSimilarity, variantsOf, wordChanges, VARIANT_MIN_SHARE } from '../../../core/speakers/variants';
import type { SpeakerAcross, SpeakerClaim } from '../../../core/speakers/across';

const MUST_MATCH: [string, string][] = [
  ['We kept the cold chain running through the strike', 'We kept the cold chain going through the strike'],
  ['The harbour plan is dead', 'The harbour plan is not dead'],
  ['We will reopen the port in spring', 'We will reopen the port by spring'],
  ['Nobody at the council was told about the closure', 'Nobody on the council was told of the closure'],
  ['I have never taken a penny from the developers', 'I never took a penny from developers'],
  ['The strike has cost the city millions and it has to end now', 'The strike has cost the city millions'],
  ["Our members will not accept a rota imposed from above", "Our members won't accept a rota imposed from above"],
  ['There is no evidence that the water is unsafe to drink', 'There is no evidence the water is unsafe'],
  ['Crime in the city centre has fallen by a third since March', 'Crime in the city centre has fallen by a quarter since March'],
  ['We are not going anywhere.', 'we are NOT going anywhere'],
  ['La situation est grave, mais nous tiendrons', 'La situation est très grave, mais nous tiendrons'],
];

const MUST_NOT_MATCH: [string, string][] = [
  ['We will reopen the port in spring', 'The unions must end the stoppages now'],
  ['The strike has cost the city millions', 'The city has not paid the workers for months'],
  ['We are looking at all the options', 'We are not going to comment on the options'],
  ['I have never met him', 'I have never said that the plan was perfect'],
  ['The report will be published next week', 'The report was published last week and found nothing new'],
  ['Safety is our first priority', 'Profit is not our priority'],
  ['We kept the cold chain running', 'The cold weather kept the ferries in port all week'],
  ['It is too early to say', 'It is too late to save the yard and everyone knows it'],
  ['This is a good day for the city', 'This is a sad day for the workers of this port'],
];

function scores(pairs: [string, string][]): string[] {
  return pairs.map(([a, b]) => {
    const s = quoteSimilarity(a, b);
    return `${s.share.toFixed(2)} share, ${s.contained.toFixed(2)} contained: ${a} | ${b}`;
  });
}

describe('nearly the same quote', () => {
  it('holds for every must-match pair and none of the must-not-match pairs', () => {
    console.log(['must match:', ...scores(MUST_MATCH), 'must not match:', ...scores(MUST_NOT_MATCH)].join('\n'));
    expect(MUST_MATCH.filter(([a, b]) => !nearlySame(a, b))).toEqual([]);
    expect(MUST_NOT_MATCH.filter(([a, b]) => nearlySame(a, b))).toEqual([]);
  });

  it('leaves a margin on both sides of the threshold', () => {
    const highestOther = Math.max(...MUST_NOT_MATCH.map(([a, b]) => quoteSimilarity(a, b).share));
    const lowestShared = Math.min(...MUST_MATCH.map(([a, b]) => quoteSimilarity(a, b)).filter((s) => s.contained < 1).map((s) => s.share));
    expect(highestOther).toBeLessThanOrEqual(VARIANT_MIN_SHARE - 0.05);
    expect(lowestShared).toBeGreaterThanOrEqual(VARIANT_MIN_SHARE + 0.05);
  });
});

describe('word changes', () => {
  it('marks changed, dropped and added words, and not case or punctuation', () => {
    expect(wordChanges('The harbour plan is dead.', 'The harbour plan is not dead').filter((c) => c.kind !== 'same')).toEqual([{ kind: 'added', text: 'not' }]);
    const changed = wordChanges('We kept the cold chain running through the strike', 'We kept the cold chain going through the strike');
    expect(changed.filter((c) => c.kind !== 'same')).toEqual([{ kind: 'changed', from: 'running', to: 'going' }]);
    const cut = wordChanges('The strike has cost the city millions and it has to end now', 'The strike has cost the city millions');
    expect(cut.filter((c) => c.kind !== 'same')).toEqual([{ kind: 'dropped', text: 'and it has to end now' }]);
    expect(wordChanges('We are not going anywhere.', 'we are not going anywhere').every((c) => c.kind === 'same')).toBe(true);
  });
});

function claim(articleKey: string, text: string, savedAt: number): SpeakerClaim {
  return { articleKey, title: articleKey, siteName: null, url: `https://${articleKey}`, published: null, savedAt, text, saidAs: 'Ada Okafor', status: null };
}

describe('variant groups', () => {
  it('group versions across articles, leave one article’s own repeats and word-for-word repeats out', () => {
    const speaker: SpeakerAcross = {
      name: 'Ada Okafor', kind: 'person', forms: ['Ada Okafor'], articles: 3,
      claims: [
        claim('b.example/2', 'The harbour plan is not dead', 2),
        claim('a.example/1', 'The harbour plan is dead', 1),
        claim('a.example/1', 'We will build the new quay next year', 1),
        claim('c.example/3', 'We will build the new quay next year', 3),
        claim('a.example/1', 'The harbour plan is dead, and so is the quay', 1),
      ],
    };
    const groups = variantsOf(speaker);
    expect(groups).toHaveLength(1);
    expect(groups[0].base.articleKey).toBe('a.example/1');
    expect(groups[0].versions.map((v) => v.claim.articleKey)).toContain('b.example/2');
    const notDead = groups[0].versions.find((v) => v.claim.text === 'The harbour plan is not dead')!;
    expect(notDead.changes.filter((c) => c.kind !== 'same')).toEqual([{ kind: 'added', text: 'not' }]);
  });
});
