/**
 * Clause boundaries: whether words read as a clause, where the reported clause after a cue starts (past
 * adjuncts, the listener of "told", and "that") and where it ends (the sentence's end, or the next
 * attribution in it).
 */
import { adjunctLength } from './manner-adjuncts';
import { MASK } from './quotes';
import type { CueEntry } from './cues';
import { isCapitalised, tokenize } from './tokens';
import type { SentenceCtx } from './sentence';
import { ADJUNCT_AFTER_CUE, ADVERBS_BEFORE_CUE, AUX, CLAUSE_START_WORDS, INFINITIVE, PAST_TENSE, SUBJECT_PRONOUN } from './word-patterns';

export function looksLikeClause(ctx: SentenceCtx, start: number, end: number): boolean {
  const body = ctx.masked.slice(start, end);
  if (body.includes(MASK)) return true;
  const head = body.split(/\s+/).slice(0, 14).join(' ');
  if (/^\s*(?:nothing|little|anything|something)\b(?!\s+(?:was|is|were|had|has|would|could|will|can|should|of\s+\w+\s+(?:was|is)))/i.test(body)) return false;
  // "wants to", "says that": a verb in -s before its complement ("euros to farmers" is a noun and a place).
  return AUX.test(head) || SUBJECT_PRONOUN.test(body) || PAST_TENSE.test(head) ||
    /\b\w+s\s+(?:that|to\s+(?!the\b|a\b|an\b|\d|[a-z]+(?:ers|ors|ists|ians|ants|ents)\b)[a-z]+)\b/.test(head);
}

/** Where the reported clause after a cue starts: past adjuncts, the listener of "told", and "that". */
export function clauseStart(ctx: SentenceCtx, cue: CueEntry, from: number, end: number): number {
  const m = ctx.masked;
  let pos = from;
  pos += adjunctLength(m.slice(pos, end));
  const window = m.slice(pos, end);
  const thatMatch = /^((?:\s+[^\s,;:]+){0,9}?)\s+that\b/i.exec(window);
  // Between a cue and its "that" only circumstances may stand ("said on Monday that"), or the listener of
  // "told"; "reported earnings that topped estimates" is a relative clause, not reported speech.
  const gapOk = (gap: string) => cue.frame.object || gap.trim() === '' ||
    /^\s*(?:on|in|at|during|last|this|earlier|later|yesterday|today|previously|also|again|repeatedly|publicly|privately|recently|separately|after|before|over|via|through|to|with|by|for|from|early|late|once|then|further|both|now|shortly|soon)\b/i.test(gap);
  // "says that is what you can expect": here "that" is the subject, not the start of the clause.
  const demonstrative = thatMatch && /^\s+(?:is|was|would|will|could|has|had|can|may|might|should|must)\b/.test(window.slice(thatMatch[0].length));
  // "said in a statement after the episode was released that ...": a time clause before "that" may hold a verb.
  const timeClause = thatMatch !== null && /^\s*(?:after|before|when|once|shortly\s+after|soon\s+after)\s+(?:the|a|an|its|his|her|their)\s/i.test(thatMatch[1]);
  if (thatMatch && !demonstrative && gapOk(thatMatch[1]) && (timeClause || (!AUX.test(thatMatch[1]) && !PAST_TENSE.test(thatMatch[1]) && !SUBJECT_PRONOUN.test(thatMatch[1])))) {
    return pos + thatMatch[0].length;
  }
  if (cue.frame.infinitive && INFINITIVE.test(m.slice(pos, end)) && !/^\s*that\b/.test(m.slice(pos, end))) return pos;
  if (cue.frame.object) {
    // "told reporters the company could not afford ...": the listener runs until the clause's subject.
    const toks = tokenize(m, pos, end);
    let k = 0;
    if (toks.length && !CLAUSE_START_WORDS.has(toks[0].text.toLowerCase())) {
      k = 1;
      while (k < toks.length && k < 5 && !CLAUSE_START_WORDS.has(toks[k].text.toLowerCase()) && isCapitalised(toks[k].text) === isCapitalised(toks[k - 1].text)) k++;
    } else if (toks.length > 1 && /^(?:the|a|an)$/i.test(toks[0].text)) {
      // "told the Arden Courier: ..." / "told the briefing (that)"
      k = 1;
      while (k < toks.length && k < 5 && isCapitalised(toks[k].text)) k++;
      // "told the council he took no pleasure", "told the jury she had": a common-noun listener, then a
      // clause opening on a subject pronoun.
      if (k === 1 && toks.length > 2 && /^(?:he|she|they|it|we|i)$/i.test(toks[2].text)) k = 2;
      else if (k === 1 && toks.length > 3 && !isCapitalised(toks[2].text) && /^(?:he|she|they|we|i)$/i.test(toks[3].text)) k = 3;
      if (k === 1) k = 0;
    }
    // Five words of object with no clause in sight is no listener: "promised grants of up to 5,000 euros".
    const listenerEnds = k < 5 || CLAUSE_START_WORDS.has(toks[k]?.text.toLowerCase() ?? '') || isCapitalised(toks[k]?.text ?? '');
    if (k > 0 && k < toks.length && listenerEnds) {
      const rest = toks[k].start;
      const tail = m.slice(rest, end);
      if (/^\s*(?:in|at|on)\s/i.test(tail)) {
        const adj2 = ADJUNCT_AFTER_CUE.exec(tail);
        if (adj2 && adj2[0].length) return rest + adj2[0].length;
      }
      return rest;
    }
  }
  return pos;
}

