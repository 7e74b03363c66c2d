/**
 * Whether an article is in English: the one language attribution reads (its
 * cues, "said", "according to", are English words). The text decides when
 * there is enough of it, because a page's declared language is often wrong
 * (one template's lang="en" for every edition of a site); the declared
 * language decides for a short text; with neither, English is assumed, so a
 * page is never told "English only" on no evidence.
 *
 * Two signals from the first few thousand characters:
 * - script: when most letters are not Latin (Arabic, Hebrew, Chinese,
 *   Korean, Cyrillic…), it is not English;
 * - function words: in English prose, words like "the", "of", "and", "to",
 *   "that" make up a quarter or more of the running words; in other
 *   Latin-script languages the few that coincide ("in", "was", "an", "die" is
 *   not one) stay far below that, and "the" itself is all but absent.
 */

const SAMPLE_CHARS = 6000;
/** Below this many letters the script share says little. */
const MIN_LETTERS = 40;
/** Below this many words the function-word share says little. */
const MIN_WORDS = 30;

const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'said',
  'by', 'at', 'from', 'his', 'her', 'but', 'have', 'has', 'are', 'were', 'be', 'been', 'this', 'which', 'who',
  'not', 'they', 'will', 'would', 'an', 'their', 'we', 'had', 'or', 'its', 'after', 'than', 'about', 'says',
  'there', 'when', 'what', 'can', 'also', 'into', 'our', 'you', 'i', 'them', 'could', 'more', 'up', 'out',
]);

function declaresEnglish(declared: string | null): boolean | null {
  const tag = declared?.trim().toLowerCase();
  if (!tag) return null;
  return /^en(?:[-_]|$)/.test(tag);
}

/** What the text alone says: true, false, or null when it is too short to tell. */
export function textIsEnglish(text: string): boolean | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= MIN_LETTERS) {
    const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (latin / letters < 0.5) return false;
  }
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  let functionWords = 0;
  let the = 0;
  for (const word of words) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) functionWords++;
    if (word === 'the') the++;
  }
  return functionWords / words.length >= 0.2 && the / words.length >= 0.02;
}

/** Whether the article (its extracted text, and the page's declared language if any) is in English. */
export function isEnglishArticle(text: string, declaredLanguage: string | null): boolean {
  return textIsEnglish(text) ?? declaresEnglish(declaredLanguage) ?? true;
}
