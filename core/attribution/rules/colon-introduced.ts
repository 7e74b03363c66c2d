/**
 * A quote introduced by a colon without a speech verb: 'the Vale boss was blunt: "Q"', 'Her verdict was
 * simple: "Q"' (a speaker and a copula with a few words about how it was put), and 'X, a research fellow at
 * ..., puts the core finding simply: "Q"'. The clause must open on a speaker: "The message was clear: ..."
 * names nobody (an indefinite body noun or a thing never speaks).
 *
 * Wins over: nothing; it reads only quotes no cue rule claimed ('S said: "Q"' is verb-before's). Tried
 * before a signature dash, which is read after the quote rather than before it.
 */
import { readSpeakerPhrase } from '../speaker-phrase';
import type { Entity } from '../registry';
import { sentenceSubject } from '../subject';
import { resolvePhrase } from '../speakers';
import { CONFIDENCE } from '../confidence';
import { tally } from '../work';
import type { Rule, RuleExamples } from './types';

export const examples: RuleExamples = {
  must: [
    { paragraphs: ['Vale manager Declan Moynihan was blunt: "We were second best all afternoon."'], speaker: 'Declan Moynihan', claim: 'second best all afternoon' },
    { paragraphs: ['Gideon Marsh chairs the board.', 'He put it bluntly: "The money is gone."'], speaker: 'Gideon Marsh', claim: 'money is gone' },
    { paragraphs: ['Ines Varga wrote the novel in a year.', 'Varga was less sure. "I think the reader decides what a book is for."'], speaker: 'Ines Varga', claim: 'reader decides' },
    { paragraphs: ['Coach Dan Pryce watched from the stand.', 'Pryce was blunt about the second half. "We stopped running and we paid for it."'], speaker: 'Dan Pryce', claim: 'stopped running' },
  ],
  mustNot: [
    { paragraphs: ['Ines Varga wrote the novel in a year.', 'Varga was in the audience. "Open Doors to Everyone" was the title of the talk.'], claim: 'Open Doors' },
    { paragraphs: ['Ines Varga wrote the novel in a year.', 'Varga was less sure. "I think the reader decides," said her editor, Tom Hale.'], claim: 'Ines Varga' },
    { paragraphs: ['The message on the banner was clear: "No more closures in this town."'], claim: 'No more closures' },
  ],
};

/**
 * How far before the colon the clause that introduces the quote is looked for. An introduction is a short
 * clause; a bound keeps a long run of colon-introduced quotes in one sentence (a page of quoted lines) from
 * rescanning it from its start for every quote.
 */
const INTRO_WINDOW = 300;

export const colonIntroduced: Rule = {
  name: 'colon-introduced',
  anchor: 'quote',
  apply({ ctx, registry, quote: q }) {
    if (!q) return null;
    const { masked, span } = ctx;
    // The colon right before the quote, past any spaces.
    let c = q.open - 1;
    while (c >= span.start && /\s/.test(masked[c])) c--;
    let sentenceStart = span.start;
    if (c < span.start || masked[c] !== ':') {
      // 'Marlowe was less sure. "Q"': a short sentence saying how a speaker answered (a copula and a word
      // for a manner of speaking), then a sentence that is only a quote, introduces it as a colon does.
      while (c >= 0 && c < span.start && /\s/.test(masked[c])) c--;
      if (!(c < span.start && c >= 0 && masked[c] === '.' && /^[\s.,!?"”’']*$/.test(masked.slice(q.close + 1, span.end)))) return null;
      const prev = /[.!?]["”’']?\s+(?=\S)/g;
      sentenceStart = 0;
      for (const m of masked.slice(0, c).matchAll(prev)) sentenceStart = m.index! + m[0].length;
      // Only a short sentence: a long one is narrative, not an introduction.
      if (masked.slice(sentenceStart, c).split(/\s+/).length > 12) return null;
    }
    const colonAt = c;
    const period = sentenceStart !== span.start;
    const from = Math.max(sentenceStart, colonAt - INTRO_WINDOW);
    const window = masked.slice(from, colonAt);
    tally('colon-introduced', window.length >> 5);
    let clauseFrom = sentenceStart;
    for (const b of window.matchAll(/(?:[,;]\s*(?:and|but|while)?|\s(?:and|but)\s)/g)) clauseFrom = Math.max(clauseFrom, from + b.index! + b[0].length);
    // A clause longer than the window is no short introduction ("S was blunt" is a few words): no claim.
    if (clauseFrom < from) return null;
    const phrase = readSpeakerPhrase(masked, clauseFrom, colonAt);
    // What stands between the speaker (or the clause's start) and the colon: how they put it.
    const predicate = masked.slice(phrase ? phrase.end : clauseFrom, colonAt).trim();
    let entity: Entity | null = null;
    if (phrase && !(phrase.type === 'orgNoun' && !phrase.definite)) {
      if (/^(?:was|is|were|are|had been|has been|seemed|sounded|remained|stayed)\s+(?:\S+\s+){0,5}\S+$/i.test(predicate) ||
        (period && /^(?:was|is|were|are|seemed|sounded)\s+(?:less|more|quick|quicker|blunt|blunter|frank|candid|direct|defiant|emphatic|sure|unsure|unrepentant|adamant|philosophical|sanguine|cautious|upbeat|downbeat|gloomy|scathing)\b(?:\s+\S+){0,8}$/i.test(predicate))) entity = resolvePhrase(ctx, registry, phrase);
    } else if (!period && !phrase && clauseFrom > span.start && /^(?:puts?|sums?|summed)\s+(?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:\w+ly|this\s+way|up)?$/i.test(predicate)) {
      // "Hannelore Vexby, a research fellow at ..., puts the core finding simply: '...'": the subject is
      // the sentence's, before its appositive.
      entity = sentenceSubject(ctx, registry, clauseFrom);
    }
    if (!entity || entity.inanimate) return null;
    return { entity, claimStart: q.contentStart, claimEnd: q.contentEnd, cue: predicate, confidence: CONFIDENCE.colonIntroduced, attrEnd: q.close };
  },
};
