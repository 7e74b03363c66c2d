/**
 * An accusation: 'S accused X of Y' (and "accuses", "has often accused", ", accusing X of Y"). The claim is
 * the accusation from the accused onward ("the mayor of hiding the audit"), an indirect claim by S (the
 * convention settled after batch 15, /work/blind/format/FORMAT.md). A participle "accused of" ("a man
 * accused of theft", "who stands accused of fraud") and a passive ("was accused by the union of ...") make
 * no claim: nobody is named as speaking there, or the accused stands where the speaker would.
 *
 * The speaker: the subject before the verb with its appositives ("The opposition leader, Councillor Ana
 * Ruiz, accused ..."), the body named in a "whose" clause ("Kostandin, whose party has often accused the
 * government of ..."), the subject of the sentence for ", accusing X of Y" and "... and accused X of Y", or
 * the subject after "with" ("with the union accusing the council of ...").
 *
 * Wins over: every other verb rule, which it runs before. "accused" takes an object and "of", never a
 * clause, so the others read it wrongly: verb-inverted takes the subject's appositive or relative clause for
 * the words and the accused for the speaker ('The Civic Democrats, who promised ..., accused the government
 * of ...'), verb-after takes ', accusing X of Y' for circumstances. The rule owns every cue of "accuse": when
 * no speaker or no "of" is found it answers no claim, so no later rule reads it.
 */
import type { Entity } from '../registry';
import { clauseEnd } from '../clauses';
import { WITH_SUBJECT } from '../find-cues';
import { readSpeakerPhrase } from '../speaker-phrase';
import { sentenceSubject, subjectBefore } from '../subject';
import { nameEndingAt, resolvePhrase } from '../speakers';
import { CONFIDENCE } from '../confidence';
import { NO_CLAIM, type Rule, type RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['The opposition leader, Councillor Mira Dane, accused the mayor of hiding the deficit.'], speaker: 'Mira Dane', claim: 'the mayor of hiding the deficit' },
    { paragraphs: ['The Harbour Party, which has promised to scrap the levy if it wins in May, accused the cabinet of rushing the bill through.'], speaker: 'Harbour Party', claim: 'the cabinet of rushing the bill through' },
    { paragraphs: ['Shares in Velto fell 4% after a state watchdog accused the lender of overcharging pensioners.'], speaker: 'state watchdog', claim: 'the lender of overcharging pensioners' },
    { paragraphs: ['Tomas Reyn, the union\'s treasurer, walked out of the talks, accusing the board of bad faith.'], speaker: 'Tomas Reyn', claim: 'the board of bad faith' },
    { paragraphs: ['Coach Ilse Marr defended her keeper and accused referee Dan Holt of bowing to the crowd.'], speaker: 'Ilse Marr', claim: 'referee Dan Holt of bowing to the crowd' },
    { paragraphs: ['Senator Orla Finch, whose Green Bloc has long accused the ministry of ignoring the data, said she would vote against the bill.'], speaker: 'Green Bloc', claim: 'the ministry of ignoring the data' },
    { paragraphs: ['Senator Orla Finch, whose Green Bloc has long accused the ministry of ignoring the data, said she would vote against the bill.'], speaker: 'Orla Finch', claim: 'she would vote against the bill' },
    { paragraphs: ['The tenants\' group accuses the landlord of letting the flats fall apart.'], speaker: 'tenants\' group', claim: 'the landlord of letting the flats' },
    { paragraphs: ['The march went ahead, with the drivers\' union accusing the council of breaking its word.'], speaker: 'drivers\' union', claim: 'the council of breaking its word' },
  ],
  mustNot: [
    { paragraphs: ['A Dunmore man accused of setting fire to a warehouse was released on bail on Monday.'], claim: 'of setting fire' },
    { paragraphs: ['The former treasurer, who stands accused of fraud, did not attend the meeting.'], claim: 'of fraud' },
    { paragraphs: ['The mayor was accused by the opposition of hiding the audit.'], claim: 'hiding the audit' },
    { paragraphs: ['The opposition leader, Councillor Mira Dane, accused the mayor of hiding the deficit.'], claim: 'opposition leader' },
    { paragraphs: ['The Harbour Party, which has promised to scrap the levy if it wins in May, accused the cabinet of rushing the bill through.'], claim: 'promised to scrap the levy' },
  ],
};

