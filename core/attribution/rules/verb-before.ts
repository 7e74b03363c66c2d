/**
 * Speech verb before the claim: 'S said (that) CLAUSE', 'S told O: "Q"', 'S urged O to ...', coordinated
 * cues sharing the sentence's subject ('..., but added that ...'), a participle after a comma (', saying
 * ...'), and ', who said ...' after a name anywhere in the sentence. Also 'S said:' closing
 * a paragraph, which hands the next paragraph's quote to S (a colon-only attribution).
 *
 * The last verb rule: it runs when nothing before it applied, since a cue followed by words is read as
 * introducing them unless those words are only circumstances (verb-after) or a name (verb-inverted). What
 * the cue may take decides whether there is a claim at all: "said" and "told" take almost any clause,
 * "posted" only one with "that", "asked" only a quote, "urged" an infinitive ("accused X of" is accusation.ts's).
 */
import type { Entity } from '../registry';
import { firstQuoteAfter } from '../sentence';
import { adjacentToCue, clauseEnd, clauseStart, looksLikeClause } from '../clauses';
import { WITH_SUBJECT } from '../find-cues';
import { readSpeakerPhrase } from '../speaker-phrase';
import { subjectBefore, sentenceSubject } from '../subject';
import { nameEndingAt, resolvePhrase } from '../speakers';
import { aroundCue } from '../cue-site';
import { CONFIDENCE } from '../confidence';
import { AUX, INFINITIVE } from '../word-patterns';
import { NO_CLAIM, type Rule, type RuleExamples } from './types';

