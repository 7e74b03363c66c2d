/**
 * Finding cues: the words in a sentence that introduce someone's words ("said", "told", "according to"),
 * with the readings that rule a word out (a noun after a determiner, a passive, "would say", a plural noun
 * that looks like a verb in -s, a participle describing a noun).
 */
import { type CueEntry, cueAt } from './cues';
import { ORG_NOUNS, PERSON_NOUNS, PLURAL_BODIES, ROLE_NOUNS } from './lexicon';
import type { SentenceCtx } from './sentence';

export interface FoundCue {
  pos: number;
  end: number;
  /** The verb's entry; null for "according to". */
  entry: CueEntry | null;
  according: boolean;
}

const NEGATION = /\b(?:not|never|n't|to|declined|refused)\s*$/i;
/** Words after which a cue word is a noun: determiners, and possessives ("Thursday's report"). */
const NOUN_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|our|this|that|my|your|whose|every|each|any|no|another)|[\p{L}]['’]s?)\s*$/iu;
const MAX_CUES_PER_SENTENCE = 8;
/** Documents that speak for their authors: "The report notes that ...". */
const DOCUMENT_NOUNS = new Set('report study statement survey paper filing ruling letter memo review audit analysis judgment judgement poll'.split(' '));
/**
 * How far back the tests on the words before a cue look. Each test reads only the last few words; a bound
 * keeps a sentence of thousands of characters (a page of quoted lines with no full stop) from costing
 * its length for every word in it.
 */
const LOOK_BEHIND = 200;
/** "with one poster writing", "with Mayor Ana Ruiz stating": "with" and a short subject before a participle cue. */
export const WITH_SUBJECT = /\bwith\s+((?:[^\s,;:]+\s+){1,5})$/i;
/** Adverbs that stand between a subject and its verb without changing who speaks. */
const SUBJECT_VERB_ADVERB = /\s+(?:also|still|now|further|again|too|meanwhile|repeatedly|separately)\s+$/i;

/** The last LOOK_BEHIND characters before `at`, starting at a word boundary (a space) so no word is cut. */
function wordsBefore(m: string, at: number): string {
  const from = m.indexOf(' ', at - LOOK_BEHIND);
  return m.slice(from < 0 || from >= at ? at - LOOK_BEHIND : from, at);
}

export function findCues(ctx: SentenceCtx): FoundCue[] {
  const out: FoundCue[] = [];
  const m = ctx.masked;
  const re = /\b[A-Za-z]+\b/g;
  re.lastIndex = ctx.span.start;
  for (let w = re.exec(m); w && w.index < ctx.span.end; w = re.exec(m)) {
    if (w[0].length === 9 && /^according$/i.test(w[0]) && /^according\s+to\b/i.test(m.slice(w.index, w.index + 40))) {
      out.push({ pos: w.index, end: w.index + 'according to'.length, entry: null, according: true });
      continue;
    }
    const entry = cueAt(m, w.index, w[0]);
    if (!entry) continue;
    const sentenceStart = w.index - ctx.span.start <= LOOK_BEHIND;
    const before = sentenceStart ? m.slice(ctx.span.start, w.index) : wordsBefore(m, w.index);
    if (NEGATION.test(before) || NOUN_BEFORE.test(before)) continue;
    // "would say", "I'd recommend": what someone might say is not what they said.
    if (/(?:\b(?:would|could|might|may|can|should|must|will|shall)|['’](?:d|ll))\s+(?:\w+ly\s+|also\s+|later\s+)?$/i.test(before)) continue;
    // A bare present form ("say", "note") speaks only for a plural subject ("Officials say"), never for one
    // capitalised word ("Web developers" aside, "Please note" is an imperative).
    if (entry.form === entry.lemma && (sentenceStart ? /(?:^|[.!?]\s+|^\s*)([\p{Lu}][\p{L}'’-]*)\s+$/u : /[.!?]\s+([\p{Lu}][\p{L}'’-]*)\s+$/u).test(before)) {
      const prevWord = /([\p{L}'’-]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (!PERSON_NOUNS.has(prevWord) && !PLURAL_BODIES.has(prevWord) && !/^(?:he|she|they|we|i|it)$/.test(prevWord) && !/(?:ers|ors|ists|ians|ants|ents|ies)$/.test(prevWord)) continue;
    }
    // "-s" forms double as plural nouns ("territorial disputes", "the claims"): take them only after a subject.
    // An adverb between subject and verb ("The council also claims", "She still maintains") is looked through.
    const subjectSide = before.replace(SUBJECT_VERB_ADVERB, ' ');
    if (/[^s]s$/.test(entry.form) && entry.form !== 'says' && !/(?:\b(?:he|she|it|who|which|that)|[\p{Lu}][\p{L}'’-]*|\b\w+ly)\s+$/u.test(subjectSide)) {
      const prevWord = /([\p{L}]+)\s*$/u.exec(subjectSide)?.[1]?.toLowerCase() ?? '';
      // "Local woman claims ...", "Chairman says ...": words for a person built on -man and -woman.
      if (!PERSON_NOUNS.has(prevWord) && !ORG_NOUNS.has(prevWord) && !ROLE_NOUNS.has(prevWord) && !DOCUMENT_NOUNS.has(prevWord) && !/(?:man|woman)$/.test(prevWord)) continue;
    }
    // Passives ("had been told", "was first proposed") and nouns after prepositions ("in disputes") are not speech.
    if (/\b(?:is|are|was|were|been|being|be|am|get|got)\s+(?:\w+ly\s+|first\s+|also\s+|not\s+)?$/i.test(before)) continue;
    if (/\b(?:in|of|on|at|for|with|by|from|into|about|over|under|after|before|without|against|amid|despite)\s+$/i.test(before)) continue;
    // ", estimated at 3.1 billion": a participle describing a noun (but ", posted on social media that ..." speaks).
    const after = m.slice(w.index + entry.form.length, w.index + entry.form.length + 60);
    if (/ed$/.test(entry.form) && /,\s*$/.test(before) && /^\s+(?:at|by|in|on|as|from|for)\b/.test(after) && !/^(?:\s+[^\s,;:]+){0,6}?\s+that\b|:/.test(after)) continue;
    // A verb right after the cue is not reported speech ("what he said was"), except inside a relative
    // clause with its own speaker ("increases that tenants' groups say have priced ...").
    if (/^\s+(?:is|are|was|were|will|would|could|can|should|must|may|might|has|have|had)\b/.test(m.slice(w.index + entry.form.length, w.index + entry.form.length + 10)) &&
      !/\b(?:that|which)\s+(?:[\p{L}'’-]+\s+){1,5}$/u.test(before)) continue;
    // "found" and "ruled" report only a finding introduced by "that": "had found nothing wrong", "ruled out".
    if ((entry.lemma === 'find' || entry.lemma === 'rule') && !/^\s+(?:also\s+|further\s+)?(?:[\w-]+\s+){0,3}?that\b/i.test(after)) continue;
    // "-ing" forms are cues only as participles after a comma (", saying ...") or in "speaking"-less frames.
    // Also "with S writing ...", "with the agency reporting ...": a participle whose subject follows "with".
    if (entry.form.endsWith('ing') && !/,\s*$/.test(before) && !WITH_SUBJECT.test(before)) continue;
    out.push({ pos: w.index, end: w.index + entry.form.length, entry, according: false });
    re.lastIndex = w.index + entry.form.length;
    // Real sentences carry a few cues; a run of hundreds is not prose, and must not cost the page time.
    if (out.length >= MAX_CUES_PER_SENTENCE) break;
  }
  return out;
}

/**
 * "Ana Ruiz, who has often said the bridge was unsafe, said her party backed the plan": a cue inside a
 * relative clause set off by commas is background about the subject; when the sentence's own cue follows
 * the clause, only that one is read (the clause would otherwise take the subject's claim).
 */
export function outsideRelativeClauses<T extends { pos: number; entry?: CueEntry | null }>(ctx: SentenceCtx, cues: T[]): T[] {
  if (cues.length < 2) return cues;
  const clauses = [...ctx.masked.slice(ctx.span.start, ctx.span.end).matchAll(/,\s*(?:who|whose|which)\b[^,;:]*,/giu)]
    .map((m) => ({ start: ctx.span.start + m.index!, end: ctx.span.start + m.index! + m[0].length }));
  if (clauses.length === 0) return cues;
  return cues.filter((c) => {
    // "whose party has often accused X of Y": an accusation has its own accuser and stops at the clause's
    // comma (rules/accusation.ts), so it cannot take the subject's claim; it is a claim of its own.
    if (c.entry?.frame.accusation) return true;
    const inside = clauses.find((r) => c.pos > r.start && c.pos < r.end);
    return !inside || !cues.some((o) => o.pos >= inside.end);
  });
}
