/**
 * A highlight in context: the sentence (or sentences) around a highlight, found in the article's text
 * as saved, so the library shows what was said around it without the page. Found the way the page
 * finds it again (core/anchoring's quote matcher: exact with its prefix and suffix first, then
 * approximate), because the saved text is laid out by the extractor, not as the page's body text the
 * selectors were made on.
 */
import type { TextSelector } from '../anchoring/types';
import { buildSearchText, searchSpanToBody } from '../anchoring/search-text';
import { findExact, findFuzzy, prepareQuote } from '../anchoring/quote-match';

export interface InContext {
  before: string;
  quote: string;
  after: string;
}

/** At most this much text either side: a "sentence" of a page without full stops is not the whole page. */
const MAX_SIDE = 280;
const SENTENCE_END = /[.!?…]["'”’)\]]*\s/g;

function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - MAX_SIDE);
  const window = text.slice(from, at);
  const paragraph = window.lastIndexOf('\n');
  let start = paragraph >= 0 ? paragraph + 1 : 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) {
    if (m.index + m[0].length > start) start = m.index + m[0].length;
  }
  // No boundary within reach: cut at a word.
  if (start === 0 && from > 0) start = Math.max(0, window.indexOf(' ') + 1);
  return from + start;
}

function sentenceEnd(text: string, at: number): number {
  const window = text.slice(at, at + MAX_SIDE);
  const paragraph = window.indexOf('\n');
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(window);
  let end = m ? m.index + m[0].trimEnd().length : window.length;
  if (paragraph >= 0 && paragraph < end) end = paragraph;
  if (!m && paragraph < 0 && at + MAX_SIDE < text.length) end = Math.max(0, window.lastIndexOf(' '));
  return at + end;
}

/** Where `selectors` point in `text` (offsets), or null when the quote is not there any more. */
export function locateQuote(text: string, selectors: readonly TextSelector[]): { start: number; end: number } | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || !text) return null;
  const prepared = prepareQuote(quote);
  if (!prepared) return null;
  const search = buildSearchText([text], [0], new Uint8Array(1), text.length);
  const found = findExact(search, prepared) ?? findFuzzy(search, prepared);
  return found ? searchSpanToBody(search, found.start, found.end) : null;
}

/** The highlight with the rest of its sentence either side, or null when the saved text does not have it. */
export function quoteInContext(text: string, selectors: readonly TextSelector[]): InContext | null {
  const span = locateQuote(text, selectors);
  if (!span) return null;
  const start = sentenceStart(text, span.start);
  const end = Math.max(span.end, sentenceEnd(text, span.end));
  return {
    before: text.slice(start, span.start).replace(/\s+/g, ' ').trimStart(),
    quote: text.slice(span.start, span.end),
    after: text.slice(span.end, end).replace(/\s+/g, ' ').trimEnd(),
  };
}