const COORD_CUE = /(?:,\s*|\s+)(?:and|but|while|whereas|although|though)\s+(?:also\s+|later\s+|then\s+)?$/i;

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['Teodor Lenz said that the ferry would run twice a day from June.'], speaker: 'Teodor Lenz', claim: 'the ferry would run twice a day' },
    { paragraphs: ['Mayor Ana Ruiz told reporters the bridge could reopen in May.'], speaker: 'Ana Ruiz', claim: 'bridge could reopen' },
    { paragraphs: ['The coach, Pilar Soto, said: "We defended like a team for ninety minutes."'], speaker: 'Pilar Soto', claim: 'defended like a team' },
    { paragraphs: ['Amira Saleh said the bank had never lent to the firm, but added that its auditors were worried.'], speaker: 'Amira Saleh', claim: 'auditors were worried' },
    { paragraphs: ['Critics of the deal, including several of the mayor\'s own backbenchers, have said the council borrowed too heavily.'], speaker: 'critics of the deal', claim: 'the council borrowed too heavily' },
    { paragraphs: ['The report notes that her recovery was uneven.'], speaker: 'report', claim: 'her recovery was uneven' },
    { paragraphs: ['Tomas Brandt runs the ferry. Brandt also claims that the harbour fees doubled in a year.'], speaker: 'Tomas Brandt', claim: 'harbour fees doubled' },
    { paragraphs: ['Regulars of the forum were angry at the closure, with one member writing "Where do we meet now?"'], speaker: 'member', claim: 'Where do we meet now?' },
    { paragraphs: ['The union quoted two drivers, with Kerry Mensah stating: "We have not had a raise in four years."'], speaker: 'Kerry Mensah', claim: 'raise in four years' },
    { paragraphs: ['Dana Voss chairs the inquiry. Of the delayed hearings, she said, "Every family will be heard."'], speaker: 'Dana Voss', claim: 'Every family will be heard' },
    { paragraphs: ['"We came a long way to be here," team captain Lina Sorel told the press, "and we want to show what we can do."'], speaker: 'Lina Sorel', claim: 'want to show what we can do' },
    { paragraphs: ['Airport director General Yusuf al-Hamdi, in remarks to state television, said "All passengers are safe."'], speaker: 'Yusuf al-Hamdi', claim: 'All passengers are safe' },
    { paragraphs: ['Some individuals reported that the booking page showed only an error.'], speaker: 'individuals', claim: 'booking page showed only an error' },
    { paragraphs: ['The pumps were restarted on Monday and the water board says the supply will be back to normal by Friday.'], speaker: 'water board', claim: 'supply will be back to normal' },
    { paragraphs: ['A woman claims the council lost her planning papers twice.'], speaker: 'woman', claim: 'council lost her planning papers' },
    { paragraphs: ['The fisherman claims the quota was cut without warning.'], speaker: 'fisherman', claim: 'quota was cut' },
    { paragraphs: ['Danish economist and author Hanne Lund commented, "The krone has never been this strong."'], speaker: 'Hanne Lund', claim: 'krone has never been this strong' },
    { paragraphs: ['His former team-mate Ola Brandt was quick to back her, commenting under her post: "Chin up, we go again."'], speaker: 'Ola Brandt', claim: 'Chin up' },
    { paragraphs: ['South Africa\'s health minister Aroha Tane said the clinics would stay open over winter.'], speaker: 'Aroha Tane', claim: 'clinics would stay open' },
    { paragraphs: ['Deputy Transport Minister for Coastal Routes Leena Marwick said the ferry levy would be halved.'], speaker: 'Leena Marwick', claim: 'ferry levy would be halved' },
    { paragraphs: ['Secretary of State Ana Ruiz said the talks would resume in May.'], speaker: 'Ana Ruiz', claim: 'talks would resume' },
    { paragraphs: ['Korvani District Collector Hemant Pillai said the wells had been sealed.'], speaker: 'Hemant Pillai', claim: 'wells had been sealed' },
    { paragraphs: ['Dev Narang said the board should pay Rs. 2 lakh to each family.'], speaker: 'Dev Narang', claim: 'pay Rs. 2 lakh to each family' },
    { paragraphs: ['Researchers not involved in the trial said its design made the result hard to dismiss.'], speaker: 'researchers', claim: 'its design made the result' },
    { paragraphs: ['Several nurses interviewed by the Courier said the night shift was short of staff.'], speaker: 'nurses', claim: 'night shift was short of staff' },
    { paragraphs: ['Gov. Lena Varro posted a few minutes ago that the bridge would close at noon.'], speaker: 'Lena Varro', claim: 'bridge would close at noon' },
    { paragraphs: ['Lorna Vey chairs the trust.', 'Vey, who has called the plan a "fresh start" for the town, told the board she took no pleasure in the cuts.'], speaker: 'Lorna Vey', claim: 'she took no pleasure in the cuts' },
    { paragraphs: ['At the county hospital, where a ward has been set aside for flood victims, chief nurse Ada Okoro said the beds were full.'], speaker: 'Ada Okoro', claim: 'the beds were full' },
    { paragraphs: ['Labour and Social Affairs Minister Ivo Tanaskov conceded that the plan had lost public support.'], speaker: 'Ivo Tanaskov', claim: 'plan had lost public support' },
    { paragraphs: ['The Coastal Weather Service now says the tide will peak at noon.'], speaker: 'Coastal Weather Service', claim: 'tide will peak at noon' },
  ],
  mustNot: [
    { paragraphs: ['At the county hospital, where a ward has been set aside for flood victims, chief nurse Ada Okoro said the beds were full.'], claim: 'set aside for flood victims' },
    { paragraphs: ['Lorna Vey chairs the trust.', 'Vey told the board she took no pleasure in the cuts.'], claim: 'the board she' },
    { paragraphs: ['The council voted in May said nothing about the road.'], claim: 'nothing about the road' },
    { paragraphs: ['The prosecutor said the fraud had been driven by greed, pointing to the purchase of a yacht.'], claim: 'pointing to the purchase' },
    { paragraphs: ['Officials said the strike would fail, and pointed to polls showing support had fallen.'], claim: 'pointed to polls' },
    { paragraphs: ['Deputy Transport Minister for Coastal Routes Leena Marwick said the ferry levy would be halved.'], claim: 'Coastal Routes' },
    { paragraphs: ['Karin Holm posted a screenshot of the letter on Tuesday.'], claim: 'screenshot' },
    { paragraphs: ['The minister admitted to the flawed design of the scheme.'], claim: 'flawed design' },
    { paragraphs: ['The town welcomed the plan, with several shops reopening on Monday and a market planned.'], claim: 'on Monday' },
    { paragraphs: ['Inspectors visited twice, with Dana Voss noting the broken fire doors each time.'], claim: 'broken fire doors' },
    { paragraphs: ['"We came a long way to be here," team captain Lina Sorel told the press, "and we want to show what we can do."'], claim: 'the press' },
    { paragraphs: ['The pumps were restarted on Monday and the water board says the supply will be back to normal by Friday.'], claim: 'pumps were restarted' },
    { paragraphs: ['The German claims were rejected by the court.'], claim: 'were rejected' },
    { paragraphs: ['Hanne Lund commented on the budget at length.'], claim: 'the budget' },
    { paragraphs: ['The fund also pays claims that arrive before the deadline.'], claim: 'arrive before the deadline' },
  ],
};

