/**
 * Claim assembly: finds each cue in a sentence, decides which side of it the speaker and the reported words
 * are on, and turns that into one claim per cue (coordinated clauses under one cue stay one claim; a quote
 * interrupted by its attribution gives one claim per quoted stretch).
 *
 * Works on the paragraph with quoted words masked, so nothing inside a quote is ever read as a cue or a name.
 */
import type { ClaimKind } from './types';
import { MASK, type QuoteSpan, maskQuotes, scanQuotes } from './quotes';
import { splitSentences, type Span } from './sentences';
import { type CueEntry, NOUN_CUE_PATTERN, cueAt } from './cues';
import { type SpeakerPhrase, isCapitalised, readName, readSpeakerPhrase, tokenize } from './names';
import { type Entity, type SpeakerRegistry, initialsOf } from './registry';
import { GENDERED_ROLES, GIVEN_NAME_GENDER, ORG_HEADS, ORG_NOUNS, PERSON_NOUNS, PLACE_HEADS, PLURAL_BODIES, ROLE_NOUNS } from './lexicon';

export interface DraftClaim {
  entity: Entity;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  kind: ClaimKind;
  cue: string;
  confidence: number;
  /** Shown text when it is not simply the span (a quote split by its attribution). */
  text?: string;
  /** The paragraph a claim belongs to when it was resolved while reading a later one. */
  origin?: { base: number; text: string };
}

