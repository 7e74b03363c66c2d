/**
 * Every rule file lists sentences it must read as a claim (with the speaker) and sentences it must not; this
 * runs them through the whole engine, so a rule that stops covering its own pattern, or starts taking what
 * it excludes, fails here by name.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';
import type { RuleExamples } from '../../../core/attribution/rules/types';
import * as accordingTo from '../../../core/attribution/rules/according-to';
import * as accusation from '../../../core/attribution/rules/accusation';
import * as reducedPassive from '../../../core/attribution/rules/reduced-passive';
import * as verbInverted from '../../../core/attribution/rules/verb-inverted';
import * as verbAfter from '../../../core/attribution/rules/verb-after';
import * as relativeClauseCue from '../../../core/attribution/rules/relative-clause-cue';
import * as verbBefore from '../../../core/attribution/rules/verb-before';
import * as asCue from '../../../core/attribution/rules/as-cue';
import * as colonIntroduced from '../../../core/attribution/rules/colon-introduced';
import * as signatureDash from '../../../core/attribution/rules/signature-dash';
import * as quoteContinuation from '../../../core/attribution/rules/quote-continuation';
import * as actionBeat from '../../../core/attribution/rules/action-beat';
import * as transcriptTurn from '../../../core/attribution/rules/transcript-turn';
import { CUE_RULES, PARAGRAPH_RULES, QUOTE_RULES } from '../../../core/attribution/rules/index';

const files: Record<string, { examples: RuleExamples }> = {
  'according-to': accordingTo, accusation, 'reduced-passive': reducedPassive, 'verb-inverted': verbInverted, 'verb-after': verbAfter, 'relative-clause-cue': relativeClauseCue,
  'as-cue': asCue, 'verb-before': verbBefore, 'colon-introduced': colonIntroduced, 'signature-dash': signatureDash, 'quote-continuation': quoteContinuation,
  'transcript-turn': transcriptTurn, 'action-beat': actionBeat,
};

describe('attribution rules: their own examples', () => {
  it('every rule in the engine has a file of examples here, with at least one of each', () => {
    for (const rule of [...PARAGRAPH_RULES, ...CUE_RULES, ...QUOTE_RULES]) {
      expect(files[rule.name], rule.name).toBeDefined();
      expect(files[rule.name].examples.must.length, rule.name).toBeGreaterThan(0);
      expect(files[rule.name].examples.mustNot.length, rule.name).toBeGreaterThan(0);
    }
  });

  for (const [name, { examples }] of Object.entries(files)) {
    describe(name, () => {
      for (const ex of examples.must) {
        it(`must: ${ex.paragraphs.join(' / ')}`, () => {
          const r = run(...ex.paragraphs);
          const found = r.claims.filter((c) => c.text.includes(ex.claim));
          expect(found.map((c) => c.speaker), JSON.stringify(r.claims.map((c) => [c.speaker, c.text]))).toEqual([ex.speaker]);
          expect(r.speakers.map((s) => s.name)).toContain(ex.speaker);
        });
      }
      for (const ex of examples.mustNot) {
        it(`must not: ${ex.paragraphs.join(' / ')}`, () => {
          const r = run(...ex.paragraphs);
          expect(r.claims.filter((c) => c.text.includes(ex.claim)).map((c) => [c.speaker, c.text])).toEqual([]);
        });
      }
    });
  }
});
