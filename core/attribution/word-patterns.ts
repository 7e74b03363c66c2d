/**
 * Word patterns several attribution modules read: auxiliaries, tense, pronoun subjects, adverbials before a
 * subject and adjuncts after a cue. Kept in one place so that "what counts as a clause" means the same in
 * the clause reader, the subject reader and the rules.
 */
export const AUX = /\b(?:is|are|was|were|will|would|could|can|should|must|may|might|had|has|have|did|does|do|shall|won't|can't|isn't|wasn't|didn't|doesn't|aren't|weren't|hasn't|haven't|hadn't)\b/i;
export const SUBJECT_PRONOUN = /^\s*(?:he|she|it|they|we|i|there|you)\b/i;
export const PAST_TENSE = /\b(?:[a-z]{3,}ed|took|made|went|came|saw|gave|found|got|left|kept|lost|paid|sold|thought|brought|bought|held|ran|fell|rose|grew|won|began|became|knew|met|spent|sent|built|broke|chose|drove|fought|led|meant|stood|understood|spoke|fled|struck|sank|threw|wore|froze|forgot|rang|drank|ate|flew|hung|lay|lit|read|rode|shook|shut|slept|stole|swam|taught|tore|woke|wept|felt|heard|told|said)\b/;
export const ADVERBS_BEFORE_CUE = /(?:\s+(?:has|have|had|also|previously|repeatedly|publicly|privately|later|earlier|again|then|once|would|will|recently|reportedly|now|further|separately|already|since|long|often|always|first|initially|subsequently|today|yesterday|last\s+\w+|this\s+week|on\s+\w+day|at\s+the\s+time|in\s+\w+))*\s*$/i;
export const LEADING_ADVERBIAL = /^\s*(?:(?:\w+\s+)?(?:hours|days|weeks|months|years|minutes|moments)\s+(?:after|before|later|earlier|into)|in|on|at|after|before|during|outside|inside|speaking|asked|earlier|later|yesterday|today|meanwhile|however|still|yet|but|and|separately|instead|also|addressing|writing|responding|interviewed|pressed|back|last|this|since|for|with|under|over|when|as|while|from|following|despite|by|then|now|so|of|about|regarding|concerning|according\s+to)\b/i;
/**
 * Circumstances right after a cue: when, where, and through what ("in a statement posted online on Tuesday",
 * "in an interview with the Courier"), skipped before the reported words.
 */
export const ADJUNCT_AFTER_CUE = /^(?:\s*,?\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year|night|\w+day)|this\s+(?:week|month|year|morning)|yesterday|today|earlier|later|previously|also|again|recently|publicly|privately|repeatedly|(?:a\s+few|\w+)\s+(?:minutes|hours|days|weeks)\s+ago|outside\s+(?:the\s+)?\w+(?:\s+\w+)?|(?:in|on|at|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|letter|memo|post|tweet|email|report|speech|ruling|release|briefing|conference|testimony|filing|podcast|video|message|remarks|address|announcement|note|call|hearing|rally|meeting|event|session|debate|broadcast|appearance|summit|update|notice|bulletin|newsletter|posting|paper|dossier|submission)(?![\p{L}-])(?:\s+(?:paper|note|notes|document|pack))?(?:\s+(?:with|to|on|at|in)\s+(?:the\s+)?[\p{Lu}\w][\w\p{L}'’-]*(?:\s+[\p{Lu}][\w\p{L}'’-]*)*)?(?:\s+(?:posted|published|issued|released|sent|shared|read|delivered)(?:\s+(?:online|late|early|yesterday|today|on\s+(?:its|their|his|her|the)\s+[\w-]+|on\s+[\w-]+|in\s+[\w-]+|to\s+(?:the\s+)?(?:lawmakers|legislators|members|parliament|shareholders|investors|staff|employees|parents|residents|MPs|senators|councillors|regulators|journalists|reporters)|last\s+(?:week|month|night|year)))*)?|on\s+(?:social\s+media|instagram|twitter|x|facebook|linkedin|television|tv|radio|air)|in\s+(?!(?:its|his|her|their|the|a|an|this|that|these|those|our|my|your)\b)[\p{Lu}][\p{L}-]+))*/iu;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** A time phrase opening a sentence, followed by the subject with no comma between. */
export const TIME_LEAD = new RegExp(
  `^\\s*(?:(?:last|this|next|earlier\\s+this|later\\s+that|late\\s+last|early\\s+this)\\s+(?:week|month|year|night|morning|spring|summer|autumn|fall|winter|\\w+day)|(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?|in\\s+(?:${MONTH}|\\d{4})|on\\s+${MONTH}\\s+\\d{1,2}|yesterday|today|tonight|earlier|later)\\s+(?=(?:the|a|an|his|her|its|their|[\\p{Lu}]))`,
  'iu',
);
export const CLAUSE_START_WORDS = new Set('the a an his her its their he she it they we i there this these those no some all each every any many most our your'.split(' '));
/**
 * An infinitive after an object of a few words: "urged residents in the warning zone to pack", not "grants of
 * up to 5,000" nor "grants to farmers" (a plural noun of people after "to" is where, not what).
 */
export const INFINITIVE = /^\s*(?:[^\s,;:]+\s+){0,10}?to\s+(?!the\b|a\b|an\b|\d|[a-z]+(?:ers|ors|ists|ians|ants|ents)\b)[a-z]+/i;
/** An appositive that is a participle phrase: the circumstances of speaking, never a role or a kind. */
export const CIRCUMSTANCE = /^\s*[\p{Ll}]+ing\b/u;
