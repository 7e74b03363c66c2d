/**
 * Speech verb after the claim, speaker before the verb: '"Q," she said.', 'CLAUSE, the authority said.',
 * and the medial case where the attribution sits inside the words: 'A major part of the reason, McKinley
 * said, is the flow of drugs.' Applies when only circumstances follow the cue (an adjunct, a channel such
 * as ", in remarks that ...", what the speaker did next, a subordinate clause, a noun phrase summing the
 * report up: ", a decision that ...") or the cue is set off
 * inside the words by commas.
 *
 * Wins over: verb-before-claim, because when nothing reported follows the cue the words can only be
 * before it. Gives way to verb-inverted (tried first). When it applies but finds no speaker, or the
 * speaker opens the sentence with nothing before it ("Imhof dismissed the criticism"), the cue gives no
 * claim at all: reading it again as 'S said CLAUSE' would take the circumstances for the claim.
 */
import { type Attribution, claimStartOf } from '../sentence';
import { subjectBefore } from '../subject';
import { aroundCue } from '../cue-site';
import { MASK } from '../quotes';
import { CONFIDENCE } from '../confidence';
import { NO_CLAIM, type Rule, type RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['Dr Ewa Nowak runs the clinic.', '"We turned away forty patients last week," Nowak said.'], speaker: 'Ewa Nowak', claim: 'forty patients' },
    { paragraphs: ['Dan McKinley is the county sheriff.', 'A major part of the reason, McKinley said, is the flow of drugs across the county line.'], speaker: 'Dan McKinley', claim: 'flow of drugs' },
    { paragraphs: ['The bridge will stay shut until spring, the Harbour Authority said in a statement on Monday.'], speaker: 'Harbour Authority', claim: 'bridge will stay shut' },
    { paragraphs: ['Kardia will end the fuel subsidy from April 1, the finance ministry said in a statement posted online on Tuesday, a decision that brought protesters onto the streets.'], speaker: 'finance ministry', claim: 'will end the fuel subsidy from April 1' },
    { paragraphs: ['The Westmark Health Board says 47 people are in hospital.', 'Six are in a critical condition, the board said in its latest update.'], speaker: 'Westmark Health Board', claim: 'Six are in a critical condition' },
    { paragraphs: ['"All sailings are cancelled until the storm passes," Ardent Ferries says on its "Travel Updates" page.'], speaker: 'Ardent Ferries', claim: 'All sailings are cancelled' },
    { paragraphs: ['Eleven weeks after the second dose, she noticed the smell of coffee again, the report said.'], speaker: 'report', claim: 'smell of coffee' },
    { paragraphs: ['Mira Kell chairs the finance committee.', '"Where is the cut in the mayor\'s own office?" Kell asked during the debate.'], speaker: 'Mira Kell', claim: 'Where is the cut' },
    { paragraphs: ['Tobi Asante scored twice.', '"What a night!" Asante said. "I will remember this one."'], speaker: 'Tobi Asante', claim: 'What a night' },
    { paragraphs: ['Tobi Asante scored twice.', '"We never stopped believing," he said, still breathless in the tunnel.'], speaker: 'Tobi Asante', claim: 'never stopped believing' },
    { paragraphs: ['Harrow Vale Power cut supply to 900 homes on Monday.', 'Power would not be restored before Friday, the utility said.'], speaker: 'Harrow Vale Power', claim: 'not be restored before Friday' },
    { paragraphs: ['The Coastal Weather Service issued a flood warning.', 'More rain could fall overnight, the agency said.'], speaker: 'Coastal Weather Service', claim: 'More rain could fall' },
    { paragraphs: ['Night-shift nurses were twice as likely to report back pain, researchers said Monday in a study that adds to calls for shorter rotas.'], speaker: 'researchers', claim: 'twice as likely to report back pain' },
    { paragraphs: ['Judge Ada Mireau passed sentence.', '"You chose to steal," Judge Mireau told Pell, who stood with his head bowed.'], speaker: 'Ada Mireau', claim: 'You chose to steal' },
    { paragraphs: ['Tobi Asante spoke last.', '"I would do it all again," he said, to loud laughter.'], speaker: 'Tobi Asante', claim: 'do it all again' },
    { paragraphs: ['Rhea Stenmark leads the union.', '"We will be back," Stenmark said at a rally outside parliament, where protesters carried placards.'], speaker: 'Rhea Stenmark', claim: 'We will be back' },
    { paragraphs: ['The Transport Ministry met on Monday.', 'Fares would rise by a tenth, the ministry said in a briefing paper sent to lawmakers last week.'], speaker: 'Transport Ministry', claim: 'Fares would rise by a tenth' },
  ],
  mustNot: [
    { paragraphs: ['The Transport Ministry met on Monday.', 'Fares would rise by a tenth, the ministry said in a briefing paper sent to lawmakers last week.'], claim: 'sent to lawmakers' },
    { paragraphs: ['Rhea Stenmark leads the union.', '"We will be back," Stenmark said at a rally outside parliament, where protesters carried placards.'], claim: 'protesters carried placards' },
    { paragraphs: ['Judge Ada Mireau passed sentence.', '"You chose to steal," Judge Mireau told Pell, who stood with his head bowed.'], claim: 'head bowed' },
    { paragraphs: ['Tobi Asante spoke last.', '"I would do it all again," he said, to loud laughter.'], claim: 'laughter' },
    { paragraphs: ['Night-shift nurses were twice as likely to report back pain, researchers said Monday in a study that adds to calls for shorter rotas.'], claim: 'adds to calls' },
    { paragraphs: ['Tobi Asante scored twice.', '"We never stopped believing," he said, still breathless in the tunnel.'], claim: 'still breathless' },
    { paragraphs: ['Imhof dismissed the criticism after the vote.'], claim: 'criticism' },
    { paragraphs: ['Pupils will get new marks by Friday, as a teachers\' union calls for an inquiry.'], claim: 'new marks by Friday' },
    { paragraphs: ['"All sailings are cancelled until the storm passes," Ardent Ferries says on its "Travel Updates" page.'], claim: 'Travel Updates' },
    { paragraphs: ['Kardia will end the fuel subsidy from April 1, the finance ministry said in a statement posted online on Tuesday, a decision that brought protesters onto the streets.'], claim: 'a decision that' },
  ],
};

