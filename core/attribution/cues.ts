/**
 * The cue lexicon: verbs and nouns that introduce someone's words.
 *
 * Each verb carries what it takes after it, because that decides whether a sentence is a claim at all:
 * "posted a screenshot" and "promised emergency grants" are not statements, "posted that ..." is.
 * Cognition verbs ("realised", "believes") are left out on purpose: they report a state of mind, not speech.
 */

/** What may follow the verb for the sentence to be a reported statement. */
export interface CueFrame {
  /** A clause, with or without "that": "said (that) ...". */
  clause: boolean;
  /** An object before the clause: "told reporters (that) ...". */
  object: boolean;
  /** An infinitive, possibly after an object: "urged delegates to ...", "vowed to ...". */
  infinitive: boolean;
  /** A gerund: "denied taking ...". */
  gerund: boolean;
  /** "accused X of ...". */
  accusation: boolean;
  /** Only introduces quoted words ("asked", "joked"): never an indirect claim. */
  quoteOnly: boolean;
  /** A reported clause only with "that" ("posted that ...", not "posted a screenshot ..."). */
  thatOnly: boolean;
}

export interface CueEntry {
  form: string;
  lemma: string;
  frame: CueFrame;
}

const F = (flags: string): CueFrame => ({
  clause: flags.includes('c'),
  object: flags.includes('o'),
  infinitive: flags.includes('i'),
  gerund: flags.includes('g'),
  accusation: flags.includes('a'),
  quoteOnly: flags.includes('q'),
  thatOnly: flags.includes('t'),
});

/** Irregular or hard-to-inflect verbs: lemma, forms, frame flags. */
const IRREGULAR: [string, string[], string][] = [
  ['say', ['say', 'says', 'said', 'saying'], 'c'],
  ['tell', ['tell', 'tells', 'told', 'telling'], 'co'],
  ['write', ['write', 'writes', 'wrote', 'writing', 'written'], 'ct'],
  ['forecast', ['forecast', 'forecasts', 'forecasting'], 'c'],
  ['put it', ['put it', 'puts it', 'putting it'], 'q'],
  ['go on', ['went on', 'goes on', 'going on'], 'cq'],
  ['point out', ['point out', 'points out', 'pointed out', 'pointing out'], 'c'],
  ['call on', ['call on', 'calls on', 'called on', 'calling on'], 'i'],
  ['call for', ['call for', 'calls for', 'called for', 'calling for'], 'i'],
  ['spell out', ['spelled out', 'spelt out', 'spells out'], 'c'],
  ['admit', ['admit', 'admits', 'admitted', 'admitting'], 'cg'],
  ['deny', ['deny', 'denies', 'denied', 'denying'], 'cg'],
  ['reply', ['reply', 'replies', 'replied', 'replying'], 'c'],
  ['testify', ['testify', 'testifies', 'testified', 'testifying'], 'c'],
  ['signal', ['signal', 'signals', 'signalled', 'signaled', 'signalling'], 'c'],
  ['quip', ['quip', 'quips', 'quipped', 'quipping'], 'q'],
  ['tweet', ['tweet', 'tweets', 'tweeted', 'tweeting'], 'ct'],
  ['post', ['posted', 'posts'], 'ct'],
  ['rebut', ['rebutted', 'rebuts'], 'c'],
  ['concur', ['concurred', 'concurs'], 'c'],
  // "object" and "counter" as bare words are mostly nouns.
  ['object', ['objected'], 'c'],
  // Reports and inquiries: "found that ..." only; "found the body" or "found a job" are not findings.
  ['find', ['found', 'finds', 'finding'], 'ct'],
  // Courts: "ruled that ..." and ", ruling that ..." only; "rule" and "rules" are nearly always the noun, and
  // "ruled out" or "ruled the country" are not speech.
  ['rule', ['ruled', 'ruling'], 'ct'],
  // "state" only in its verb forms: the bare word is nearly always the noun.
  ['state', ['stated', 'states', 'stating'], 'c'],
  ['prophesy', ['prophesied'], 'c'],
];