const AUX = /\b(?:is|are|was|were|will|would|could|can|should|must|may|might|had|has|have|did|does|do|shall|won't|can't|isn't|wasn't|didn't|doesn't|aren't|weren't|hasn't|haven't|hadn't)\b/i;
const SUBJECT_PRONOUN = /^\s*(?:he|she|it|they|we|i|there|you)\b/i;
const PAST_TENSE = /\b(?:[a-z]{3,}ed|took|made|went|came|saw|gave|found|got|left|kept|lost|paid|sold|thought|brought|bought|held|ran|fell|rose|grew|won|began|became|knew|met|spent|sent|built|broke|chose|drove|fought|led|meant|stood|understood|spoke|fled|struck|sank|threw|wore|froze|forgot|rang|drank|ate|flew|hung|lay|lit|read|rode|shook|shut|slept|stole|swam|taught|tore|woke|wept|felt|heard|told|said)\b/;
const NEGATION = /\b(?:not|never|n't|to|declined|refused)\s*$/i;
/** Words after which a cue word is a noun: determiners, and possessives ("Thursday's report"). */
const NOUN_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|our|this|that|my|your|whose|every|each|any|no|another)|[\p{L}]['’]s?)\s*$/iu;
const ADVERBS_BEFORE_CUE = /(?:\s+(?:has|have|had|also|previously|repeatedly|publicly|privately|later|earlier|again|then|once|would|will|recently|reportedly|further|separately|already|since|long|often|always|first|initially|subsequently|today|yesterday|last\s+\w+|this\s+week|on\s+\w+day|at\s+the\s+time|in\s+\w+))*\s*$/i;
const LEADING_ADVERBIAL = /^\s*(?:in|on|at|after|before|during|outside|inside|speaking|asked|earlier|later|yesterday|today|meanwhile|however|still|yet|but|and|separately|instead|also|addressing|writing|responding|interviewed|pressed|back|last|this|since|for|with|under|over|when|as|while|from|following|despite|by|then|now|so)\b/i;
const ADJUNCT_AFTER_CUE = /^(?:\s*,?\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year|night|\w+day)|this\s+(?:week|month|year|morning)|yesterday|today|earlier|later|previously|also|again|recently|publicly|privately|repeatedly|outside\s+(?:the\s+)?\w+(?:\s+\w+)?|(?:in|on|at|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|letter|memo|post|tweet|email|report|speech|ruling|release|briefing|conference|testimony|filing|podcast|video|message|remarks|address|announcement|note|call|hearing|rally|meeting|event|session|debate|broadcast|appearance|summit)(?:\s+(?:with|to|on|at|in)\s+(?:the\s+)?[\p{Lu}\w][\w\p{L}'’-]*(?:\s+[\p{Lu}][\w\p{L}'’-]*)*)?|on\s+(?:social\s+media|instagram|twitter|x|facebook|linkedin|television|tv|radio|air)|in\s+[\p{Lu}][\p{L}-]+))*/iu;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** A time phrase opening a sentence, followed by the subject with no comma between. */
const TIME_LEAD = new RegExp(
  `^\\s*(?:(?:last|this|next|earlier\\s+this|later\\s+that|late\\s+last|early\\s+this)\\s+(?:week|month|year|night|morning|spring|summer|autumn|fall|winter|\\w+day)|(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?|in\\s+(?:${MONTH}|\\d{4})|on\\s+${MONTH}\\s+\\d{1,2}|yesterday|today|tonight|earlier|later)\\s+(?=(?:the|a|an|his|her|its|their|[\\p{Lu}]))`,
  'iu',
);
const CLAUSE_START_WORDS = new Set('the a an his her its their he she it they we i there this these those no some all each every any many most our your'.split(' '));
const DOCUMENT_SUBJECT = /^\s*(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:report|study|statement|survey|letter|memo|analysis|review|audit|filing|document|ruling|paper|investigation|inquiry)(?:\s+(?:also|further|later|previously|earlier|too))?\s*$/i;
const ORG_HEADS_LOWER = (w: string) => ORG_HEADS.has(w.toLowerCase());
/** "the new company" is no name for a body; "the planning inspectorate" is. */
const GENERIC_MODIFIERS = new Set('new old same other first second third last next big small large largest biggest main whole entire former current local'.split(' '));
const MAX_CUES_PER_SENTENCE = 8;
/** How far before a cue its speaker can be: a subject with its appositives fits easily. */
const SUBJECT_WINDOW = 400;
const DOCUMENT_OWNED = /^(\s*(?:the\s+)?[^,]+?)['’]s?\s+(?:[\w-]+\s+)?(?:report|study|statement|survey|letter|memo|analysis|review|audit|filing|document|ruling|paper|website|announcement)\s*$/i;
/** Nouns for works whose title follows them: the capitalised words after them are a title, not a person. */
const WORK_NOUNS = new Set('journal newspaper magazine paper book novel memoir film documentary album song series programme program show podcast play opera website blog newsletter ship vessel yacht'.split(' '));
/** An appositive that is a participle phrase: the circumstances of speaking, never a role or a kind. */
const CIRCUMSTANCE = /^\s*[\p{Ll}]+ing\b/u;
/** What follows a cue in a relative clause when the reported words are the relative clause's own verb. */
const RELATIVE_VERB = /^\s*(?:will|would|could|can|should|may|might|must|is|are|was|were|has|have|had|cost|costs|puts|put|threatens|threaten)\b/i;
/** Verbs whose object is who was spoken to: "told ABY Radio ...", "assured Mrs Lee": never the speaker a pronoun means. */
const LISTENER_BEFORE = new Set('told tells telling informed assured reminded warned urged asked thanked'.split(' '));
const OBLIQUE = new Set('than like with to for about by of from at on in into against without as toward towards among between behind beside'.split(' '));
/** A possessive and a few describing words before a name: "her new £140,000", "Rayne's black". */
const POSSESSED = /(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our|[\p{Lu}][\p{L}'’-]*['’]s)\s+(?:(?!(?:husband|wife|son|daughter|brother|sister|partner|mother|father|friend|colleague|boss|manager|lawyer|solicitor|agent|spokesman|spokeswoman|spokesperson)\b)(?:[\p{Ll}][\p{L}-]*|[£$€]?\d[\d,.]*[kmb]?)\s+){1,3}$/u;

const ROLE_BEFORE_NAME = /(?:^|\s)(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[\p{Lu}][\p{L}'’-]*['’]s)\s+((?:[\p{L}-]+\s+){0,2}([\p{L}-]+))\s*,\s*$/u;

const CHANNEL_AFTER_CUE = new RegExp(
  `^\\s*,\\s*(?:in|during|at|on|via|through)\\s+(?:(?:a|an|the|his|her|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}(?:${NOUN_CUE_PATTERN})\\b`,
  'i',
);

/** The listener right after "told", "assured", "warned": a name, a pronoun, or a short noun phrase. */
const OBJECT_AFTER_CUE =
  /^\s*(?:(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*|him|her|them|us|me|(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}][\p{L}'’-]*\s+)?[\p{Ll}][\p{L}'’-]*)\b/u;

const OBLIQUE_APPOSITIVE =
  /\b(?:than|with|to|for|about|by|of|from|at|on|against|toward|towards|among|between)\s+(?:the|a|an|his|her|their|its|[\p{Lu}][\p{L}'’-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}([\p{L}'’-]+)\s*,\s*$/u;
const OBLIQUE_MODIFIED =
  /\b(?:than|with|to|for|about|by|of|from|at|on|against|toward|towards|among|between)\s+(?:(?!(?:that|who|which|whom|when|while|where|and|but|or|because|if|as|said|says|told)\b)(?:the|a|an|his|her|their|its|[\p{Lu}][\p{L}'’-]*['’]s|[\p{Ll}][\p{Ll}'’-]*)\s+){1,3}$/u;

/**
 * A name that is an object too: in apposition to a person after a preposition ("spoke to the club's owner,
 * Harold Beckwith,"), or after a preposition and its modifiers ("a challenge on Brackenfield's Jonny Ives",
 * "by referee Paul Kerrigan"). "with the last attack of the game, Amankwah rose" is a subject: the noun
 * before the comma is not a person.
 */
function obliqueBeforeName(before: string): boolean {
  const appositive = OBLIQUE_APPOSITIVE.exec(before);
  if (appositive) {
    const head = appositive[1].toLowerCase();
    return ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head);
  }
  return OBLIQUE_MODIFIED.test(before);
}

/**
 * An infinitive after an object of a few words: "urged residents in the warning zone to pack", not "grants of
 * up to 5,000" nor "grants to farmers" (a plural noun of people after "to" is where, not what).
 */
const INFINITIVE = /^\s*(?:[^\s,;:]+\s+){0,10}?to\s+(?!the\b|a\b|an\b|\d|[a-z]+(?:ers|ors|ists|ians|ants|ents)\b)[a-z]+/i;
const COORD_CUE = /(?:,\s*|\s+)(?:and|but|while|whereas|although|though)\s+(?:also\s+|later\s+|then\s+)?$/i;

interface SentenceCtx {
  text: string;
  masked: string;
  quotes: QuoteSpan[];
  span: Span;
  base: number;
}

interface Attribution {
  entity: Entity;
  claimStart: number;
  claimEnd: number;
  cue: string;
  confidence: number;
  /** Where the attribution itself sits, so later cues in the sentence know what came before. */
  attrEnd: number;
  /** "He said:" closing the paragraph: the quote is in the next one. */
  colonOnly?: boolean;
}

function trimSpan(text: string, start: number, end: number, extra = /[\s,;:.—–-]/): [number, number] {
  while (start < end && /[\s,;:—–]/.test(text[start])) start++;
  while (end > start && extra.test(text[end - 1])) end--;
  return [start, end];
}

function quotesIn(ctx: SentenceCtx, start: number, end: number): QuoteSpan[] {
  return ctx.quotes.filter((q) => q.open >= start && q.close <= end);
}

/** When a span is a single quotation and punctuation, the claim is the quoted words: a direct quote. */
function asDirect(ctx: SentenceCtx, start: number, end: number): QuoteSpan | null {
  const [s, e] = trimSpan(ctx.masked, start, end, /[\s,;:.!?—–-]/);
  const inside = quotesIn(ctx, s, Math.max(e, s));
  if (inside.length !== 1) return null;
  const q = inside[0];
  const before = ctx.masked.slice(s, q.open).trim();
  const after = ctx.masked.slice(q.close, e).replace(/[\s,.;:!?]/g, '');
  return before === '' && after === '' ? q : null;
}

function looksLikeClause(ctx: SentenceCtx, start: number, end: number): boolean {
  const body = ctx.masked.slice(start, end);
  if (body.includes(MASK)) return true;
  const head = body.split(/\s+/).slice(0, 14).join(' ');
  if (/^\s*(?:nothing|little|anything|something)\b(?!\s+(?:was|is|were|had|has|would|could|will|can|should|of\s+\w+\s+(?:was|is)))/i.test(body)) return false;
  // "wants to", "says that": a verb in -s before its complement ("euros to farmers" is a noun and a place).
  return AUX.test(head) || SUBJECT_PRONOUN.test(body) || PAST_TENSE.test(head) ||
    /\b\w+s\s+(?:that|to\s+(?!the\b|a\b|an\b|\d|[a-z]+(?:ers|ors|ists|ians|ants|ents)\b)[a-z]+)\b/.test(head);
}

/** Where the reported clause after a cue starts: past adjuncts, the listener of "told", and "that". */
function clauseStart(ctx: SentenceCtx, cue: CueEntry, from: number, end: number): number {
  const m = ctx.masked;
  let pos = from;
  const adj = ADJUNCT_AFTER_CUE.exec(m.slice(pos, end));
  if (adj) pos += adj[0].length;
  const window = m.slice(pos, end);
  const thatMatch = /^((?:\s+[^\s,;:]+){0,9}?)\s+that\b/i.exec(window);
  // Between a cue and its "that" only circumstances may stand ("said on Monday that"), or the listener of
  // "told"; "reported earnings that topped estimates" is a relative clause, not reported speech.
  const gapOk = (gap: string) => cue.frame.object || gap.trim() === '' ||
    /^\s*(?:on|in|at|during|last|this|earlier|later|yesterday|today|previously|also|again|repeatedly|publicly|privately|recently|separately|after|before|over|via|through|to|with|by|for|from|early|late|once|then|further|both|now|shortly|soon)\b/i.test(gap);
  // "says that is what you can expect": here "that" is the subject, not the start of the clause.
  const demonstrative = thatMatch && /^\s+(?:is|was|would|will|could|has|had|can|may|might|should|must)\b/.test(window.slice(thatMatch[0].length));
  if (thatMatch && !demonstrative && gapOk(thatMatch[1]) && !AUX.test(thatMatch[1]) && !PAST_TENSE.test(thatMatch[1]) && !SUBJECT_PRONOUN.test(thatMatch[1])) {
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
function clauseEnd(ctx: SentenceCtx, start: number, end: number, nextCueStarts: number[]): number {
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
  const participle = /,\s*(?:blaming|citing|adding|saying|noting|arguing|insisting|warning)\b/i.exec(ctx.masked.slice(start, e));
  if (participle) e = start + participle.index;
  return e;
}

/** The words between a possible speaker and the cue: nothing, or auxiliaries and adverbs only. */
function adjacentToCue(between: string): boolean {
  return ADVERBS_BEFORE_CUE.exec(between.replace(/^\s*,/, ''))?.index === 0;
}

/** Splits `start..end` at top-level commas (quotes are masked, so their commas are not seen). */
function commaChunks(ctx: SentenceCtx, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = ctx.masked[i];
    const numeric = ch === ',' && /\d/.test(ctx.masked[i - 1] ?? '') && /\d/.test(ctx.masked[i + 1] ?? '');
    if (!numeric && (ch === ',' || ch === ';' || (ch === '—' && /\s/.test(ctx.masked[i + 1] ?? '')))) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  out.push({ start: s, end });
  return out.filter((c) => ctx.masked.slice(c.start, c.end).trim() !== '');
}

function cleanRole(text: string): string | null {
  let r = text.trim().replace(/[.,;:]+$/, '').replace(/^(?:who|which)\s+/i, '').replace(/^(?:the|a|an|his|her|its|their)\s+/i, '');
  if (!r || /^\d+$/.test(r) || r.includes(MASK)) return null;
  // "Okafor, speaking at the training ground," says where and when, not what someone is.
  if (CIRCUMSTANCE.test(r)) return null;
  // "a neurologist at Brookfield Medical Center who was not involved in the study": the role ends at "who".
  r = r.replace(/\s+(?:who|which|whose|that)\s.*$/i, '');
  const words = r.split(/\s+/);
  if (words.length > 10) r = words.slice(0, 10).join(' ');
  return r;
}

/** Reads the speaker from comma chunks in front of a cue ("Tom Becker, who heads ..., said"). */
function speakerFromChunks(
  ctx: SentenceCtx, registry: SpeakerRegistry, chunks: Span[], cuePos: number,
): { entity: Entity; start: number; role: string | null } | null {
  let i = 0;
  while (i < chunks.length - 1 && isLeadIn(ctx, registry, chunks, i)) i++;
  let first = chunks[i];
  if (!first) return null;
  // "A statement from the club said ...": the body that issued it speaks.
  const issued = /^\s*(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|report|letter|memo|post|release|filing|announcement)\s+(?:from|by|issued by|released by)\s+/i.exec(ctx.masked.slice(first.start, first.end));
  if (issued) {
    const issuer = readSpeakerPhrase(ctx.masked, first.start + issued[0].length, first.end);
    const entity = issuer && issuer.type !== 'pronoun' ? resolvePhrase(ctx, registry, issuer) : null;
    return entity ? { entity, start: first.start, role: null } : null;
  }
  // "The ministry's statement said ...": the document speaks for whoever issued it.
  const owned = DOCUMENT_OWNED.exec(ctx.masked.slice(first.start, first.end));
  if (owned) {
    const owner = readSpeakerPhrase(ctx.masked, first.start, first.start + owned[1].length);
    const entity = owner && owner.type !== 'pronoun' ? resolvePhrase(ctx, registry, owner) : null;
    return entity ? { entity, start: first.start, role: null } : null;
  }
  // "The report, published last week by the Ocean Watch Institute, said ...": the document speaks for its author.
  if (DOCUMENT_SUBJECT.test(ctx.masked.slice(first.start, first.end))) {
    for (let k = i + 1; k < chunks.length; k++) {
      const by = /\bby\s+/.exec(ctx.masked.slice(chunks[k].start, chunks[k].end));
      if (!by) continue;
      const author = readSpeakerPhrase(ctx.masked, chunks[k].start + by.index + by[0].length, chunks[k].end);
      if (author && author.type !== 'pronoun') {
        const entity = resolvePhrase(ctx, registry, author);
        if (entity) return { entity, start: first.start, role: null };
      }
    }
    const issuer = registry.issuerNear(ctx.base + first.start);
    return issuer ? { entity: issuer, start: first.start, role: null } : null;
  }
  let phrase = readSpeakerPhrase(ctx.masked, first.start, first.end);
  // "Another, Sofia Lindqvist, tweeted": a short lead-in without a verb, the name after it.
  while (!phrase && i + 1 < chunks.length && ctx.masked.slice(first.start, first.end).trim().split(/\s+/).length <= 3 && !looksLikeClause(ctx, first.start, first.end)) {
    first = chunks[++i];
    phrase = readSpeakerPhrase(ctx.masked, first.start, first.end);
  }
  if (!phrase) return null;
  const isLast = i === chunks.length - 1;
  const rest = ctx.masked.slice(phrase.end, isLast ? cuePos : first.end);
  if (isLast && !adjacentToCue(rest) && !/^\s*(?:of|from|at|for|in|on|with|who|which|whose|along|near|across|around|outside|inside|within|throughout|behind)\s/i.test(rest) && !/^\s*\w+ing(?:\s+[\w'’-]+){0,4}\s*$/.test(rest)) return null;
  // "The council's finance chief, Graham Hollis, said": a role first, the name in the next chunk.
  if ((phrase.type === 'role' || phrase.type === 'unnamed' || phrase.type === 'orgNoun') && i + 1 < chunks.length) {
    const second = chunks[i + 1];
    const named = readSpeakerPhrase(ctx.masked, second.start, second.end);
    if (named?.type === 'name' && named.phrase.kind === 'person') {
      const entity = registry.resolve(named, ctx.base + named.start);
      if (entity) {
        const roleText = cleanRole(ctx.masked.slice(first.start, first.end));
        if (roleText && !entity.role) entity.role = roleText;
        return { entity, start: first.start, role: roleText };
      }
    }
  }
  if (!isLast && ctx.masked.slice(phrase.end, first.end).trim() && !/^\s*(?:of|from|at|for|in|on|with|who|which|whose)\b/i.test(ctx.masked.slice(phrase.end, first.end))) return null;
  const entity = resolvePhrase(ctx, registry, phrase);
  if (!entity) return null;
  if (i + 1 < chunks.length && phrase.type === 'name' && !phrase.phrase.titled) {
    classifyByAppositive(entity, ctx.masked.slice(chunks[i + 1].start, chunks[i + 1].end));
  }
  if (i + 1 < chunks.length && !entity.role && entity.kind === 'person') {
    entity.role = cleanRole(ctx.masked.slice(chunks[i + 1].start, chunks[i + 1].end)) ?? entity.role;
  }
  // "Ruth Ade of Beta Inc. said": the body after "of" is the role.
  const ofBody = /^\s+(?:of|from|at)\s+((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:of\s+|for\s+)?[\p{Lu}][\p{L}'’.-]*)*)/u.exec(ctx.masked.slice(phrase.end, first.end));
  if (ofBody && !entity.role && entity.kind === 'person') entity.role = ofBody[1].replace(/^the\s+/i, '');
  return { entity, start: first.start, role: entity.role };
}

/** "Harbor Mutual, one of the largest home insurers, ...": the appositive says what kind of thing a name is. */
function classifyByAppositive(entity: Entity, appositive: string): void {
  if (entity.kind !== 'person' || entity.role) return;
  // "Okafor, speaking at the club's training ground,": a participle describes the moment, not the speaker.
  if (CIRCUMSTANCE.test(appositive)) return;
  // "who leads the No campaign" is said of a person; "which owns the refinery" of a thing.
  if (/^\s*(?:who|whose|whom)\b/i.test(appositive)) return;
  if (/^\s*which\b/i.test(appositive)) {
    entity.kind = 'organization';
    entity.gender = null;
    return;
  }
  const words = appositive.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const body = words.some((w) => ORG_NOUNS.has(w) || PLURAL_BODIES.has(w));
  const person = words.some((w) => (ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w)) && !PLURAL_BODIES.has(w) && !ORG_NOUNS.has(w));
  if (body && !person) {
    entity.kind = 'organization';
    entity.gender = null;
  }
}

/**
 * A chunk in front of the subject that is not the subject: a sentence adverbial ("Speaking on Friday,") or a
 * participle phrase of any verb ("Defending,", "Sentencing him on Friday,"), which court and sport reports put
 * before the speaker. A word in -ing that is somebody's known name ("Fleming, the coach, said") stays a name, and
 * a participle counts only when a name or pronoun follows it as the subject.
 */
function isLeadIn(ctx: SentenceCtx, registry: SpeakerRegistry, chunks: Span[], i: number): boolean {
  const text = ctx.masked.slice(chunks[i].start, chunks[i].end);
  if (LEADING_ADVERBIAL.test(text) && !startsWithPhrase(ctx, chunks[i])) return true;
  // "In its report, published on Wednesday, the commission found": a past participle describing what came
  // before, when a speaker opens the next chunk.
  if (i > 0 && i + 1 < chunks.length && /^\s*[\p{Ll}]+ed\s+(?:on|in|at|by|last|this|earlier|after|before|late|early)\b/u.test(text)) {
    const next = readSpeakerPhrase(ctx.masked, chunks[i + 1].start, chunks[i + 1].end);
    if (next !== null) return true;
  }
  const participle = /^\s*([\p{Lu}][\p{Ll}]{2,}ing)\b(?!\s+[\p{Lu}])/u.exec(text);
  if (!participle || i + 1 >= chunks.length) return false;
  const word = participle[1].toLowerCase();
  if (GIVEN_NAME_GENDER.has(word) || registry.entities.some((e) => e.kind === 'person' && (e.surname ?? '').toLowerCase() === word)) return false;
  const next = readSpeakerPhrase(ctx.masked, chunks[i + 1].start, chunks[i + 1].end);
  return next !== null && (next.type === 'name' || next.type === 'pronoun');
}

function startsWithPhrase(ctx: SentenceCtx, c: Span): boolean {
  const p = readSpeakerPhrase(ctx.masked, c.start, c.end);
  return p !== null && p.type === 'name';
}

function resolvePhrase(ctx: SentenceCtx, registry: SpeakerRegistry, phrase: SpeakerPhrase): Entity | null {
  if (phrase.type === 'name' && registry.isAuthor(phrase.phrase.name)) return null;
  return registry.resolve(phrase, ctx.base + phrase.start);
}

/** A name that ends exactly at `at` (a comma before "who"), read from the words just before it. */
function nameEndingAt(ctx: SentenceCtx, at: number): SpeakerPhrase | null {
  const tokens = tokenize(ctx.masked, Math.max(ctx.span.start, at - 80), at);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i].text)) continue;
    const named = readName(ctx.masked, tokens, i);
    if (named && named.next === tokens.length) return { type: 'name', phrase: named.phrase, start: named.phrase.start, end: named.phrase.end };
    if (named) i = named.next - 1;
  }
  return null;
}

/** The speaker phrase right after an inverted cue ("..., said Tom Becker, who heads the union."). */
function speakerAfter(ctx: SentenceCtx, registry: SpeakerRegistry, from: number, end: number): Entity | null {
  const phrase = readSpeakerPhrase(ctx.masked, from, end);
  if (!phrase || phrase.type === 'pronoun' && !/^\s*(?:he|she|they|it)\b/i.test(ctx.masked.slice(from))) return null;
  const entity = resolvePhrase(ctx, registry, phrase);
  if (!entity) return null;
  if (entity.kind === 'person' && !entity.role) {
    const tail = ctx.masked.slice(phrase.end, end);
    const of = /^\s+of\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+|for\s+)?[\p{Lu}][\p{L}'’-]*)*)/u.exec(tail);
    const appositive = /^\s*,\s*([^,]+?)\s*(?:,|[.!?]?\s*$)/.exec(tail);
    if (of) entity.role = of[1].replace(/^the\s+/i, '');
    else if (appositive && !/^(?:speaking|adding|writing|on\s)/i.test(appositive[1])) entity.role = cleanRole(appositive[1]);
  }
  return entity;
}

/** The first speaker phrase of the sentence: the subject shared by coordinated cues ("..., but added that"). */
function sentenceSubject(ctx: SentenceCtx, registry: SpeakerRegistry, cuePos: number): Entity | null {
  const chunks = commaChunks(ctx, ctx.span.start, cuePos);
  let i = 0;
  while (i < chunks.length - 1 && isLeadIn(ctx, registry, chunks, i)) i++;
  if (!chunks[i]) return null;
  const phrase = readSpeakerPhrase(ctx.masked, chunks[i].start, chunks[i].end);
  if (!phrase) return null;
  // "The airport's chief executive, Deborah Lane, called it ... and said": the name after the role.
  if ((phrase.type === 'role' || phrase.type === 'unnamed') && i + 1 < chunks.length) {
    const named = readSpeakerPhrase(ctx.masked, chunks[i + 1].start, chunks[i + 1].end);
    if (named?.type === 'name' && named.phrase.kind === 'person') return resolvePhrase(ctx, registry, named);
  }
  return resolvePhrase(ctx, registry, phrase);
}

/**
 * "Mirela Kostandin, whose party has often accused the government of ..., said her party supported ...": a
 * cue inside a relative clause set off by commas is background about the subject; when the sentence's own
 * cue follows the clause, only that one is read (the clause would otherwise take the subject's claim).
 */
function outsideRelativeClauses<T extends { pos: number }>(ctx: SentenceCtx, cues: T[]): T[] {
  if (cues.length < 2) return cues;
  const clauses = [...ctx.masked.slice(ctx.span.start, ctx.span.end).matchAll(/,\s*(?:who|whose|which)\b[^,;:]*,/giu)]
    .map((m) => ({ start: ctx.span.start + m.index!, end: ctx.span.start + m.index! + m[0].length }));
  if (clauses.length === 0) return cues;
  return cues.filter((c) => {
    const inside = clauses.find((r) => c.pos > r.start && c.pos < r.end);
    return !inside || !cues.some((o) => o.pos >= inside.end);
  });
}

function findCues(ctx: SentenceCtx): { pos: number; end: number; entry: CueEntry | null; according: boolean }[] {
  const out: { pos: number; end: number; entry: CueEntry | null; according: boolean }[] = [];
  const m = ctx.masked;
  const re = /\b[A-Za-z]+\b/g;
  re.lastIndex = ctx.span.start;
  for (let w = re.exec(m); w && w.index < ctx.span.end; w = re.exec(m)) {
    if (/^according$/i.test(w[0]) && /^according\s+to\b/i.test(m.slice(w.index))) {
      out.push({ pos: w.index, end: w.index + 'according to'.length, entry: null, according: true });
      continue;
    }
    const entry = cueAt(m, w.index, w[0]);
    if (!entry) continue;
    const before = m.slice(ctx.span.start, w.index);
    if (NEGATION.test(before) || NOUN_BEFORE.test(before)) continue;
    // "would say", "I'd recommend": what someone might say is not what they said.
    if (/(?:\b(?:would|could|might|may|can|should|must|will|shall)|['’](?:d|ll))\s+(?:\w+ly\s+|also\s+|later\s+)?$/i.test(before)) continue;
    // A bare present form ("say", "note") speaks only for a plural subject ("Officials say"), never for one
    // capitalised word ("Web developers" aside, "Please note" is an imperative).
    if (entry.form === entry.lemma && /(?:^|[.!?]\s+|^\s*)([\p{Lu}][\p{L}'’-]*)\s+$/u.test(before)) {
      const prevWord = /([\p{L}'’-]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (!PERSON_NOUNS.has(prevWord) && !PLURAL_BODIES.has(prevWord) && !/^(?:he|she|they|we|i|it)$/.test(prevWord) && !/(?:ers|ors|ists|ians|ants|ents|ies)$/.test(prevWord)) continue;
    }
    // "-s" forms double as plural nouns ("territorial disputes", "the claims"): take them only after a subject.
    if (/[^s]s$/.test(entry.form) && entry.form !== 'says' && !/(?:\b(?:he|she|it|who|which|that)|[\p{Lu}][\p{L}'’-]*|\b\w+ly)\s+$/u.test(before)) {
      const prevWord = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (!PERSON_NOUNS.has(prevWord) && !ORG_NOUNS.has(prevWord) && !ROLE_NOUNS.has(prevWord)) continue;
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
    if (entry.form.endsWith('ing') && !/,\s*$/.test(before)) continue;
    out.push({ pos: w.index, end: w.index + entry.form.length, entry, according: false });
    re.lastIndex = w.index + entry.form.length;
    // Real sentences carry a few cues; a run of hundreds is not prose, and must not cost the page time.
    if (out.length >= MAX_CUES_PER_SENTENCE) break;
  }
  return out;
}

export interface ParagraphResult {
  claims: DraftClaim[];
  /** Whether it ended with an attribution and a colon, so a quote-only paragraph after it is that speaker's. */
  endsWithColon: boolean;
  /** A paragraph that is one closed quote with no speaker yet: the next paragraph may name its speaker first. */
  orphans: Omit<DraftClaim, 'entity'>[];
}

export interface QuoteGroup {
  /** Quoted paragraphs whose speaker is named only further on. */
  pending: Omit<DraftClaim, 'entity'>[];
  speaker: Entity | null;
}

/** Registers the people named in a sentence, so pronouns and surnames can refer to them later. */
function notePeople(ctx: SentenceCtx, registry: SpeakerRegistry): void {
  const tokens = tokenize(ctx.masked, ctx.span.start, ctx.span.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = i > 0 ? tokens[i - 1].text.toLowerCase() : '';
    // "in the Northeast": the preposition before the article decides.
    const prepBefore = prev === 'the' && i > 1 ? tokens[i - 2].text.toLowerCase() : prev;
    // "spoke to the club's owner, Harold Beckwith,": a name in apposition to an object is an object too.
    // So is a name after a preposition and its modifiers ("a challenge on Brackenfield's Jonny Ives", "by referee Paul Kerrigan").
    // ...though a sentence that opens on one ("For Mr Jory Pascoe, 81, the return is personal.") is about them.
    const frontedTopic = i === 1 && /^\s*$/.test(ctx.masked.slice(ctx.span.start, tokens[0].start));
    const oblique = !frontedTopic && (OBLIQUE.has(prev) || LISTENER_BEFORE.has(prev) || (isCapitalised(t.text) && obliqueBeforeName(ctx.masked.slice(Math.max(0, t.start - 60), t.start))));
    if (/^the$/i.test(t.text) && i + 3 < tokens.length && /^[\p{Ll}]/u.test(tokens[i + 1].text) &&
      (ORG_NOUNS.has(tokens[i + 2].text) || ORG_NOUNS.has(tokens[i + 3].text))) {
      // "the state transportation department": a body described in lower case, so that "the department"
      // later refers back to it.
      const phrase = readSpeakerPhrase(ctx.masked, t.start, ctx.span.end);
      const words = phrase?.type === 'orgNoun' ? phrase.name.trim().split(/\s+/) : [];
      if (phrase?.type === 'orgNoun' && words.length >= 2 && !GENERIC_MODIFIERS.has(words[0].toLowerCase())) {
        registry.resolveOrgNoun(phrase.name, phrase.head, false, ctx.base + t.start);
      }
    } else if (/^(?:his|her|their)$/i.test(t.text) && i + 1 < tokens.length && /^(?:husband|wife|son|daughter|brother|sister|partner|mother|father)$/.test(tokens[i + 1].text)
      && !(i + 2 < tokens.length && isCapitalised(tokens[i + 2].text) && /^[\s,]+$/.test(ctx.masked.slice(tokens[i + 1].end, tokens[i + 2].start)))) {
      // "with her husband": someone a later "he" can be, though never named.
      registry.unnamed(tokens[i + 1].text, tokens[i + 1].text, false, ctx.base + t.start, false, oblique);
    } else if (/^(?:a|an|one)$/i.test(t.text) && i + 1 < tokens.length) {
      // "A midwife who spoke on condition of anonymity ..." can be "she" two sentences later.
      for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
        const w = tokens[k].text.toLowerCase();
        if (PERSON_NOUNS.has(w) && !w.endsWith('s')) {
          // "Marguerite Olin, a negotiator for Varennes": an appositive is the named person, not someone new.
          if (/[\p{Lu}][\p{L}'’-]*,\s*(?:\d+,\s*)?$/u.test(ctx.masked.slice(Math.max(0, t.start - 40), t.start))) break;
          const phrase = readSpeakerPhrase(ctx.masked, t.start, ctx.span.end);
          if (phrase?.type === 'unnamed') registry.unnamed(phrase.name, phrase.head, phrase.plural, ctx.base + t.start, false, oblique);
          break;
        }
        if (!/^[a-z-]+$/.test(w)) break;
      }
    } else if (isCapitalised(t.text)) {
      const named = readName(ctx.masked, tokens, i);
      if (!named) continue;
      const p = named.phrase;
      const according = /according\s+to\s+$/i.test(ctx.masked.slice(Math.max(0, t.start - 14), t.start));
      const locative = !according && ['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'around', 'throughout', 'over', 'on'].includes(prepBefore) && !p.tokens.some((w) => ORG_HEADS_LOWER(w)) || !according && ['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'around', 'beneath', 'towards', 'toward', 'inside', 'throughout', 'visits', 'visit', 'over', 'on', 'along', 'via', 'past', 'through', 'off', 'beside', 'behind'].includes(prev);
      const ofCapitalised = /[\p{Lu}][\p{L}'’-]*\s+of\s+(?:the\s+)?$/u.test(ctx.masked.slice(Math.max(0, t.start - 40), t.start));
      const placeLike = PLACE_HEADS.has(p.tokens[p.tokens.length - 1].toLowerCase());
      // "from Henrik Rehn": a given name and a surname after a preposition are a person, not a place.
      const givenFirst = p.tokens.length === 2 && GIVEN_NAME_GENDER.has(p.tokens[0].toLowerCase());
      // People are not "the Diaoyu Islands" or "the Arden Courier": a name after "the" is a thing or a place.
      const afterThe = (prev === 'the' || /^the$/i.test(prev)) && !p.titled;
      // "the journal Marine Futures", "the film The Long Road": a title after the noun for a work names the work.
      if (WORK_NOUNS.has(prev) && !p.titled) {
        i = named.next - 1;
        continue;
      }
      if (p.kind === 'organization' && locative && !according) {
        // "signed from Dunmore Athletic", "an analyst at Kronau Bank": a body after a preposition is still a
        // body (a later "Dunmore said" is it), though not the subject a pronoun points back to.
        if (!registry.isAuthor(p.name)) registry.resolveName(p, ctx.base + p.start, true, true);
      } else if (p.kind === 'person' && (placeLike || (locative && !p.titled && !givenFirst))) {
        registry.notePlace(p.name);
      } else if (p.kind === 'person' && afterThe) {
        if (!registry.isAuthor(p.name)) registry.resolveName({ ...p, kind: 'organization', role: null }, ctx.base + p.start);
      } else if (ofCapitalised && !p.titled) {
        // "Friends of Westbury Libraries", "University of Arden": part of a body's name, not a person.
      } else if (locative && !p.titled && !givenFirst && p.kind === 'person') registry.notePlace(p.name);
      else if (p.kind === 'person' && !p.titled && !givenFirst && POSSESSED.test(ctx.masked.slice(Math.max(ctx.span.start, t.start - 50), t.start))) {
        // "her new £140,000 Range Rover", "Rayne's black Range Rover": something someone owns, not a person.
      } else if (p.kind === 'person' && (p.tokens.length >= 2 || p.titled) && !registry.isAuthor(p.name)) {
        // Siblings named together: "Kofi and Samuel Adeyemi".
        const and = ctx.masked.slice(Math.max(0, t.start - 40), t.start).match(/([\p{Lu}][\p{L}'’-]+)\s+and\s+$/u);
        if (and && p.tokens.length === 2 && !p.titled) {
          registry.resolveName({ ...p, name: `${and[1]} ${p.tokens[1]}`, tokens: [and[1], p.tokens[1]] }, ctx.base + t.start - and[0].length, true, oblique);
        }
        const person = registry.resolveName(p, ctx.base + p.start, true, oblique);
        // "Their manager, Declan Moynihan, ...": the role set before the name, so "the Vale boss" can find him.
        const roleBefore = person && !person.role ? ROLE_BEFORE_NAME.exec(ctx.masked.slice(Math.max(ctx.span.start, t.start - 50), t.start)) : null;
        if (person && roleBefore && ROLE_NOUNS.has(roleBefore[2].toLowerCase())) person.role = roleBefore[1];
        // "Steenburgen's son, filmmaker Charlie McDowell": a kinship word just before a name gives its gender.
        const kin = /\b([a-z]+)\s*,\s*(?:[a-z-]+\s+){0,2}$/.exec(ctx.masked.slice(Math.max(0, t.start - 40), t.start));
        if (person && !person.gender && kin && GENDERED_ROLES[kin[1]]) person.gender = GENDERED_ROLES[kin[1]];
      } else if (p.kind === 'person' && p.tokens.length === 1 && !locative) {
        // A bare surname refers back only if someone bears it; otherwise leave it alone here.
        const known = registry.entities.some((e) => e.kind === 'person' && (e.surname === p.tokens[0] || e.name === p.tokens[0]));
        if (known) registry.resolveName(p, ctx.base + p.start, true, oblique);
      } else if (p.kind === 'organization' && !locative) {
        const body = registry.resolveName(p, ctx.base + p.start);
        const acronym = /^\s*\(([\p{Lu}]{2,6})\)/u.exec(ctx.masked.slice(p.end, p.end + 12));
        if (body && acronym && initialsOf(p.tokens) === acronym[1]) registry.alias(acronym[1], body);
      }
      i = named.next - 1;
    }
  }
}

/**
 * "VELGRAD, March 4 (CNS) — Varnia on Wednesday ordered ...": a wire dateline opens the paragraph, not the
 * sentence; blanked so that the city is never read as the subject. Offsets stay as they are.
 */
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .'’-]{2,40}(?:,\s*[^—–,()]{1,30})?(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s+/u;

function withoutDateline(masked: string): string {
  const d = DATELINE.exec(masked);
  return d ? ' '.repeat(d[0].length) + masked.slice(d[0].length) : masked;
}

export function paragraphClaims(
  text: string, base: number, registry: SpeakerRegistry, group: QuoteGroup | null, previous: ParagraphResult | null,
  lastSpeaker: Entity | null,
): ParagraphResult & { group: QuoteGroup | null; lastSpeaker: Entity | null } {
  const quotes = scanQuotes(text);
  const masked = withoutDateline(maskQuotes(text, quotes, false));
  const forSplit = withoutDateline(maskQuotes(text, quotes, true));
  const sentences = splitSentences(forSplit);
  const claims: DraftClaim[] = [];
  const claimedQuotes = new Set<QuoteSpan>();
  const startsWithQuote = quotes.length > 0 && quotes[0].open === text.search(/\S/);
  const inGroup = group !== null && startsWithQuote;
  let currentGroup = inGroup ? group : null;
  let paraSpeaker: Entity | null = null;
  let colonSpeaker: Entity | null = null;
  const orphans: Omit<DraftClaim, 'entity'>[] = [];

  const add = (c: DraftClaim, q?: QuoteSpan) => {
    claims.push(c);
    paraSpeaker = c.entity;
    if (q) claimedQuotes.add(q);
  };

  for (const span of sentences) {
    const ctx: SentenceCtx = { text, masked, quotes, span, base };
    notePeople(ctx, registry);
    const cues = outsideRelativeClauses(ctx, findCues(ctx));
    let prevSubject: Entity | null = null;
    let consumedUntil = span.start;
    const cueStarts = cues.map((c) => c.pos);

    for (let ci = 0; ci < cues.length; ci++) {
      const cue = cues[ci];
      const attr: Attribution | null = cue.according
        ? attributeAccording(ctx, registry, cue.pos, cue.end)
        : attributeVerb(ctx, registry, cue.entry!, cue.pos, cue.end, prevSubject, consumedUntil, cueStarts.slice(ci + 1));
      if (!attr) continue;
      if (attr.colonOnly) {
        colonSpeaker = attr.entity;
        continue;
      }
      attr.entity = notNamedInOwnClaim(ctx, registry, attr, cue.pos);
      prevSubject = attr.entity;
      consumedUntil = Math.max(consumedUntil, attr.attrEnd);
      const direct = asDirect(ctx, attr.claimStart, attr.claimEnd);
      if (direct) {
        let [s, e] = trimSpan(text, direct.contentStart, direct.contentEnd, /[\s,]/);
        let shown: string | undefined;
        // '"The water," one owner said, "is all we have."': one sentence around its attribution is one claim.
        const before = quotesIn(ctx, span.start, cue.pos).filter((q) => q !== direct && !claimedQuotes.has(q)).pop();
        if (before && direct.open > cue.pos && /,\s*$/.test(text.slice(before.contentStart, before.contentEnd)) && /^\s*[\p{Ll}]/u.test(text.slice(direct.contentStart, direct.contentEnd))) {
          const [bs, be] = trimSpan(text, before.contentStart, before.contentEnd, /[\s,]/);
          shown = `${text.slice(bs, be)} … ${text.slice(s, e)}`;
          s = bs;
          claimedQuotes.add(before);
        }
        add({ entity: attr.entity, start: s, end: e, kind: 'direct', cue: cueWord(cue, text), confidence: attr.confidence, text: shown }, direct);
      } else if (!cue.entry?.frame.quoteOnly || cue.according || (attr.claimStart < cue.pos && attr.claimEnd > cue.end)) {
        // A cue set inside the words between commas ("Her grandmother, she recalls, collected ...") reports
        // them whatever the verb: the parenthetical frame itself marks speech.
        const [s, e] = trimSpan(text, attr.claimStart, attr.claimEnd, /[\s,;:.—–-]/);
        // A reported statement has at least a subject and a verb.
        if (text.slice(s, e).split(/\s+/).filter(Boolean).length < 2) continue;
        const inner = quotesIn(ctx, s, e + 1);
        inner.forEach((q) => claimedQuotes.add(q));
        add({ entity: attr.entity, start: s, end: e, kind: inner.length ? 'mixed' : 'indirect', cue: cueWord(cue, text), confidence: attr.confidence * (inner.length ? 1 : 0.95) });
      }
    }

    // 'the Vale boss was blunt: "Q"': a quote after a colon whose clause is someone and a few words about
    // how they put it. The clause must open on a speaker: "The message was clear: ..." names nobody.
    for (const q of quotesIn(ctx, span.start, span.end)) {
      if (claimedQuotes.has(q)) continue;
      const colon = /:\s*$/.exec(masked.slice(span.start, q.open));
      if (!colon) continue;
      const colonAt = span.start + colon.index;
      const clauseFrom = Math.max(span.start, ...[...masked.slice(span.start, colonAt).matchAll(/(?:[,;]\s*(?:and|but|while)?|\s(?:and|but)\s)/g)].map((b) => span.start + b.index! + b[0].length));
      const phrase = readSpeakerPhrase(masked, clauseFrom, colonAt);
      // What stands between the speaker (or the clause's start) and the colon: how they put it.
      const predicate = masked.slice(phrase ? phrase.end : clauseFrom, colonAt).trim();
      let entity: Entity | null = null;
      if (phrase && !(phrase.type === 'orgNoun' && !phrase.definite)) {
        if (/^(?:was|is|were|are|had been|has been|seemed|sounded|remained|stayed)\s+(?:\S+\s+){0,5}\S+$/i.test(predicate)) entity = resolvePhrase(ctx, registry, phrase);
      } else if (!phrase && clauseFrom > span.start && /^(?:puts?|sums?|summed)\s+(?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:\w+ly|this\s+way|up)?$/i.test(predicate)) {
        // "Hannelore Vexby, a research fellow at ..., puts the core finding simply: '...'": the subject is
        // the sentence's, before its appositive.
        entity = sentenceSubject(ctx, registry, clauseFrom);
      }
      if (!entity || entity.inanimate) continue;
      const [s, e] = trimSpan(text, q.contentStart, q.contentEnd, /[\s,]/);
      add({ entity, start: s, end: e, kind: 'direct', cue: predicate, confidence: 0.7 }, q);
    }

    // '"Q" — Samuel Adeyemi': a quote signed with a dash.
    for (const q of quotesIn(ctx, span.start, span.end)) {
      if (claimedQuotes.has(q)) continue;
      const dash = /^[\s,.]*[—–-]{1,2}\s*/.exec(masked.slice(q.close, span.end));
      if (!dash) continue;
      const phrase = readSpeakerPhrase(masked, q.close + dash[0].length, span.end);
      if (phrase?.type !== 'name') continue;
      // The signature ends the sentence or carries only an appositive; a verb after the name makes it prose.
      if (!/^\s*(?:[,(]|on\b|in\b|at\b|speaking\b|writing\b|of\b|[.!?]?\s*$)/.test(masked.slice(phrase.end, span.end))) continue;
      const entity = speakerAfter(ctx, registry, q.close + dash[0].length, span.end);
      if (!entity) continue;
      const [s, e] = trimSpan(text, q.contentStart, q.contentEnd, /[\s,]/);
      add({ entity, start: s, end: e, kind: 'direct', cue: '—', confidence: 0.85 }, q);
    }

    // A sentence that is only a quote continues the speaker before it (same paragraph, a colon before it,
    // or a quote running on from the previous paragraph).
    const only = asDirect(ctx, span.start, span.end);
    if (only && !claimedQuotes.has(only)) {
      const [s, e] = trimSpan(text, only.contentStart, only.contentEnd, /[\s,]/);
      const draft: DraftClaim | null = paraSpeaker
        ? { entity: paraSpeaker, start: s, end: e, kind: 'direct', cue: claims[claims.length - 1]?.cue ?? 'said', confidence: 0.8 }
        : null;
      if (draft) add(draft, only);
      else if (currentGroup && only === quotes[0]) {
        const pending: Omit<DraftClaim, 'entity'> = { start: s, end: e, kind: 'direct', cue: 'said', confidence: 0.75, origin: { base, text } };
        if (currentGroup.speaker) add({ ...pending, entity: currentGroup.speaker });
        else currentGroup.pending.push(pending);
        claimedQuotes.add(only);
      } else if (previous?.endsWithColon && lastSpeaker && only === quotes[0]) {
        add({ entity: lastSpeaker, start: s, end: e, kind: 'direct', cue: 'said', confidence: 0.75 }, only);
      } else if (quotes.length === 1 && only === quotes[0] && !only.openEnded && startsWithQuote && /^\s*$/.test(masked.slice(only.close + 1)) &&
        // A few words alone in quotes are more often a title or a slogan than something someone said.
        text.slice(s, e).split(/\s+/).length >= 4) {
        // Right after someone's claim, a paragraph that is only a quote goes on with them: news prose names
        // a speaker once and lets the next quoted paragraph run on. Otherwise it waits for the next name.
        const before = previous?.claims[previous.claims.length - 1];
        if (before) add({ entity: before.entity, start: s, end: e, kind: 'direct', cue: before.cue, confidence: 0.7 }, only);
        else {
          orphans.push({ start: s, end: e, kind: 'direct', cue: 'said', confidence: 0.7, origin: { base, text } });
          claimedQuotes.add(only);
        }
      }
    }
  }

  // A quote group ends at the paragraph whose quote closes; whoever spoke in it spoke the whole group.
  if (currentGroup) {
    const first = claims.find((c) => c.kind === 'direct' && c.start <= (quotes[0]?.contentEnd ?? 0) + 1);
    if (first && !currentGroup.speaker) {
      currentGroup.speaker = first.entity;
    }
  }
  const lastQuote = quotes[quotes.length - 1];
  const openQuote = lastQuote?.openEnded === true;
  let resolved: DraftClaim[] = [];
  if (currentGroup && currentGroup.speaker) {
    resolved = currentGroup.pending.map((p) => ({ ...p, entity: currentGroup!.speaker! }));
    currentGroup.pending = [];
  }
  let nextGroup: QuoteGroup | null = null;
  if (openQuote) {
    if (currentGroup && lastQuote === quotes[0]) nextGroup = currentGroup;
    else {
      const opener = claims.find((c) => c.start >= lastQuote.contentStart && c.start <= lastQuote.contentEnd);
      nextGroup = { pending: [], speaker: opener?.entity ?? null };
      // The open-ended quote of this paragraph itself may still be waiting for its speaker.
      if (!opener && !claimedQuotes.has(lastQuote)) {
        const [s, e] = trimSpan(text, lastQuote.contentStart, lastQuote.contentEnd, /[\s,]/);
        nextGroup.pending.push({ start: s, end: e, kind: 'direct', cue: 'said', confidence: 0.75, origin: { base, text } });
      }
    }
  }
  const endsWithColon = /:\s*$/.test(text) && (colonSpeaker !== null || claims.length === 0);
  return {
    claims: [...claims, ...resolved],
    endsWithColon,
    orphans,
    group: nextGroup,
    lastSpeaker: (endsWithColon ? colonSpeaker : null) ?? paraSpeaker ?? lastSpeaker,
  };
}

function namedIn(text: string, e: Entity): boolean {
  for (const n of [e.name, e.surname]) {
    if (!n) continue;
    const at = text.indexOf(n);
    if (at >= 0 && !/[\p{L}]/u.test(text[at - 1] ?? '') && !/[\p{L}]/u.test(text[at + n.length] ?? '')) return true;
  }
  return false;
}

/**
 * A "he" or "she" never points forward to a person its own claim names: in "He added that the club would
 * appeal against Thorsby's ban" he is not Thorsby. When the pronoun was read as someone who appears by
 * name only inside the claim, it is read again without them.
 */
function notNamedInOwnClaim(ctx: SentenceCtx, registry: SpeakerRegistry, attr: Attribution, cuePos: number): Entity {
  const e = attr.entity;
  if (e.kind !== 'person' || !namedIn(ctx.text.slice(attr.claimStart, attr.claimEnd), e)) return e;
  const outside = ctx.masked.slice(ctx.span.start, attr.claimStart) + ' ' + ctx.masked.slice(attr.claimEnd, ctx.span.end);
  if (namedIn(outside, e)) return e;
  // The pronoun of the attribution: the one nearest its cue, outside the claim.
  let best: { pronoun: string; pos: number } | null = null;
  for (const m of ctx.masked.slice(ctx.span.start, ctx.span.end).matchAll(/\b(he|she|He|She)\b/g)) {
    const pos = ctx.span.start + m.index!;
    if (pos >= attr.claimStart && pos < attr.claimEnd) continue;
    if (!best || Math.abs(pos - cuePos) < Math.abs(best.pos - cuePos)) best = { pronoun: m[1].toLowerCase(), pos };
  }
  if (!best) return e;
  return registry.rereadPronoun(best.pronoun, ctx.base + best.pos, e) ?? e;
}

function cueWord(cue: { pos: number; end: number }, text: string): string {
  return text.slice(cue.pos, cue.end);
}

function attributeAccording(ctx: SentenceCtx, registry: SpeakerRegistry, pos: number, end: number): Attribution | null {
  const m = ctx.masked;
  const before = m.slice(ctx.span.start, pos);
  if (/^\s*$/.test(before) || LEADING_ADVERBIAL.test(before) && !/,\s*$/.test(before)) {
    // "According to S, CLAUSE": appositive chunks after S run until the chunk that is a clause.
    const chunks = commaChunks(ctx, end, ctx.span.end);
    if (chunks.length < 2) return null;
    const source = sourceEntity(ctx, registry, chunks[0].start, chunks[0].end, chunks[1]);
    if (!source) return null;
    let k = 1;
    while (k < chunks.length - 1 && (!looksLikeClause(ctx, chunks[k].start, chunks[k].end) || /^\s*[\p{Ll}]+(?:ed|ing)\b/u.test(ctx.masked.slice(chunks[k].start, chunks[k].end)))) k++;
    return { entity: source, claimStart: chunks[k].start, claimEnd: ctx.span.end, cue: 'according to', confidence: 0.85, attrEnd: chunks[k].start };
  }
  // '"...," he said, according to the Intelligencer': the speaker is named already; this is the report's source.
  if (/\b(?:said|says|told|wrote|writes|added|stated|explained|insisted|argued)\s*,\s*$/i.test(before)) return null;
  if (/,\s*$/.test(before)) {
    // "CLAUSE, according to S."
    const chunks = commaChunks(ctx, end, ctx.span.end);
    if (chunks.length === 0) return null;
    const source = sourceEntity(ctx, registry, chunks[0].start, chunks[0].end, chunks[1]);
    if (!source) return null;
    return { entity: source, claimStart: ctx.span.start, claimEnd: pos, cue: 'according to', confidence: 0.85, attrEnd: ctx.span.end };
  }
  return null;
}

/** "a statement from the Department for Communities", "the agency's regional manager, Colin Marsh". */
function sourceEntity(ctx: SentenceCtx, registry: SpeakerRegistry, start: number, end: number, next?: Span): Entity | null {
  let s = start;
  const via = /^\s*(?:an?|the)\s+(?:[\w-]+\s+)?(?:statement|report|letter|memo|post|survey|study|filing|release|figures|data|documents?|estimates?|analysis|article|interview|story)\s+(?:from|by|in|on|with|issued by|released by|published by|published in)\s+/i.exec(ctx.masked.slice(s, end));
  if (via) s += via[0].length;
  const phrase = readSpeakerPhrase(ctx.masked, s, end);
  if (!phrase) {
    // "according to a survey published on Tuesday": an unnamed document is the source.
    const doc = /^\s*(?:an?|the|one|this|that|its|their)\s+(?:(?:new|recent|latest|annual|official|internal|independent|[\w-]+-year|government|police|court|\w+al)\s+)?(report|study|paper|survey|poll|analysis|review|audit|estimate|estimates|assessment|document|documents|memo|filing|disclosure|ruling|judgment|judgement|indictment|complaint|lawsuit|transcript|records)\b/i.exec(ctx.masked.slice(start, end));
    if (!doc) return null;
    const source = registry.unnamed(doc[1].toLowerCase(), doc[1].toLowerCase(), false, ctx.base + start);
    source.inanimate = true;
    return source;
  }
  if ((phrase.type === 'role' || phrase.type === 'orgNoun') && next) {
    const named = readSpeakerPhrase(ctx.masked, next.start, next.end);
    if (named?.type === 'name' && named.phrase.kind === 'person') {
      const entity = registry.resolve(named, ctx.base + named.start);
      if (entity && !entity.role) entity.role = cleanRole(ctx.masked.slice(start, end));
      return entity;
    }
  }
  const entity = resolvePhrase(ctx, registry, phrase);
  if (entity && entity.kind === 'person' && next && !entity.role) {
    const role = cleanRole(ctx.masked.slice(next.start, next.end));
    if (role && !looksLikeClause(ctx, next.start, next.end)) entity.role = role;
  }
  return entity;
}

function attributeVerb(
  ctx: SentenceCtx, registry: SpeakerRegistry, cue: CueEntry, pos: number, end: number, prevSubject: Entity | null,
  consumedUntil: number, laterCues: number[],
): Attribution | null {
  const m = ctx.masked;
  const sEnd = ctx.span.end;
  const left = m.slice(consumedUntil, pos);
  const afterCue = m.slice(end, sEnd);
  const adj = ADJUNCT_AFTER_CUE.exec(afterCue)?.[0].length ?? 0;
  const rest = afterCue.slice(adj);
  // "he told parliament.", "she told the Dunmore Echo.": only the listener after the cue.
  const objectTail = cue.frame.object && !AUX.test(rest) && !/\bthat\b/i.test(rest) && !rest.includes(MASK) &&
    /^\s*(?:(?:the|a|an|his|her|their|local|state)\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}\s*[.!?]?\s*$/u.test(rest);
  // ", according to the Intelligencer" after "he said": where the words were reported, not who spoke.
  const reportedVia = /^\s*,\s*according\s+to\b/i.test(rest);
  // '"Q," Vastić said, in remarks that were broadcast ...': set off by its comma, where the words were said,
  // not more of them ("said in a statement that ..." is the statement's content).
  const channel = CHANNEL_AFTER_CUE.test(afterCue) && reportedWordsBefore(left);
  // Nothing reported after the cue, only circumstances: "said after the vote.", "told a news conference."
  const circumstances = !rest.includes(MASK) && !/\bthat\b/i.test(rest) && !/^\s*[:,]/.test(rest) && rest.trim().split(/\s+/).length <= 8 &&
    /^\s*(?:after|before|during|at|outside|in|on|to|from|with|when|while|last|this|yesterday|today|later|earlier|afterwards|of|as|a|an|the|reporters|journalists)\b/i.test(rest) && !AUX.test(rest) && !SUBJECT_PRONOUN.test(rest.replace(/^\s*\w+\s+/, ''));
  // '"It is over," Mendes added, before walking out.' / '..., she said, adding: "..."': what follows the
  // attribution is what the speaker did next, not what they said.
  // ', she said, her voice catching': an absolute phrase about the speaker is the same.
  const nextAction = /^\s*,\s*(?:(?:before|after|while|as|then)\s+|(?:his|her|their|its)\s+[\p{L}]+\s+)?[\p{Ll}]+ing\b/u.test(rest) && reportedWordsBefore(left);
  // "told Orbit Weekly shortly after the satellite sent its first signal": what follows is when, not what.
  // "told jurors Monday as his trial opened": the listener, then when, then the circumstance.
  const afterObject = cue.frame.object ? rest.slice(OBJECT_AFTER_CUE.exec(rest)?.[0].length ?? 0) : rest;
  const restNoObject = afterObject.slice(ADJUNCT_AFTER_CUE.exec(afterObject)?.[0].length ?? 0);
  const subordinate = /^\s*(?:(?:shortly|soon|just|long|moments|minutes|hours|days)\s+)?(?:after|before|when|while|as|because|since|until|once)\b/i.test(restNoObject) && reportedWordsBefore(left);
  // '"Q", he argues, though he calls ...': a conjunct whose subject is a pronoun tells what the speaker did
  // next, so the attribution closes the claim before it rather than sitting inside one.
  const speakerGoesOn = /^\s*,\s*(?:and|but|while|although|though|as)\s+(?:he|she|they)\s/i.test(rest) && reportedWordsBefore(left);
  const ends = /^\s*[.!?]?\s*[”"’'»]?\s*$/.test(rest) || channel || objectTail || (circumstances && reportedWordsBefore(left)) || subordinate || (reportedVia && reportedWordsBefore(left)) || nextAction || speakerGoesOn;
  // "A major part of the reason, McKinley said, is the flow of drugs": the attribution sits inside the claim.
  const leftTrim = left.replace(/\s+$/, '');
  const medial = !reportedVia && !speakerGoesOn && (/^\s*,\s*(?:and|but|while|although|though|as)\s/i.test(rest) ||
    (/^\s*,\s*[\p{Ll}]/u.test(rest) && !/^\s*,\s*(?:who|which|whose|when|where|adding|saying|noting|according|\w+ing)\b/i.test(rest) &&
      reportedWordsBefore(left) && !left.includes(MASK)));
  const cueAfterBreak = /[,”"’'»]$/.test(leftTrim) || leftTrim.endsWith(MASK);

  // Inverted: '"Q," said Tom Becker.' / '..., said Kofi Adeyemi, a winger.'
  if (cueAfterBreak && !ends) {
    const phrase = readSpeakerPhrase(m, end, sEnd);
    const afterPhrase = phrase ? m.slice(phrase.end, sEnd) : '';
    const clauseFollows = phrase !== null && !/^\s*(?:,|of\b|from\b|at\b|[.!?]|$)/.test(afterPhrase) && looksLikeClause(ctx, phrase.end, sEnd);
    if (phrase && !clauseFollows && (phrase.type === 'name' || phrase.type === 'unnamed' || phrase.type === 'role' || phrase.type === 'orgNoun')) {
      const entity = speakerAfter(ctx, registry, end, sEnd);
      if (entity) {
        const claimEnd = leftTrim.length + consumedUntil;
        return { entity, claimStart: claimStartOf(ctx, consumedUntil), claimEnd, cue: cue.form, confidence: 0.9, attrEnd: sEnd };
      }
    }
  }

  // Post-posed or medial: '"Q," she said.' / 'CLAUSE, the authority said, and CLAUSE.'
  if (ends || medial) {
    const subj = subjectBefore(ctx, registry, consumedUntil, pos, true);
    if (!subj) return null;
    let claimStart = claimStartOf(ctx, consumedUntil);
    if (subj.start <= claimStart + 1) {
      // Nothing precedes the speaker: "Imhof dismissed the criticism" style sentence with no reported words.
      return null;
    }
    const claimEnd = medial ? sEnd : subj.start;
    // 'By the time she heard, she was only half-surprised: "It made sense," she said.': the words are the quote.
    const colon = m.lastIndexOf(':', claimEnd);
    if (!medial && colon > claimStart) {
      const q = ctx.quotes.find((x) => x.open > colon && x.close <= claimEnd && /^\s*$/.test(m.slice(colon + 1, x.open)));
      if (q) claimStart = q.open;
    }
    const pronoun = /^\s*(?:he|she|they|it)\b/i.test(m.slice(subj.start));
    return { entity: subj.entity, claimStart, claimEnd, cue: cue.form, confidence: pronoun ? 0.85 : 0.9, attrEnd: sEnd };
  }

  // "rent increases that tenants' groups say have priced families out": a cue inside a relative clause whose
  // reported verb follows at once; the speaker is between "that"/"which" and the cue, the claim is the verb phrase.
  const relative = /\b(?:that|which)\s+(?=[^,;:\s][^,;:]{0,59}$)/i.exec(left);
  if (relative && RELATIVE_VERB.test(afterCue)) {
    const from = consumedUntil + relative.index + relative[0].length;
    const phrase = readSpeakerPhrase(m, from, pos);
    if (phrase && adjacentToCue(m.slice(phrase.end, pos))) {
      const who = resolvePhrase(ctx, registry, phrase);
      if (who) {
        const start = end + (/^\s*/.exec(afterCue)?.[0].length ?? 0);
        let claimEnd = clauseEnd(ctx, start, sEnd, laterCues);
        // "The decision, which the mayor said was final, angered ...": a clause opened by a comma closes at one.
        if (/,\s*$/.test(left.slice(0, relative.index))) {
          const close = /,(?!\d)/.exec(m.slice(start, claimEnd));
          if (close) claimEnd = start + close.index;
        }
        return { entity: who, claimStart: start, claimEnd, cue: cue.form, confidence: 0.8, attrEnd: claimEnd };
      }
    }
  }
  const colonOnly = /^\s*:\s*$/.test(rest);
  // Pre-posed: 'S said (that) CLAUSE', 'S told O: "Q"', 'S urged O to ...'.
  let entity: Entity | null = null;
  /** "Ana Ruiz, who said the bridge was safe, left early": the relative clause closes at its comma. */
  let parenthetical = false;
  const coordinated = COORD_CUE.test(left) || /^\s*(?:and|but)?\s*(?:also\s+)?$/i.test(left) && consumedUntil > ctx.span.start;
  if (coordinated) {
    const segStart = consumedUntil + (COORD_CUE.exec(left)?.index ?? left.length);
    entity = prevSubject ?? sentenceSubject(ctx, registry, segStart);
  } else if (/,\s*$/.test(left) && cue.form.endsWith('ing')) {
    entity = prevSubject ?? sentenceSubject(ctx, registry, pos);
  } else {
    const who = /,\s*who\s+(?:also\s+|later\s+|previously\s+|then\s+)?$/i.exec(left);
    const named = who ? nameEndingAt(ctx, consumedUntil + who.index) : null;
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
  if (!entity) return null;
  if (colonOnly) return { entity, claimStart: sEnd, claimEnd: sEnd, cue: cue.form, confidence: 0.8, attrEnd: sEnd, colonOnly };
  let start = clauseStart(ctx, cue, end, sEnd);
  // 'told the meeting: "..."', 'put it bluntly: "..."': a few words closed by a colon, then the quote.
  const quoteAt = firstQuoteAfter(ctx, end, sEnd);
  const colonBefore = quoteAt !== null && /^[^.!?:;\u25AE]{0,60}:\s*$/.test(m.slice(end, quoteAt));
  const colonQuote = colonBefore || /^\s*(?:[\p{L}]+ly\s*)?[:,]?\s*$/u.test(m.slice(start, firstQuoteAfter(ctx, start, sEnd) ?? start)) && firstQuoteAfter(ctx, start, sEnd) !== null;
  if (colonQuote) start = colonBefore ? quoteAt! : firstQuoteAfter(ctx, start, sEnd)!;
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
  if (!ok && cue.frame.accusation) ok = /^\s*(?:\S+\s+){0,5}?of\s+/i.test(body);
  if (!ok && cue.frame.quoteOnly) ok = colonQuote;
  if (!ok) return null;
  if (cue.frame.quoteOnly && !colonQuote) return null;
  const hasThat = /\bthat\s*$/i.test(m.slice(end, start));
  return { entity, claimStart: start, claimEnd, cue: cue.form, confidence: hasThat || colonQuote ? 0.9 : 0.8, attrEnd: claimEnd };
}

/** The words before the speaker end with a quote or a comma: reported words come first. */
function reportedWordsBefore(left: string): boolean {
  const t = left.replace(/\s+$/, '');
  // A single mark counts as a closing quote only after the quote's masked words or its punctuation: the
  // apostrophe of "The Farmers' Union" or "the country's unions" is no quote.
  return /(?:[,”"»]|\u25AE['’]?|[,.!?]['’])\s*(?:[\p{L}'’.-]+\s*){1,6}$/u.test(t);
}

function firstQuoteAfter(ctx: SentenceCtx, from: number, to: number): number | null {
  const q = ctx.quotes.find((x) => x.open >= from && x.open < to);
  return q ? q.open : null;
}

/** Where reported words before an attribution start: the sentence start, past a previous attribution. */
function claimStartOf(ctx: SentenceCtx, consumedUntil: number): number {
  let s = consumedUntil;
  while (s < ctx.span.end && /[\s.,;:]/.test(ctx.masked[s])) s++;
  return s;
}

/** The speaker phrase that ends right before the cue, with its appositives and a role in front. */
function subjectBefore(ctx: SentenceCtx, registry: SpeakerRegistry, fromStart: number, cuePos: number, postPosed = false): { entity: Entity; start: number } | null {
  const m = ctx.masked;
  const from = Math.max(fromStart, cuePos - SUBJECT_WINDOW);
  // Clause boundary: the speaker of a cue sits after the last subordinator or quote before it.
  let segStart = from;
  // Subordinators inside a relative clause set off by commas ("The person, who asked not to be named
  // because the talks are private, said") belong to that clause, not to the sentence.
  const seg = m.slice(from, cuePos).replace(/,\s*(?:who|whom|whose)\b[^,;:]*,/giu, (x) => ',' + ' '.repeat(x.length - 2) + ',');
  // "The meeting was moved after the fire marshal said ...": a subordinator with only a short, comma-free
  // phrase between it and the cue opens the clause the speaker is in.
  const boundary = /(?:[:;]|,\s*(?:where|when|while|whereas|as|after|because|although|though|so|and|but|yet)\b|\s(?:where|when|whereas|because|although|but)\b|\s(?:as|while|after|before|and)(?=\s+(?:he|she|they|it|we)\b)|\s(?:after|before|when|while|because|since|until|once)(?=\s+[^,;:]{1,50}$))/giu;
  for (let b = boundary.exec(seg); b; b = boundary.exec(seg)) segStart = from + b.index + b[0].length;
  // A quote before the cue also ends the stretch in which the speaker can be.
  for (const q of ctx.quotes) if (q.close > segStart && q.close <= cuePos) segStart = q.close;
  // Post-posed attribution after a clause: the speaker is in the last comma chunks.
  const chunks = commaChunks(ctx, segStart, cuePos);
  if (chunks.length === 0) return null;
  // "Last year the ministry said ...": a time phrase without its comma is not part of the speaker.
  const lead = TIME_LEAD.exec(m.slice(chunks[0].start, chunks[0].end));
  if (lead && chunks[0].start + lead[0].length < chunks[0].end) chunks[0] = { start: chunks[0].start + lead[0].length, end: chunks[0].end };
  const last = chunks[chunks.length - 1];
  const lastPhrase = readSpeakerPhrase(m, last.start, last.end);
  if (lastPhrase && adjacentToCue(m.slice(lastPhrase.end, cuePos)) && chunks.length >= 2) {
    const prev = chunks[chunks.length - 2];
    const prevPhrase = readSpeakerPhrase(m, prev.start, prev.end);
    // "..., the council's leader, Margaret Doyle, said" / "..., Ingrid Solberg, an analyst, said"
    const roleLike = prevPhrase && (prevPhrase.type === 'role' || (prevPhrase.type === 'unnamed' && (prevPhrase.definite ||
      (ROLE_NOUNS.has(prevPhrase.head) && m.slice(prev.start, prev.end).trim().split(/\s+/).length <= 4))));
    if (lastPhrase.type === 'name' && prevPhrase && roleLike && prevPhrase.end >= prev.end - 1) {
      const entity = resolvePhrase(ctx, registry, lastPhrase);
      if (entity) {
        if (!entity.role) entity.role = cleanRole(m.slice(prev.start, prev.end));
        return { entity, start: prev.start };
      }
    }
    if (lastPhrase.type !== 'name' && prevPhrase?.type === 'name' && prevPhrase.end >= prev.end - 1 && !looksLikeClause(ctx, prev.start, prev.end)) {
      const entity = resolvePhrase(ctx, registry, prevPhrase);
      if (entity) {
        if (prevPhrase.type === 'name' && !prevPhrase.phrase.titled) classifyByAppositive(entity, m.slice(last.start, last.end));
        if (!entity.role && entity.kind === 'person') entity.role = cleanRole(m.slice(last.start, last.end));
        return { entity, start: prev.start };
      }
    }
    if (!postPosed && (!looksLikeClause(ctx, chunks[0].start, chunks[0].end) || segStart > from)) {
      // fall through to the pre-posed reading below
    } else {
      const entity = resolvePhrase(ctx, registry, lastPhrase);
      return entity ? { entity, start: last.start } : null;
    }
  }
  if (lastPhrase && adjacentToCue(m.slice(lastPhrase.end, cuePos)) && chunks.length === 1) {
    const entity = resolvePhrase(ctx, registry, lastPhrase);
    return entity ? { entity, start: last.start } : null;
  }
  // "Within an hour of the hearing she posted ...": a phrase of time or place opens the sentence without its
  // comma; the subject is the pronoun right before the verb.
  if (/^\s*(?:within|throughout|amid|until|in|on|at|after|before|during|by|since|following|over|under)\b/i.test(m.slice(last.start, last.end))) {
    const pronoun = /\b(he|she|they|He|She|They)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$/.exec(m.slice(last.start, cuePos));
    if (pronoun) {
      const phrase = readSpeakerPhrase(m, last.start + pronoun.index, cuePos);
      const entity = phrase ? resolvePhrase(ctx, registry, phrase) : null;
      if (entity) return { entity, start: last.start + pronoun.index };
    }
  }
  // Pre-posed with appositives: "Tom Becker, who heads the dockers' union, said".
  const found = speakerFromChunks(ctx, registry, chunks, cuePos);
  return found ? { entity: found.entity, start: found.start } : null;
}
