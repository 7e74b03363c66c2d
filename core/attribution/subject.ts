/**
 * The sentence's subject as speaker: the phrase before a cue with its appositives and a role in front
 * ("The council's finance chief, Graham Hollis, said"), past lead-ins ("Speaking on Friday,", "Defending,"),
 * clause boundaries and a time phrase without its comma; documents speaking for whoever issued them ("A
 * statement from the club said", "The report, published by X, said").
 */
import { type Span } from './sentences';
import { readSpeakerPhrase } from './speaker-phrase';
import type { Entity, SpeakerRegistry } from './registry';
import { type SentenceCtx, commaChunks } from './sentence';
import { adjacentToCue, looksLikeClause } from './clauses';
import { classifyByAppositive, cleanRole, resolvePhrase } from './speakers';
import { GIVEN_NAME_GENDER, ROLE_NOUNS } from './lexicon';
import { LEADING_ADVERBIAL, TIME_LEAD } from './word-patterns';

/** How far before a cue its speaker can be: a subject with its appositives fits easily. */
const SUBJECT_WINDOW = 400;
const DOCUMENT_SUBJECT = /^\s*(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(report|study|statement|survey|letter|memo|analysis|review|audit|filing|document|ruling|paper|investigation|inquiry)(?:\s+(?:also|further|later|previously|earlier|too))?\s*$/i;
const DOCUMENT_OWNED = /^(\s*(?:the\s+)?[^,]+?)['’]s?\s+(?:[\w-]+\s+)?(?:report|study|statement|survey|letter|memo|analysis|review|audit|filing|document|ruling|paper|website|announcement|account|feed|channel|page)(?:\s+(?:has|have|had|also|later|then|now))*\s*$/i;

/**
 * "Councillor Geoff Hanley (Conservative, Ashcombe Rural) said": a bracket after the speaker holds party, ward
 * or age; its commas are no chunk boundaries and its words no speaker. Blanked (same length, offsets kept)
 * only when the window before the cue holds a closed bracket, so most sentences cost nothing.
 */
function withoutBrackets(ctx: SentenceCtx, from: number, cuePos: number): SentenceCtx {
  const m = ctx.masked;
  const close = m.lastIndexOf(')', cuePos);
  if (close < from) return ctx;
  let out = m;
  for (let c = close; c >= from; c = out.lastIndexOf(')', c - 1)) {
    const open = out.lastIndexOf('(', c);
    if (open < from) break;
    // "Wessex and Midland Examinations (WME)": an acronym in brackets names the body before it; kept.
    if (!/^\(\s*[\p{Lu}]{2,8}\s*\)$/u.test(out.slice(open, c + 1))) out = out.slice(0, open) + ' '.repeat(c - open + 1) + out.slice(c + 1);
    c = open;
  }
  return out === m ? ctx : { ...ctx, masked: out };
}

/** The speaker phrase that ends right before the cue, with its appositives and a role in front. */
export function subjectBefore(ctx: SentenceCtx, registry: SpeakerRegistry, fromStart: number, cuePos: number, postPosed = false): { entity: Entity; start: number } | null {
  ctx = withoutBrackets(ctx, Math.max(fromStart, cuePos - SUBJECT_WINDOW), cuePos);
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
  // Not a quote inside such a relative clause ("Pruitt, who has called it a "structural reset", told ...").
  const relatives = [...m.slice(from, cuePos).matchAll(/,\s*(?:who|whom|whose)\b[^,;:]*,/giu)].map((r) => [from + r.index!, from + r.index! + r[0].length]);
  for (const q of ctx.sentenceQuotes ?? ctx.quotes) {
    if (q.close > segStart && q.close <= cuePos && !relatives.some(([a, b]) => q.open > a && q.close < b)) segStart = q.close;
  }
  // "The pumps were restarted on Monday and the water board says ...": a clause joined by "and" or "but"
  // without a comma; the speaker is what follows the conjunction ("Smith and Jones said" has no clause before it).
  const joined = /\s(?:and|but)\s+(?=[^,;:]{1,60}$)/.exec(m.slice(segStart, cuePos));
  if (joined && joined.index > 0 && looksLikeClause(ctx, segStart, segStart + joined.index) && !andInsideName(m, segStart, segStart + joined.index, cuePos)) {
    const after = segStart + joined.index + joined[0].length;
    const phrase = readSpeakerPhrase(m, after, cuePos);
    if (phrase && phrase.type !== 'pronoun' && adjacentToCue(m.slice(phrase.end, cuePos))) segStart = after;
  }
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
    // "the ambulance service's head of operations for the region, Gareth Lloyd-Mostyn, said": the role may
    // end on a prepositional phrase.
    const roleEnds = prevPhrase !== null && (prevPhrase.end >= prev.end - 1 || /^\s+(?:of|for|at|in|on|with)\s[^,;:]*$/.test(m.slice(prevPhrase.end, prev.end)));
    if (lastPhrase.type === 'name' && prevPhrase && roleLike && roleEnds) {
      const entity = resolvePhrase(ctx, registry, lastPhrase);
      if (entity) {
        registry.describe(entity, cleanRole(m.slice(prev.start, prev.end)));
        return { entity, start: prev.start };
      }
    }
    if (lastPhrase.type !== 'name' && prevPhrase?.type === 'name' && prevPhrase.end >= prev.end - 1 && !looksLikeClause(ctx, prev.start, prev.end)) {
      const entity = resolvePhrase(ctx, registry, prevPhrase);
      if (entity) {
        if (prevPhrase.type === 'name' && !prevPhrase.phrase.titled) classifyByAppositive(registry, entity, m.slice(last.start, last.end));
        if (entity.kind === 'person') registry.describe(entity, cleanRole(m.slice(last.start, last.end)));
        return { entity, start: prev.start };
      }
    }
    // "At the hospital, where a ward has been set aside, medical superintendent Dr. Anil Bhandare admitted":
    // the "where" clause describes the place in front of it; the name after it is the sentence's subject.
    const placeClause = lastPhrase.type === 'name' && segStart > from && /,\s*(?:where|when)\s*$/i.test(m.slice(from, chunks[0].start)) &&
      m.slice(chunks[0].start, chunks[0].end).split(/\s+/).length >= 3;
    if (placeClause) {
      const entity = resolvePhrase(ctx, registry, lastPhrase);
      if (entity) return { entity, start: last.start };
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
  // '..., the report said.': a document after the words speaks for whoever issued it, or as itself.
  const document = DOCUMENT_SUBJECT.exec(m.slice(last.start, last.end));
  if (postPosed && document && chunks.length >= 2) {
    const entity = registry.issuerNear(ctx.base + last.start) ?? registry.sourceDocument(document[1].toLowerCase(), ctx.base + last.start);
    return { entity, start: last.start };
  }
  // Pre-posed with appositives: "Tom Becker, who heads the dockers' union, said".
  const found = speakerFromChunks(ctx, registry, chunks, cuePos);
  return found ? { entity: found.entity, start: found.start } : null;
}

/**
 * '..., the Ministry of Agriculture and Food Security said': the "and" is inside the body's name that ends at
 * the cue, not a clause boundary. Read from the last comma (or the start) before the "and" up to the cue.
 */
function andInsideName(m: string, segStart: number, andAt: number, cuePos: number): boolean {
  const comma = m.lastIndexOf(',', andAt);
  const from = Math.max(segStart, comma + 1);
  const phrase = readSpeakerPhrase(m, from, cuePos);
  return phrase !== null && phrase.type === 'name' && phrase.phrase.kind === 'organization' && phrase.start < andAt && phrase.end > andAt &&
    adjacentToCue(m.slice(phrase.end, cuePos));
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
  const document = DOCUMENT_SUBJECT.exec(ctx.masked.slice(first.start, first.end));
  if (document) {
    for (let k = i + 1; k < chunks.length; k++) {
      const by = /\bby\s+/.exec(ctx.masked.slice(chunks[k].start, chunks[k].end));
      if (!by) continue;
      const author = readSpeakerPhrase(ctx.masked, chunks[k].start + by.index + by[0].length, chunks[k].end);
      if (author && author.type !== 'pronoun') {
        const entity = resolvePhrase(ctx, registry, author);
        if (entity) return { entity, start: first.start, role: null };
      }
    }
    // No issuer named or near: the document stands as the source, as "according to a report" does.
    const issuer = registry.issuerNear(ctx.base + first.start) ?? registry.sourceDocument(document[1].toLowerCase(), ctx.base + first.start);
    return { entity: issuer, start: first.start, role: null };
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
        registry.describe(entity, roleText);
        return { entity, start: first.start, role: roleText };
      }
    }
  }
  if (!isLast && ctx.masked.slice(phrase.end, first.end).trim() && !/^\s*(?:of|from|at|for|in|on|with|who|which|whose)\b/i.test(ctx.masked.slice(phrase.end, first.end))) return null;
  const entity = resolvePhrase(ctx, registry, phrase);
  if (!entity) return null;
  if (i + 1 < chunks.length && phrase.type === 'name' && !phrase.phrase.titled) {
    classifyByAppositive(registry, entity, ctx.masked.slice(chunks[i + 1].start, chunks[i + 1].end));
  }
  if (i + 1 < chunks.length && entity.kind === 'person') {
    registry.describe(entity, cleanRole(ctx.masked.slice(chunks[i + 1].start, chunks[i + 1].end)));
  }
  // "Ruth Ade of Beta Inc. said": the body after "of" is the role.
  const ofBody = /^\s+(?:of|from|at)\s+((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:of\s+|for\s+)?[\p{Lu}][\p{L}'’.-]*)*)/u.exec(ctx.masked.slice(phrase.end, first.end));
  if (ofBody && entity.kind === 'person') registry.describe(entity, ofBody[1].replace(/^the\s+/i, ''));
  return { entity, start: first.start, role: entity.role };
}

/**
 * A chunk in front of the subject that is not the subject: a sentence adverbial ("Speaking on Friday,") or a
 * participle phrase of any verb ("Defending,", "Sentencing him on Friday,"), which court and sport reports put
 * before the speaker. A word in -ing that is somebody's known name ("Fleming, the coach, said") stays a name, and
 * a participle counts only when a name or pronoun follows it as the subject.
 */
export function isLeadIn(ctx: SentenceCtx, registry: SpeakerRegistry, chunks: Span[], i: number): boolean {
  const text = ctx.masked.slice(chunks[i].start, chunks[i].end);
  if (LEADING_ADVERBIAL.test(text) && !startsWithPhrase(ctx, chunks[i])) return true;
  // "Asked about Okafor, who joined in the summer, Pryce said": a relative clause about the lead-in's
  // object belongs to the lead-in, when a speaker opens the next chunk.
  if (i > 0 && i + 1 < chunks.length && /^\s*(?:who|which|whose)\b/i.test(text) && isLeadIn(ctx, registry, chunks, i - 1)) {
    const next = readSpeakerPhrase(ctx.masked, chunks[i + 1].start, chunks[i + 1].end);
    if (next !== null && next.type !== 'pronoun') return true;
  }
  // "In its report, published on Wednesday, the commission found": a past participle describing what came
  // before, when a speaker opens the next chunk.
  if (i > 0 && i + 1 < chunks.length && /^\s*[\p{Ll}]+ed\s+(?:on|in|at|by|last|this|earlier|after|before|late|early)\b/u.test(text)) {
    const next = readSpeakerPhrase(ctx.masked, chunks[i + 1].start, chunks[i + 1].end);
    if (next !== null) return true;
  }
  // "Hosting Solvay for the closing session, Reinholt said": a participle with its object, even a name.
  const participle = /^\s*([\p{Lu}][\p{Ll}]{2,}ing)\b(?!\s+[\p{Lu}])/u.exec(text) ??
    /^\s*([\p{Lu}][\p{Ll}]{2,}ing)\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*\s+[\p{Ll}]/u.exec(text);
  if (!participle || i + 1 >= chunks.length) return false;
  const word = participle[1].toLowerCase();
  if (GIVEN_NAME_GENDER.has(word) || registry.isKnownSurname(word)) return false;
  const next = readSpeakerPhrase(ctx.masked, chunks[i + 1].start, chunks[i + 1].end);
  return next !== null && (next.type === 'name' || next.type === 'pronoun');
}

function startsWithPhrase(ctx: SentenceCtx, c: Span): boolean {
  const p = readSpeakerPhrase(ctx.masked, c.start, c.end);
  return p !== null && p.type === 'name';
}

/** The first speaker phrase of the sentence: the subject shared by coordinated cues ("..., but added that"). */
export function sentenceSubject(ctx: SentenceCtx, registry: SpeakerRegistry, cuePos: number): Entity | null {
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
