/**
 * Registering mentions for coreference: every person and body a sentence names, so a later "he", "the
 * ministry" or a bare surname can find them. A name after a preposition or "told" is registered as an
 * object (a weaker antecedent); places, titles of works and things someone owns are not people.
 */
import { type NamePhrase, readName } from './names';
import { readSpeakerPhrase } from './speaker-phrase';
import { roleAffiliationName } from './role-affiliation';
import { type Token, isCapitalised, tokenize } from './tokens';
import type { SpeakerRegistry } from './registry';
import { initialsOf } from './name-index';
import type { SentenceCtx } from './sentence';
import type { Steps } from '../steps';

/** Words read between two pauses in a very long sentence. */
const TOKENS_PER_STEP = 1500;
import { GENDERED_ROLES, GIVEN_NAME_GENDER, ORG_HEADS, ORG_NOUNS, PERSON_NOUNS, PLACE_HEADS, ROLE_NOUNS } from './lexicon';

const ORG_HEADS_LOWER = (w: string) => ORG_HEADS.has(w.toLowerCase());
/** "the new company" is no name for a body; "the planning inspectorate" is. */
const GENERIC_MODIFIERS = new Set('new old same other first second third last next big small large largest biggest main whole entire former current local'.split(' '));
/** Nouns for works whose title follows them: the capitalised words after them are a title, not a person. */
const WORK_NOUNS = new Set('journal newspaper magazine paper book novel memoir film documentary album song series programme program show podcast play opera website blog newsletter ship vessel yacht'.split(' '));
/** Verbs whose object is who was spoken to: "told ABY Radio ...", "assured Mrs Lee": never the speaker a pronoun means. */
const LISTENER_BEFORE = new Set('told tells telling informed assured reminded warned urged asked thanked'.split(' '));
const OBLIQUE = new Set('than like with to for about by of from at on in into against without as toward towards among between behind beside'.split(' '));
/** A possessive and a few describing words before a name: "her new £140,000", "Rayne's black". */
const POSSESSED = /(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our|[\p{Lu}][\p{L}'’-]*['’]s)\s+(?:(?!(?:husband|wife|son|daughter|brother|sister|partner|mother|father|friend|colleague|boss|manager|lawyer|solicitor|agent|spokesman|spokeswoman|spokesperson)\b)(?:[\p{Ll}][\p{L}-]*|[£$€]?\d[\d,.]*[kmb]?)\s+){1,3}$/u;

const ROLE_BEFORE_NAME = /(?:^|\s)(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[\p{Lu}][\p{L}'’-]*['’]s)\s+((?:[\p{L}-]+\s+){0,2}([\p{L}-]+))\s*,\s*$/u;

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

/** An open bracket right after a capitalised word (a name), the bracket's words so far without a close. */
const AFFILIATION_BRACKET = /[\p{Lu}][\p{L}'’.-]*\s*\((?:[^()]*,\s*)?$/u;

/** Registers the people named in a sentence, so pronouns and surnames can refer to them later. */
/** "Our correspondent Nadia Ferreira": a name right after a reporter's title carries it as role. */
function asReporter(ctx: SentenceCtx, p: NamePhrase): NamePhrase {
  if (p.role) return p;
  const title = /\b(correspondent|reporter|journalist|editor)\s+$/i.exec(ctx.masked.slice(Math.max(0, p.start - 30), p.start));
  if (title) return { ...p, role: title[1].toLowerCase() };
  // A live blog's reporters at work: "Sam Redding reports that ...", "Dana Whitfield, who is at the marina,
  // says ...": reporting what they find there, which makes them sources (FORMAT.md), not the byline.
  const atWork = /^(?:\s+(?:reports|reported|is\s+reporting)\b|\s*,\s*who\s+is\s+(?:at|in|on|outside|near|inside)\s)/i.test(ctx.masked.slice(p.end, p.end + 40));
  return atWork ? { ...p, role: 'reporter' } : p;
}

export function* notePeople(ctx: SentenceCtx, registry: SpeakerRegistry): Steps<void> {
  const tokens = tokenize(ctx.masked, ctx.span.start, ctx.span.end);
  // A sentence of thousands of words (a block with no full stop) pauses inside, like a long paragraph.
  let at = 0;
  while (at < tokens.length) {
    if (at > 0) yield;
    at = noteTokens(ctx, registry, tokens, at, Math.min(tokens.length, at + TOKENS_PER_STEP));
  }
}

/**
 * Registers the names among tokens [from, to) of the sentence; returns where the next stretch starts (past
 * `to` when a name ran over it).
 */
/**
 * "spoke to the club's owner, Harold Beckwith,": a name in apposition to an object is an object too.
 * So is a name after a preposition and its modifiers ("a challenge on Brackenfield's Jonny Ives", "by referee Paul Kerrigan").
 * ...though a sentence that opens on one ("For Mr Jory Pascoe, 81, the return is personal.") is about them.
 * Asked only where a mention is registered, not for every word: its look-behind patterns are the costly part.
 */
function isOblique(ctx: SentenceCtx, tokens: Token[], i: number, prev: string): boolean {
  const t = tokens[i];
  const frontedTopic = i === 1 && /^\s*$/.test(ctx.masked.slice(ctx.span.start, tokens[0].start));
  return !frontedTopic && (OBLIQUE.has(prev) || LISTENER_BEFORE.has(prev) || (isCapitalised(t.text) && obliqueBeforeName(ctx.masked.slice(Math.max(0, t.start - 60), t.start))));
}

/** Prepositions before a name that make it a place, unless the name is a body's ("in the Northeast"). */
const LOCATIVE_BEFORE_THE = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'around', 'throughout', 'over', 'on']);
/** Words right before a name that make it a place. */
const LOCATIVE_BEFORE = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'around', 'beneath', 'towards', 'toward', 'inside', 'throughout', 'visits', 'visit', 'over', 'on', 'along', 'via', 'past', 'through', 'off', 'beside', 'behind']);