/** Regular verbs, inflected below: lemma and frame flags. */
const REGULAR: [string, string][] = [
  ['add', 'c'], ['argue', 'c'], ['claim', 'c'], ['insist', 'c'], ['warn', 'coi'], ['stress', 'c'],
  ['note', 'c'], ['explain', 'c'], ['concede', 'c'], ['acknowledge', 'cg'], ['announce', 'c'],
  ['assert', 'c'], ['confirm', 'c'], ['contend', 'c'], ['declare', 'c'], ['emphasise', 'c'], ['emphasize', 'c'],
  ['estimate', 'c'], ['hint', 'c'], ['maintain', 'c'], ['observe', 'c'], ['predict', 'c'], ['recall', 'cq'],
  ['remark', 'c'], ['report', 'ct'], ['respond', 'c'], ['reveal', 'c'], ['suggest', 'c'], ['complain', 'c'],
  ['agree', 'ct'], ['allege', 'c'], ['boast', 'c'], ['caution', 'coi'], ['conclude', 'c'], ['disclose', 'c'],
  ['indicate', 'c'], ['mention', 'c'], ['promise', 'coi'], ['pledge', 'ci'], ['vow', 'ci'], ['reiterate', 'c'],
  ['repeat', 'c'], ['counter', 'c'], ['retort', 'c'], ['protest', 'c'], ['speculate', 'c'],
  ['affirm', 'c'], ['answer', 'c'], ['inform', 'co'], ['assure', 'co'], ['remind', 'co'],
  ['urge', 'i'], ['threaten', 'i'], ['accuse', 'a'], ['ask', 'q'], ['shout', 'q'], ['joke', 'cq'], ['exclaim', 'q'],
  ['laugh', 'q'], ['sigh', 'q'], ['whisper', 'q'], ['muse', 'q'], ['continue', 'q'], ['reflect', 'q'],
  ['advise', 'coi'], ['acknowledge', 'cg'], ['assess', 'c'], ['surmise', 'c'], ['guarantee', 'c'],
  ['proclaim', 'c'], ['pronounce', 'c'], ['demand', 'ci'], ['propose', 'c'], ['recommend', 'c'], ['insinuate', 'c'],
  ['lament', 'c'], ['complain', 'c'], ['grumble', 'c'], ['concede', 'c'], ['reassure', 'co'], ['clarify', 'c'],
  ['estimate', 'c'], ['explain', 'c'], ['underline', 'c'], ['highlight', 'c'], ['acknowledge', 'cg'],
  ['caution', 'coi'], ['forewarn', 'coi'], ['urge', 'i'], ['implore', 'i'],
  ['blog', 'ct'], ['tell', 'co'],
  // A witness "accepted that ..." under cross-examination concedes a statement; "accepted the offer" is none.
  ['accept', 'ct'],
  // "commented, "Q"" and "commented that ..."; "commented on the plan" is a prepositional object, no claim.
  ['comment', 'c'],
  // Indian English reporting: "opined that the corporation had slept for three years".
  ['opine', 'c'],
];

const DOUBLED = new Set(['admit', 'blog', 'signal', 'quip', 'rebut']);

function inflect(lemma: string): string[] {
  if (lemma.endsWith('e')) return [lemma, lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing'];
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [lemma, lemma + 'es', lemma + 'ed', lemma + 'ing'];
  if (DOUBLED.has(lemma)) {
    const d = lemma + lemma.slice(-1);
    return [lemma, lemma + 's', d + 'ed', d + 'ing'];
  }
  return [lemma, lemma + 's', lemma + 'ed', lemma + 'ing'];
}

function build(): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  for (const [lemma, forms, flags] of IRREGULAR) {
    for (const form of forms) map.set(form, { form, lemma, frame: F(flags) });
  }
  for (const [lemma, flags] of REGULAR) {
    for (const form of inflect(lemma)) if (!map.has(form)) map.set(form, { form, lemma, frame: F(flags) });
  }
  return map;
}

export const CUE_VERBS: ReadonlyMap<string, CueEntry> = build();

/** Longest cue first so "pointed out" wins over a bare word. */
const MULTI_WORD = [...CUE_VERBS.keys()].filter((k) => k.includes(' '));

/** The cue verb starting at `pos` in `text` (lower-case match, whole words), if any. */
const MULTI_BY_FIRST = new Map<string, string[]>();
for (const form of MULTI_WORD) {
  const first = form.split(' ')[0];
  MULTI_BY_FIRST.set(first, [...(MULTI_BY_FIRST.get(first) ?? []), form]);
}

/** Shared by every word that starts no multi-word cue (most words), so none allocates a list. */
const NO_FORMS: readonly string[] = [];

export function cueAt(text: string, pos: number, word?: string): CueEntry | null {
  const w = word ?? /^[a-z]+/.exec(text.slice(pos, pos + 20))?.[0];
  if (!w) return null;
  for (const form of MULTI_BY_FIRST.get(w) ?? NO_FORMS) {
    if (text.startsWith(form, pos) && !/[\p{L}]/u.test(text[pos + form.length] ?? '')) return CUE_VERBS.get(form)!;
  }
  return CUE_VERBS.get(w) ?? null;
}

/**
 * Nouns that name the channel of a statement ("in a statement", "in an interview with ..."). They never
 * make a claim on their own, but they are skipped between a verb and its clause and stripped from
 * "according to a statement from X", and they raise confidence that what follows is speech.
 */
export const NOUN_CUES = [
  'statement', 'interview', 'letter', 'memo', 'post', 'tweet', 'email', 'e-mail', 'report', 'speech', 'ruling',
  'press release', 'briefing', 'news conference', 'press conference', 'testimony', 'filing', 'blog post', 'op-ed',
  'podcast', 'video', 'message', 'remarks', 'address', 'announcement', 'note', 'submission', 'court filing',
  'judgment', 'judgement', 'affidavit', 'broadcast', 'televised address', 'radio interview', 'call',
];

/** The channel nouns as one alternation for a RegExp, a hyphen or a space matching either. */
export const NOUN_CUE_PATTERN = NOUN_CUES.map((n) => n.replace(/[-\s]/g, '[-\\s]')).join('|');

export const NOUN_CUE_RE = new RegExp(
  `\\b(?:in|during|on|at|via|through)\\s+(?:an?|the|his|her|its|their|a\\s+\\w+)?\\s*(?:\\w+\\s+)?(?:${NOUN_CUE_PATTERN})\\b`,
  'i',
);
