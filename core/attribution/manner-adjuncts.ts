/**
 * How the words were said, right after a cue: '"Q," she says eventually.', 'he said quietly', 'she says only
 * that ...', 'she says near the end', 'he said with a laugh', 'she said after a pause'. These are
 * circumstances like "on Monday" (word-patterns ADJUNCT_AFTER_CUE) and are skipped with them, so that
 * '"Q," she says eventually.' ends its sentence and 'she says only that X' reports X.
 *
 * Why a separate, case-sensitive pattern: ADJUNCT_AFTER_CUE is case-insensitive, and an "-ly" word read
 * that way would take names ('said Kelly', 'told Emily') for adverbs. Here the adverb must be lower case,
 * and common nouns in -ly ("family", "assembly", "supply", "rally") are ruled out by name.
 *
 * Must skip: "eventually", "quietly", "only", "near the end", "with a laugh", "after a long pause", "by phone
 * from Port Hallen" (how the words reached the writer).
 * Must not skip: "Kelly", "the family", "assembly", "July".
 */
import { ADJUNCT_AFTER_CUE } from './word-patterns';

const MANNER = /^\s*,?\s*(?:(?:(?:very|so|rather|quite|almost)\s+)?(?!(?:family|assembly|supply|reply|rally|ally|belly|jelly|bully|holly|lily|fly|early|daily|weekly|monthly|yearly|hourly|nightly|likely|friendly|lonely|elderly|ugly|silly|costly|deadly|lovely|holy|italy|july)\b)[a-z]{2,}ly|(?:near|towards?)\s+the\s+end(?:\s+of\s+the\s+(?:episode|interview|conversation|hour|show|call|programme|program|podcast))?|at\s+last|once\s+more|(?:by|over\s+the)\s+(?:phone|telephone|email|e-mail|text\s+message|text|video\s+link|videolink|video|radio)(?:\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?|with\s+a\s+(?:\w+\s+)?(?:laugh|smile|shrug|sigh|grin|chuckle|wink|nod)|after\s+a\s+(?:\w+\s+)?(?:pause|silence|moment))\b(?=\s|[.,;:!?]|$)/;

/** Length of the circumstances after a cue: time, place and channel adjuncts, and how the words were said. */
export function adjunctLength(s: string): number {
  let pos = 0;
  for (let guard = 0; guard < 4; guard++) {
    const before = pos;
    pos += ADJUNCT_AFTER_CUE.exec(s.slice(pos))?.[0].length ?? 0;
    pos += MANNER.exec(s.slice(pos))?.[0].length ?? 0;
    if (pos === before) break;
  }
  return pos;
}