function noteTokens(ctx: SentenceCtx, registry: SpeakerRegistry, tokens: Token[], from: number, to: number): number {
  let i = from;
  // Each word lowered once for the whole stretch (the word before each token is read as well).
  const lowered: string[] = [];
  for (let k = Math.max(0, from - 2); k < Math.min(tokens.length, to + 4); k++) lowered[k] = tokens[k].text.toLowerCase();
  const lowerAt = (k: number) => lowered[k] ?? tokens[k].text.toLowerCase();
  for (; i < to; i++) {
    const t = tokens[i];
    const prev = i > 0 ? lowerAt(i - 1) : '';
    // "in the Northeast": the preposition before the article decides.
    const prepBefore = prev === 'the' && i > 1 ? lowerAt(i - 2) : prev;
    const lt = lowerAt(i);
    if (lt === 'the' && i + 3 < tokens.length && /^[\p{Ll}]/u.test(tokens[i + 1].text) &&
      (ORG_NOUNS.has(tokens[i + 2].text) || ORG_NOUNS.has(tokens[i + 3].text))) {
      // "the state transportation department": a body described in lower case, so that "the department"
      // later refers back to it.
      const phrase = readSpeakerPhrase(ctx.masked, t.start, ctx.span.end);
      const words = phrase?.type === 'orgNoun' ? phrase.name.trim().split(/\s+/) : [];
      if (phrase?.type === 'orgNoun' && words.length >= 2 && !GENERIC_MODIFIERS.has(words[0].toLowerCase())) {
        registry.resolveOrgNoun(phrase.name, phrase.head, false, ctx.base + t.start);
      }
    } else if ((lt === 'his' || lt === 'her' || lt === 'their') && i + 1 < tokens.length && /^(?:husband|wife|son|daughter|brother|sister|partner|mother|father)$/.test(tokens[i + 1].text)
      && !(i + 2 < tokens.length && isCapitalised(tokens[i + 2].text) && /^[\s,]+$/.test(ctx.masked.slice(tokens[i + 1].end, tokens[i + 2].start)))) {
      // "with her husband": someone a later "he" can be, though never named.
      registry.unnamed(tokens[i + 1].text, tokens[i + 1].text, false, ctx.base + t.start, false, isOblique(ctx, tokens, i, prev));
    } else if ((lt === 'a' || lt === 'an' || lt === 'one') && i + 1 < tokens.length) {
      // "A midwife who spoke on condition of anonymity ..." can be "she" two sentences later.
      for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
        const w = tokens[k].text.toLowerCase();
        if (PERSON_NOUNS.has(w) && !w.endsWith('s')) {
          // "Marguerite Olin, a negotiator for Varennes": an appositive is the named person, not someone new.
          if (/[\p{Lu}][\p{L}'’-]*,\s*(?:\d+,\s*)?$/u.test(ctx.masked.slice(Math.max(0, t.start - 40), t.start))) break;
          const phrase = readSpeakerPhrase(ctx.masked, t.start, ctx.span.end);
          if (phrase?.type === 'unnamed') registry.unnamed(phrase.name, phrase.head, phrase.plural, ctx.base + t.start, false, isOblique(ctx, tokens, i, prev));
          break;
        }
        if (!/^[a-z-]+$/.test(w)) break;
      }
    } else if (isCapitalised(t.text)) {
      // "Hosting Solvay for the closing session, ...": a participle opening the sentence is not part of the
      // name after it (unless it is someone's name: "Fleming said").
      if (i === 0 && /^[\p{Lu}][\p{Ll}]{2,}ing$/u.test(t.text) && i + 1 < tokens.length && isCapitalised(tokens[i + 1].text) &&
        !GIVEN_NAME_GENDER.has(t.text.toLowerCase()) && !registry.isKnownSurname(t.text.toLowerCase())) continue;
      const named = readName(ctx.masked, tokens, i);
      if (!named) continue;
      let p = named.phrase;
      // "senior coroner for Brynmor and the Upper Valleys Angharad Lewis-Pryce": the capitals after a role's
      // "of"/"for" run into the holder's name; the person is the end of the run (role-affiliation.ts).
      if (p.tokens.length >= 3 && i > 0) {
        const affiliated = roleAffiliationName(ctx.masked, tokens.slice(Math.max(from, i - 10), named.next));
        if (affiliated && affiliated.phrase.end === p.end) p = affiliated.phrase;
      }
      // "Councillor Tom Brierley (Liberal Democrat, Ashcombe North)": a bracket right after a name holds its
      // party, ward or club, never a person a later "he" could mean.
      if (AFFILIATION_BRACKET.test(ctx.masked.slice(Math.max(ctx.span.start, t.start - 80), t.start)) && /^[^()]{0,80}\)/.test(ctx.masked.slice(p.end, p.end + 82))) {
        i = named.next - 1;
        continue;
      }
      const oblique = isOblique(ctx, tokens, i, prev);
      const according = /according\s+to\s+$/i.test(ctx.masked.slice(Math.max(0, t.start - 14), t.start));
      const locative = !according && LOCATIVE_BEFORE_THE.has(prepBefore) && !p.tokens.some((w) => ORG_HEADS_LOWER(w)) || !according && LOCATIVE_BEFORE.has(prev);
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
        if (!registry.isAuthor(p.name)) registry.resolveName({ ...p, kind: 'organization', role: null }, ctx.base + p.start, true, oblique);
      } else if (ofCapitalised && !p.titled) {
        // "Friends of Westbury Libraries", "University of Arden": part of a body's name, not a person.
      } else if (locative && !p.titled && !givenFirst && p.kind === 'person') registry.notePlace(p.name);
      else if (p.kind === 'person' && !p.titled && !givenFirst && POSSESSED.test(ctx.masked.slice(Math.max(ctx.span.start, t.start - 50), t.start))) {
        // "her new £140,000 Range Rover", "Rayne's black Range Rover": something someone owns, not a person.
      } else if (p.kind === 'person' && (p.tokens.length >= 2 || p.titled) && !registry.isSilentAuthor(asReporter(ctx, p))) {
        // Siblings named together: "Kofi and Samuel Adeyemi".
        const and = ctx.masked.slice(Math.max(0, t.start - 40), t.start).match(/([\p{Lu}][\p{L}'’-]+)\s+and\s+$/u);
        if (and && p.tokens.length === 2 && !p.titled) {
          registry.resolveName({ ...p, name: `${and[1]} ${p.tokens[1]}`, tokens: [and[1], p.tokens[1]] }, ctx.base + t.start - and[0].length, true, oblique);
        }
        const person = registry.resolveName(asReporter(ctx, p), ctx.base + p.start, true, oblique);
        // "Their manager, Declan Moynihan, ...": the role set before the name, so "the Vale boss" can find him.
        const roleBefore = person && !person.role ? ROLE_BEFORE_NAME.exec(ctx.masked.slice(Math.max(ctx.span.start, t.start - 50), t.start)) : null;
        if (person && roleBefore && ROLE_NOUNS.has(roleBefore[2].toLowerCase())) registry.describe(person, roleBefore[1]);
        // "that captain Ross Whelan had suffered ...": a lower-case role word right before the name is its role
        // (names are read from their first capital, so the role word was not part of the phrase). Only a bare
        // role word: "retired judge", "federation chair" are read whole elsewhere.
        const bareRole = person && !person.role ? /(?:^\s*|(?:^|\s)(?:that|and|but|as|with|by|for|to|of|from|the|a|an|his|her|their|its)\s+|[,;:]\s*)([\p{Ll}]{3,})\s$/u.exec(ctx.masked.slice(Math.max(ctx.span.start, t.start - 30), t.start)) : null;
        if (person && bareRole && ROLE_NOUNS.has(bareRole[1])) registry.describe(person, bareRole[1]);
        // "Steenburgen's son, filmmaker Charlie McDowell": a kinship word just before a name gives its gender.
        const kin = /\b([a-z]+)\s*,\s*(?:[a-z-]+\s+){0,2}$/.exec(ctx.masked.slice(Math.max(0, t.start - 40), t.start));
        if (person && kin && GENDERED_ROLES[kin[1]]) registry.learnGender(person, GENDERED_ROLES[kin[1]]);
      } else if (p.kind === 'person' && p.tokens.length === 1 && !locative) {
        // A bare surname refers back only if someone bears it; otherwise leave it alone here.
        const known = registry.bearsName(p.tokens[0]);
        if (known) registry.resolveName(p, ctx.base + p.start, true, oblique);
      } else if (p.kind === 'organization' && !locative) {
        // "its warning for the Marrick district": a body after a preposition is no subject "it" points back to.
        const body = registry.resolveName(p, ctx.base + p.start, true, oblique);
        const acronym = /^\s*\(([\p{Lu}]{2,6})\)/u.exec(ctx.masked.slice(p.end, p.end + 12));
        if (body && acronym && initialsOf(p.tokens) === acronym[1]) registry.alias(acronym[1], body);
      }
      i = named.next - 1;
    }
  }
  return i;
}

