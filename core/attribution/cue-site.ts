/**
 * What stands around a cue, read once for all the verb rules: the words before it back to the previous
 * attribution, what follows it (past adjuncts), and whether that is more reported words or only the
 * circumstances of saying them ("said after the vote.", ", in remarks that ...", ", before walking out").
 */
import { adjunctLength } from './manner-adjuncts';
import { MASK } from './quotes';
import { NOUN_CUE_PATTERN } from './cues';
import { type SentenceCtx, reportedWordsBefore } from './sentence';
import type { CueSite } from './rules/types';
import { AUX, PAST_TENSE, SUBJECT_PRONOUN } from './word-patterns';

const CHANNEL_AFTER_CUE = new RegExp(
  `^\\s*,\\s*(?:in|during|at|on|via|through)\\s+(?:(?:a|an|the|his|her|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}(?:${NOUN_CUE_PATTERN})\\b`,
  'i',
);

/** The listener right after "told", "assured", "warned": a name, a pronoun, or a short noun phrase. */
const OBJECT_AFTER_CUE =
  /^\s*(?:(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*|him|her|them|us|me|(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}][\p{L}'’-]*\s+)?[\p{Ll}][\p{L}'’-]*)\b/u;

/**
 * '"Q," the airline says on its "Travel Updates" page': a quoted title after "on" or "in" is where the words
 * were published, not more of them.
 */
const QUOTED_PLACE = /^\s*(?:on|in)\s+(?:(?:its|his|her|their|the|a|an)\s+)?[^\s\u25AE]*\u25AE+[^\s\u25AE]*(?:\s+[\p{Ll}]+){0,2}\s*[.!?]?\s*$/u;

export interface AroundCue {
  /** From the previous attribution's end to the cue. */
  left: string;
  leftTrim: string;
  /** From the cue's end to the sentence's end. */
  afterCue: string;
  /** `afterCue` past its adjuncts ("on Monday", "in a statement"). */
  rest: string;
  reportedVia: boolean;
  speakerGoesOn: boolean;
  /** Only circumstances follow the cue: the reported words are before it. */
  ends: boolean;
  /** The cue sits inside the words, set off by commas: "A major part of the reason, McKinley said, is ...". */
  medial: boolean;
  /** The cue follows a comma or a closing quote: '"Q," said S'. */
  cueAfterBreak: boolean;
}

const cache = new WeakMap<CueSite, AroundCue>();