/** End of a reported clause: sentence end or the start of the next attribution in the same sentence. */
export function clauseEnd(ctx: SentenceCtx, start: number, end: number, nextCueStarts: number[]): number {
  let e = end;
  for (const c of nextCueStarts) {
    if (c <= start || c >= e) continue;
    const before = ctx.masked.slice(start, c);
    // Case-sensitive on purpose: with /i, [\p{Lu}] matches any word, and "were concerned and had asked"
    // would read "had" as the name of a new subject.
    const coord = /(?:,\s*(?:and|but|while|whereas|although|though|as|when|after|before)?|\s(?:and|but|while|as|when|whereas))\s+(?:(?:[\p{Lu}][\p{L}'’-]*|he|she|they|it|we|analysts|officials|critics|observers|experts|the\s+\w+|[a-z]+s)\s+)*(?:also\s+|later\s+)?$/u.exec(before);
    if (coord) {
      e = start + coord.index;
      break;
    }
  }
  const tail = ctx.masked.slice(start, e);
  const according = /,\s*according to\b/i.exec(tail);
  if (according) e = start + according.index;
  // ", pointing to ...", ", and pointed to ...": the evidence the speaker offered for the claim, not the claim.
  // ", and singled out the prop", ", and challenged the government to ...": after a comma, "and" with a verb in
  // the past and no subject of its own is what the speaker did next, not more of what was said.
  const participle = /,\s*(?:blaming|citing|adding|saying|noting|arguing|insisting|warning|pointing\s+to)\b|,\s*and\s+(?:pointed\s+to|cited)\b|,\s*with\s+(?:[^\s,;:]+\s+){1,5}(?:reporting\s+that|saying|writing|stating|adding|noting|arguing|warning|claiming|insisting|telling)\b/i.exec(ctx.masked.slice(start, e));
  if (participle) e = start + participle.index;
  // ", and singled out the prop", ", and challenged the government to ...": after a comma, "and" with a verb
  // in the past and no subject of its own, then its object, is what the speaker did next, not more of what
  // was said (auxiliaries and participles used as adjectives excepted).
  const nextAct = /,\s*and\s+(?:then\s+|also\s+|later\s+)?(?!(?:had|was|were|has|have|would|could|should|needed|used|based|owned|related|limited|expected|estimated)\b)[a-z]{3,}ed\s+(?:out\s+|on\s+|up\s+)?(?:the|a|an|his|her|their|its|[\p{Lu}]|(?:[\p{Ll}]+\s+){1,2}[\p{Lu}])/u.exec(ctx.masked.slice(start, e));
  if (nextAct) e = start + nextAct.index;
  return e;
}

/**
 * "Experts not involved in the study said", "Some workers interviewed by the paper said": a participle saying
 * which of them, between the speaker and the cue. Only participles of being asked or taking part, so that
 * "The council voted in May said" stays no speaker.
 */
const PARTICIPLE_POSTMODIFIER = /^\s+(?:not\s+)?(?:involved|interviewed|quoted|contacted|questioned|surveyed|polled|consulted|briefed|familiar)\s+(?:in|by|with|on)\s+[^,;:.]{1,60}$/i;

/** The words between a possible speaker and the cue: nothing, or auxiliaries and adverbs only. */
export function adjacentToCue(between: string): boolean {
  // "Wessex and Midland Examinations (WME) said", "Sen. Ana Ruiz (D-Ohio) said": a short aside in brackets
  // right after the name is part of how the speaker is named.
  const rest = between.replace(/^\s*\([^()]{1,30}\)/, '');
  return ADVERBS_BEFORE_CUE.exec(rest.replace(/^\s*,/, '').replace(PARTICIPLE_POSTMODIFIER, ''))?.index === 0;
}