export const verbAfter: Rule = {
  name: 'verb-after',
  anchor: 'cue',
  apply({ ctx, registry, cue }) {
    if (!cue || cue.found.according) return null;
    const a = aroundCue(ctx, cue);
    if (!a.ends && !a.medial) return null;
    // "..., as a union calls for an inquiry", "..., as critics urged a recount": a verb that takes no clause
    // (an infinitive or an object only) reports no clause before it; only a quote can stand there.
    const frame = cue.found.entry!.frame;
    if (!frame.clause && !frame.quoteOnly && !a.left.includes(MASK)) return null;
    const m = ctx.masked;
    const subj = subjectBefore(ctx, registry, cue.consumedUntil, cue.found.pos, true);
    if (!subj) return NO_CLAIM;
    let claimStart = claimStartOf(ctx, cue.consumedUntil);
    // Nothing precedes the speaker: "Imhof dismissed the criticism" style sentence with no reported words.
    if (subj.start <= claimStart + 1) return NO_CLAIM;
    const claimEnd = a.medial ? ctx.span.end : subj.start;
    // 'By the time she heard, she was only half-surprised: "It made sense," she said.': the words are the quote.
    // Only a colon inside the words matters: searched there, not back through the whole paragraph.
    const inWords = m.slice(claimStart + 1, claimEnd + 1).lastIndexOf(':');
    const colon = inWords < 0 ? -1 : claimStart + 1 + inWords;
    if (!a.medial && colon > claimStart) {
      const q = (ctx.sentenceQuotes ?? ctx.quotes).find((x) => x.open > colon && x.close <= claimEnd && /^\s*$/.test(m.slice(colon + 1, x.open)));
      if (q) claimStart = q.open;
    }
    const pronoun = /^\s*(?:he|she|they|it)\b/i.test(m.slice(subj.start, subj.start + 64));
    const attribution: Attribution = {
      entity: subj.entity, claimStart, claimEnd, cue: cue.found.entry!.form,
      confidence: pronoun ? CONFIDENCE.postposedPronoun : CONFIDENCE.postposedNamed, attrEnd: ctx.span.end,
    };
    return attribution;
  },
};