/** "whose Green Bloc has long accused": the body named right after "whose" is the accuser. */
const WHOSE_SUBJECT = /\bwhose\s+((?:[^\s,;:]+\s+){1,5}?)(?:(?:has|have|had)\s+)?(?:(?:\w+ly|also|often|long|repeatedly|previously|since|once|twice)\s+)*$/i;
/** The accused and then "of": a few words, which may hold commas ("the mayor, Ana Ruiz, of ..."). */
const OBJECT_THEN_OF = /^\s+(?:[^\s;:.!?]+\s+){0,7}?of\s/;
/** ", who has often accused": the accusation sits in a relative clause about the subject. */
const WHO_BEFORE = /,\s*who\s+(?:[\p{Ll}]+\s+){0,2}$/u;
const COORDINATED = /(?:,\s*|\s+)(?:and|but)\s+(?:also\s+|later\s+|then\s+|repeatedly\s+)?$/i;

export const accusation: Rule = {
  name: 'accusation',
  anchor: 'cue',
  apply({ ctx, registry, cue: site }) {
    if (!site || site.found.according || !site.found.entry?.frame.accusation) return null;
    const m = ctx.masked;
    const { pos, end } = site.found;
    const sEnd = ctx.span.end;
    const after = m.slice(end, Math.min(sEnd, end + 200));
    // "accused of theft", "accused by the union of ...": no accuser before the accused.
    if (/^\s+(?:of|by)\b/i.test(after) || !OBJECT_THEN_OF.test(after)) return NO_CLAIM;
    const left = m.slice(site.consumedUntil, pos);
    let entity: Entity | null = null;
    const whose = WHOSE_SUBJECT.exec(left);
    if (whose) {
      const from = pos - (left.length - whose.index) + whose[0].indexOf(whose[1]);
      const phrase = readSpeakerPhrase(m, from, from + whose[1].trimEnd().length);
      entity = phrase && phrase.type !== 'pronoun' ? resolvePhrase(ctx, registry, phrase) : null;
    } else if (WHO_BEFORE.test(left)) {
      // "Ana Ruiz, who accused the mayor of lying, said ...": "who" is the name before it.
      const named = nameEndingAt(ctx, site.consumedUntil + WHO_BEFORE.exec(left)!.index);
      entity = named ? resolvePhrase(ctx, registry, named) : null;
    } else if (site.found.entry.form.endsWith('ing') && WITH_SUBJECT.test(left)) {
      const words = WITH_SUBJECT.exec(left)![1];
      const phrase = readSpeakerPhrase(m, pos - words.length, pos);
      entity = phrase ? resolvePhrase(ctx, registry, phrase) : null;
    } else if (COORDINATED.test(left) || (site.found.entry.form.endsWith('ing') && /,\s*$/.test(left))) {
      entity = site.prevSubject ?? sentenceSubject(ctx, registry, pos);
    } else {
      entity = subjectBefore(ctx, registry, site.consumedUntil, pos)?.entity ?? null;
    }
    if (!entity) return NO_CLAIM;
    const claimStart = end + (/^\s*/.exec(after)?.[0].length ?? 0);
    let claimEnd = clauseEnd(ctx, claimStart, sEnd, site.laterCues);
    // "Kostandin, whose party has often accused the government of X, said ...": the clause closes at its
    // comma, and the sentence's own cue still reads its subject from the start (attrEnd left where it was).
    const inRelative = whose !== null || WHO_BEFORE.test(left);
    if (inRelative) {
      const close = /,(?!\d)/.exec(m.slice(claimStart, claimEnd));
      if (close) claimEnd = claimStart + close.index;
    }
    return {
      entity, claimStart, claimEnd, cue: site.found.entry.form, confidence: CONFIDENCE.preposedBare,
      attrEnd: inRelative ? site.consumedUntil : claimEnd,
    };
  },
};
