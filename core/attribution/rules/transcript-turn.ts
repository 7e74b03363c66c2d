/**
 * Transcript turns in an interview write-up: a paragraph that opens with a person's name and a colon, then
 * their words with no quotation marks and no cue ("Rourke: Why choirs?", "Osei-Lindahl: Because then there
 * are two hundred people ..."). The label must be someone the text has already named (by surname or full
 * name), so headings and labels ("Update:", "Watch:", "Note:") never become speakers. The whole paragraph
 * after the colon is one direct claim: the speaker's own words, as a quote would be.
 *
 * Wins over: every cue and quote rule, because it reads the paragraph as a whole before they run; a
 * labelled turn holds the speaker's words verbatim, so a "said" inside it is part of them, not a cue
 * ("Rourke: You've said before that ..."). Applies to nothing else.
 */
import { CONFIDENCE } from '../confidence';
import type { Rule, RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['Danny Rourke talks to the conductor Marguerite Osei-Lindahl.', 'Rourke: You’ve said before that you were sick before every concert. Is that true?'], speaker: 'Danny Rourke', claim: 'sick before every concert' },
    { paragraphs: ['Danny Rourke talks to the conductor Marguerite Osei-Lindahl.', 'Osei-Lindahl: Because then there are two hundred people who can go wrong.'], speaker: 'Marguerite Osei-Lindahl', claim: 'two hundred people' },
  ],
  mustNot: [
    { paragraphs: ['Danny Rourke talks to the conductor Marguerite Osei-Lindahl.', 'Update: The concert hall says all tickets are sold.'], claim: 'The concert hall says' },
    { paragraphs: ['Tickets: £12 for adults and £6 for children under twelve.'], claim: 'for adults' },
    { paragraphs: ['Tom Hollis scored twice for Ashbury.', 'Hollis: Barnes, Whitlow, Keane, Sutcliffe; Dunmore, Price.'], claim: 'Whitlow' },
  ],
};

/** One to three capitalised words, then a colon, then the words: the label of a turn. */
const LABEL = /^\s*([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s*:\s+(?=\S)/u;

export const transcriptTurn: Rule = {
  name: 'transcript-turn',
  anchor: 'paragraph',
  apply({ ctx, registry }) {
    // A turn is unquoted speech; a quotation after a name and a colon is a heading's or a caption's.
    if (ctx.quotes.length > 0) return null;
    const label = LABEL.exec(ctx.masked.slice(0, 80));
    if (!label) return null;
    const words = ctx.text.slice(label[0].length).trim();
    const list = words.split(/\s+/);
    // Prose ending as a sentence ends; not a list of names ("Hollis; Barnes, Whitlow, ...") nor a second
    // label ("Tries: Dunmore, Tindall").
    if (list.length < 2 || !/[.?!…]$/.test(words) || /[;:]/.test(words) || list.filter((w) => /^[\p{Lu}]/u.test(w)).length * 2 > list.length) return null;
    const entity = registry.knownPerson(label[1], ctx.base);
    if (!entity || entity.kind !== 'person') return null;
    return { entity, claimStart: label[0].length, claimEnd: ctx.text.trimEnd().length, cue: 'said', confidence: CONFIDENCE.transcriptTurn, attrEnd: ctx.text.length };
  },
};