export function aroundCue(ctx: SentenceCtx, site: CueSite): AroundCue {
  const known = cache.get(site);
  if (known) return known;
  const cue = site.found.entry!;
  const m = ctx.masked;
  const sEnd = ctx.span.end;
  const left = m.slice(site.consumedUntil, site.found.pos);
  // Whether reported words come before the cue: asked by up to eleven of the readings below, read once.
  let reportedBefore: boolean | undefined;
  const wordsBefore = () => (reportedBefore ??= reportedWordsBefore(left));
  const afterCue = m.slice(site.found.end, sEnd);
  const adj = adjunctLength(afterCue);
  const rest = afterCue.slice(adj);
  // "he told parliament.", "she told the Dunmore Echo.": only the listener after the cue.
  const objectTail = cue.frame.object && !AUX.test(rest) && !/\bthat\b/i.test(rest) && !rest.includes(MASK) &&
    /^\s*(?:(?:the|a|an|his|her|their|local|state)\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}\s*[.!?]?\s*$/u.test(rest);
  // ", according to the Intelligencer" after "he said": where the words were reported, not who spoke.
  const reportedVia = /^\s*,\s*according\s+to\b/i.test(rest);
  // '"Q," Vastić said, in remarks that were broadcast ...': set off by its comma, where the words were said,
  // not more of them ("said in a statement that ..." is the statement's content).
  const channel = CHANNEL_AFTER_CUE.test(afterCue) && wordsBefore();
  // Nothing reported after the cue, only circumstances: "said after the vote.", "told a news conference."
  // "have said the council borrowed too heavily": a noun phrase and a verb in the past are a clause, not
  // circumstances ("told the Dunmore Echo.").
  const clauseAfter = /^\s*(?:the|a|an)\b/i.test(rest) && PAST_TENSE.test(rest);
  const circumstances = !clauseAfter && (!rest.includes(MASK) || QUOTED_PLACE.test(rest)) && !/\bthat\b/i.test(rest) && !/^\s*[:,]/.test(rest) && rest.trim().split(/\s+/).length <= 8 &&
    /^\s*(?:after|before|during|at|outside|in|on|to|from|with|when|while|last|this|yesterday|today|later|earlier|afterwards|of|as|a|an|the|reporters|journalists)\b/i.test(rest) && !AUX.test(rest) && !SUBJECT_PRONOUN.test(rest.replace(/^\s*\w+\s+/, ''));
  // '"It is over," Mendes added, before walking out.' / '..., she said, adding: "..."': what follows the
  // attribution is what the speaker did next, not what they said.
  // ', she said, her voice catching': an absolute phrase about the speaker is the same.
  // ', she said, still breathless', ', visibly moved', ', close to tears': a state of the speaker, the same.
  // ', at times appearing close to tears': a time adverbial before the participle changes nothing.
  const nextAction = (/^\s*,\s*(?:(?:before|after|while|as|then|at\s+times|at\s+one\s+point|occasionally|repeatedly)\s+|(?:his|her|their|its)\s+[\p{L}]+\s+)?[\p{Ll}]+ing\b/u.test(rest) ||
    /^\s*,\s*(?:still|visibly|clearly|obviously|plainly|barely|close\s+to|near|on\s+the\s+verge\s+of)\s+[\p{Ll}]/u.test(rest) ||
    // ', to loud laughter', ', to applause': how the audience took it.
    /^\s*,\s*(?:to|amid)\s+(?:[\p{Ll}]+\s+){0,2}(?:laughter|applause|cheers|cheering|groans|boos|booing|jeers|gasps|murmurs|silence|nods)\b/u.test(rest)) && wordsBefore();
  // "told Orbit Weekly shortly after the satellite sent its first signal": what follows is when, not what.
  // "told jurors Monday as his trial opened": the listener, then when, then the circumstance.
  const afterObject = cue.frame.object ? rest.slice(OBJECT_AFTER_CUE.exec(rest)?.[0].length ?? 0) : rest;
  const restNoObject = afterObject.slice(adjunctLength(afterObject));
  // 'CLAUSE, the ministry said on Tuesday, as the drought cut into the harvest': a comma before the
  // subordinate changes nothing; the lead's words are before the attribution, the "as" clause is the writer's.
  const subordinateAfterComma = /^\s*,\s*(?:as|amid)\s+(?:the|a|an|its|his|her|their|this|that|some|many|more|[\p{Lu}\d])/iu.test(restNoObject) &&
    wordsBefore();
  const subordinate = subordinateAfterComma || (/^\s*(?:(?:shortly|soon|just|long|moments|minutes|hours|days)\s+)?(?:after|before|when|while|as|because|since|until|once)\b/i.test(restNoObject) && wordsBefore());
  // 'CLAUSE, two officials told the Press, speaking on condition of anonymity': the listener, then what the
  // speakers did while saying it.
  const listenerThenAction = cue.frame.object && afterObject !== rest && /^\s*,\s*[\p{Ll}]+ing\b/u.test(afterObject) && wordsBefore();
  // '"Q", he argues, though he calls ...': a conjunct whose subject is a pronoun tells what the speaker did
  // next, so the attribution closes the claim before it rather than sitting inside one.
  const speakerGoesOn = /^\s*,\s*(?:and|but|while|although|though|as)\s+(?:he|she|they)\s/i.test(rest) && wordsBefore();
  // '..., the ministry said in a statement, a decision that brought protesters onto the streets': a noun
  // phrase summing up the whole report follows it; it is the writer's comment, not more of the words.
  const resumptive = /^\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:decision|move|step|announcement|change|plan|measure|development|ruling|figure|rise|fall|increase|drop|cut|blow|setback|boost|reversal|u-turn|warning|admission)\s+(?:that|which)\b/i.test(rest) && wordsBefore();
  // '..., researchers reported Tuesday in a study that adds to growing concern': "that" with a verb right
  // after it, no subject, describes the study; it is not what they reported.
  // '"Q," Judge Elston told Tolley, who stood with his head bowed': a relative clause about the listener.
  const listenerDescribed = cue.frame.object && /^\s*(?:[\p{Lu}][\p{L}'’.-]*\s*){1,3},\s*(?:who|whose|which)\b/u.test(rest) && wordsBefore();
  // '"Q," Halasova said at a rally outside the assembly, where protesters carried placards': the place, and
  // what happened there.
  const placeDescribed = (/^\s*(?:at|in|outside|on|during|after)\s+[^,;:]{1,60},\s*(?:where|when)\b/i.test(rest) || (adj > 0 && /^\s*,\s*(?:where|when)\b/i.test(rest))) &&
    wordsBefore();
  const describedChannel = /^\s*(?:(?:on\s+)?\w+day\s+)?(?:in|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:study|report|paper|survey|analysis|article|review)\s+(?:that|which)\s+(?!(?:its|this|his|thus|is|was|as|us)\b)(?:[a-z]{2,}(?:s|ed)|is|was|has|had)\b/i.test(rest) && wordsBefore();
  const ends = listenerThenAction || resumptive || describedChannel || listenerDescribed || placeDescribed || /^\s*[.!?]?\s*[”"’'»]?\s*$/.test(rest) || channel || objectTail || (circumstances && wordsBefore()) || subordinate || (reportedVia && wordsBefore()) || nextAction || speakerGoesOn;
  // "A major part of the reason, McKinley said, is the flow of drugs": the attribution sits inside the claim.
  const leftTrim = left.replace(/\s+$/, '');
  const medial = !reportedVia && !speakerGoesOn && !resumptive && !subordinateAfterComma && (/^\s*,\s*(?:and|but|while|although|though|as)\s/i.test(rest) ||
    (/^\s*,\s*[\p{Ll}]/u.test(rest) && !/^\s*,\s*(?:who|which|whose|when|where|adding|saying|noting|according|\w+ing)\b/i.test(rest) &&
      wordsBefore() && !left.includes(MASK)));
  const cueAfterBreak = /[,”"’'»]$/.test(leftTrim) || leftTrim.endsWith(MASK);
  const around = { left, leftTrim, afterCue, rest, reportedVia, speakerGoesOn, ends, medial, cueAfterBreak };
  cache.set(site, around);
  return around;
}