/** A subordinate clause after a comma whose subject is a noun phrase, not the speaker's pronoun. */
const WRITER_CLAUSE_BEFORE = /,\s*(?:as|while|amid|when|after|because|since)\s+(?:the|a|an|its|their|this|some|many|more|[\p{Lu}\d])[^,;]*$/u;

export const verbBefore: Rule = {
  name: 'verb-before',
  anchor: 'cue',
  apply({ ctx, registry, cue: site }) {
    if (!site || site.found.according) return null;
    const cue = site.found.entry!;
    const { pos, end } = site.found;
    const { consumedUntil, prevSubject, laterCues } = site;
    const m = ctx.masked;
    const sEnd = ctx.span.end;
    const { left, rest } = aroundCue(ctx, site);
    const colonOnly = /^\s*:\s*$/.test(rest);
    let entity: Entity | null = null;
    /** "Ana Ruiz, who said the bridge was safe, left early": the relative clause closes at its comma. */
    let parenthetical = false;
    const coordinated = COORD_CUE.test(left) || /^\s*(?:and|but)?\s*(?:also\s+)?$/i.test(left) && consumedUntil > ctx.span.start;
    // '..., the club confirmed on Friday, as the row threatened to turn bitter': a cue inside the writer's
    // "as" clause after a closing attribution has a subject of its own that is no speaker.
    if (coordinated && pos < consumedUntil && WRITER_CLAUSE_BEFORE.test(m.slice(ctx.span.start, pos))) return NO_CLAIM;
    if (coordinated) {
      const segStart = consumedUntil + (COORD_CUE.exec(left)?.index ?? left.length);
      entity = prevSubject ?? sentenceSubject(ctx, registry, segStart);
    } else if (cue.form.endsWith('ing') && WITH_SUBJECT.test(left)) {
      // "..., with one resident writing: "Q"": the participle's own subject stands after "with".
      const words = WITH_SUBJECT.exec(left)![1];
      const from = pos - words.length;
      const phrase = readSpeakerPhrase(m, from, pos);
      if (!phrase || !adjacentToCue(m.slice(phrase.end, pos))) return NO_CLAIM;
      entity = resolvePhrase(ctx, registry, phrase);
    } else if (/,\s*$/.test(left) && cue.form.endsWith('ing')) {
      entity = prevSubject ?? sentenceSubject(ctx, registry, pos);
    } else {
      // ", which said": the same after a body's name ("funded by the Health Research Council, which said ...").
      const who = /,\s*(who|which)\s+(?:also\s+|later\s+|previously\s+|then\s+)?$/i.exec(left);
      const found = who ? nameEndingAt(ctx, consumedUntil + who.index) : null;
      const named = found && (who![1].toLowerCase() === 'who' || (found.type === 'name' && found.phrase.kind === 'organization')) ? found : null;
      if (named) {
        // "..., backed by Mayor Ana Ruiz, who said the bridge was safe": "who" is the name before it,
        // wherever that name stands in the sentence.
        entity = resolvePhrase(ctx, registry, named);
        parenthetical = m.slice(ctx.span.start, named.start).trim() === '';
      } else {
        const subj = subjectBefore(ctx, registry, consumedUntil, pos);
        entity = subj?.entity ?? null;
      }
    }
    if (!entity) return NO_CLAIM;
    if (colonOnly) return { entity, claimStart: sEnd, claimEnd: sEnd, cue: cue.form, confidence: CONFIDENCE.colonOnly, attrEnd: sEnd, colonOnly };
    let start = clauseStart(ctx, cue, end, sEnd);
    // 'told the meeting: "..."', 'put it bluntly: "..."': a few words closed by a colon, then the quote.
    const quoteAt = firstQuoteAfter(ctx, end, sEnd);
    // '"Q1," Lina Sorel told the press, "Q2"': the listener and a comma, then the rest of the quote.
    const listenerComma = cue.frame.object && quoteAt !== null && /^\s*(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}\s*,\s*$/u.test(m.slice(end, quoteAt)) &&
      !AUX.test(m.slice(end, quoteAt));
    const colonBefore = quoteAt !== null && (listenerComma || /^[^.!?:;\u25AE]{0,60}:\s*$/.test(m.slice(end, quoteAt)));
    const quoteAfterStart = firstQuoteAfter(ctx, start, sEnd);
    const colonQuote = colonBefore || /^\s*(?:[\p{L}]+ly\s*)?[:,]?\s*$/u.test(m.slice(start, quoteAfterStart ?? start)) && quoteAfterStart !== null;
    if (colonQuote) start = colonBefore ? quoteAt! : quoteAfterStart!;
    let claimEnd = clauseEnd(ctx, start, sEnd, laterCues);
    if (parenthetical) {
      const close = /,(?!\d)/.exec(m.slice(start, claimEnd));
      if (close) claimEnd = start + close.index;
    }
    const body = m.slice(start, claimEnd);
    let ok = colonQuote || /\bthat\s*$/i.test(m.slice(end, start));
    // "admitted to the flawed design": a prepositional object, not a clause.
    const prepositional = /^\s*(?:to|of|about|for|on|at|with)\s+(?:the|a|an|his|her|its|their|this|that|these|those|my|our)\b/i.test(body);
    if (!ok && cue.frame.clause && !cue.frame.thatOnly && !prepositional) ok = looksLikeClause(ctx, start, claimEnd);
    // "said" and "told" almost always report a clause, even one whose verb the rules cannot see ("drains").
    if (!ok && (cue.lemma === 'say' || cue.lemma === 'tell')) {
      ok = body.trim().split(/\s+/).length >= 4 && !/^\s*(?:nothing|little|goodbye|hello|sorry|thanks|grace|a\s+prayer|yes|no|so|it|this|that|the\s+same|something)\b/i.test(body);
    }
    if (!ok && cue.frame.infinitive) ok = INFINITIVE.test(body) || (cue.lemma === 'call for');
    if (!ok && cue.frame.gerund) ok = /^\s*\w+ing\b/i.test(body);
    if (!ok && cue.frame.quoteOnly) ok = colonQuote;
    if (!ok) return NO_CLAIM;
    if (cue.frame.quoteOnly && !colonQuote) return NO_CLAIM;
    const hasThat = /\bthat\s*$/i.test(m.slice(end, start));
    return { entity, claimStart: start, claimEnd, cue: cue.form, confidence: hasThat || colonQuote ? CONFIDENCE.preposedMarked : CONFIDENCE.preposedBare, attrEnd: claimEnd };
  },
};
