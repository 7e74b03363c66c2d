/**
 * How sure attribution is of each kind of claim, in one table: the popup shows it, and a reader filtering
 * for firm claims relies on the order more than on the numbers. The values rank the patterns by how often
 * the fixtures showed each one to be right, with a named speaker outranking a pronoun (coreference is the
 * likeliest error) and a quote with no cue of its own ranking lowest.
 */
export const CONFIDENCE = {
  /** '"Q," said Tom Becker.': the cue and a named speaker right after the words; almost never wrong. */
  inverted: 0.9,
  /** '"Q," Becker said.': a named subject right before the cue. */
  postposedNamed: 0.9,
  /** '"Q," she said.': the same with a pronoun, which coreference may read wrongly. */
  postposedPronoun: 0.85,
  /** 'S said that CLAUSE' or 'S said: "Q"': "that" or the colon marks the reported words. */
  preposedMarked: 0.9,
  /** 'S said CLAUSE': where the clause starts is read from the words, with no "that" to mark it. */
  preposedBare: 0.8,
  /** Indirect words (no quotation) are paraphrase: a little less certain than the same frame quoted. */
  indirectFactor: 0.95,
  /** 'the increases that tenants say have priced ...': a cue inside a relative clause. */
  relativeClause: 0.8,
  /** 'S said:' closing a paragraph: the quote is in the next one. */
  colonOnly: 0.8,
  /** 'According to S, CLAUSE' / 'CLAUSE, according to S': the source is explicit, the span of words less so. */
  according: 0.85,
  /** '"Q" — S': a signature; the dash could also be an aside. */
  signature: 0.85,
  /** 'S was blunt: "Q"': no speech verb, only the colon and a predicate about how it was put. */
  colonIntroduced: 0.7,
  /** A sentence that is only a quote, after the same speaker's claim in the paragraph. */
  continuationInParagraph: 0.8,
  /** A quoted paragraph in a quote running over paragraphs, or after 'S said:' at the previous paragraph's end. */
  continuationAcrossParagraphs: 0.75,
  /** 'Rourke: Why choirs?': a transcript turn labelled with a person already named; no cue, but the label is explicit. */
  transcriptTurn: 0.75,
  /** 'Vane laughs. "Q"': the person of a short action sentence right before a quote with no cue. */
  actionBeat: 0.7,
  /** A paragraph that is one quote, given to the speaker of the claim before it or named after it. */
  quoteParagraph: 0.7,
} as const;
