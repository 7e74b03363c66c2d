/**
 * Quote scanning: finds the top-level quotations of one paragraph.
 *
 * Handles straight and curly double quotes, single quotes used as quotes (British style), guillemets and
 * quotes nested inside each other. Only the outermost quote is reported: a quote inside a quote belongs to
 * the outer speaker's words. A quote still open at the end of the paragraph is reported as open-ended, which
 * is how news prose runs a quote over several paragraphs (the opening mark is repeated on each paragraph and
 * the closing mark comes only at the end).
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark (= contentEnd when open-ended). */
  close: number;
  contentStart: number;
  contentEnd: number;
  /** No closing mark before the end of the paragraph. */
  openEnded: boolean;
}

type Family = 'double' | 'single' | 'guillemet' | 'single-guillemet';

interface Opener {
  family: Family;
  pos: number;
}

const LETTER = /[\p{L}\p{N}]/u;
/** Every mark the scan below acts on; all other characters pass unread. */
const QUOTE_MARK = /[“”"«»‹›‘'’]/g;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/"“‘'«‹]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || OPENING_CONTEXT.test(prev);
}

/**
 * A right single mark after a plural "s" ("the dockers’ union") looks exactly like a closing quote. We take it
 * as an apostrophe when another closing candidate follows later in the paragraph, which is what a reader does.
 * The last candidate's index, found once per paragraph, answers that for every mark in constant time.
 */
function lastSingleCloser(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if ((ch === '’' || ch === "'") && !(isLetter(text[i - 1]) && isLetter(text[i + 1]))) return i;
  }
  return -1;
}

export function scanQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Opener[] = [];
  let lastCloser: number | undefined;

  // How many openers of each family the stack holds: a paragraph of thousands of unclosed marks must not
  // cost a walk of the whole stack for every mark.
  const open: Record<Family, number> = { double: 0, single: 0, guillemet: 0, 'single-guillemet': 0 };
  const push = (family: Family, pos: number) => {
    stack.push({ family, pos });
    open[family]++;
  };
  const closeFamily = (family: Family, i: number): boolean => {
    if (open[family] === 0) return false;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].family !== family) continue;
      const opener = stack[k];
      for (let r = k; r < stack.length; r++) open[stack[r].family]--;
      stack.length = k;
      if (k === 0) {
        spans.push({ open: opener.pos, close: i + 1, contentStart: opener.pos + 1, contentEnd: i, openEnded: false });
      }
      return true;
    }
    return false;
  };
  const hasOpen = (family: Family) => open[family] > 0;

  // Only quotation marks change anything: jump from one to the next rather than look at every character.
  QUOTE_MARK.lastIndex = 0;
  for (let found = QUOTE_MARK.exec(text); found; found = QUOTE_MARK.exec(text)) {
    const i = found.index;
    const ch = found[0];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + 1 < text.length ? text[i + 1] : undefined;
    switch (ch) {
      case '“':
        push('double', i);
        break;
      case '”':
        closeFamily('double', i);
        break;
      case '"':
        if (hasOpen('double')) closeFamily('double', i);
        else if (opensAfter(prev)) push('double', i);
        break;
      case '«':
        push('guillemet', i);
        break;
      case '»':
        closeFamily('guillemet', i);
        break;
      case '‹':
        push('single-guillemet', i);
        break;
      case '›':
        closeFamily('single-guillemet', i);
        break;
      case '‘':
        if (!isLetter(prev) && next !== undefined && !/[\s\d]/.test(next)) push('single', i);
        break;
      case "'":
      case '’': {
        if (isLetter(prev) && isLetter(next)) break; // we’re, St Anne’s
        const closes = prev !== undefined && !/\s/.test(prev);
        if (hasOpen('single') && closes) {
          if (prev === 's' && next !== undefined && /\s/.test(next) && (lastCloser ??= lastSingleCloser(text)) > i) break;
          closeFamily('single', i);
        } else if (ch === "'" && opensAfter(prev) && next !== undefined && !/[\s\d]/.test(next)) {
          push('single', i);
        }
        break;
      }
    }
  }

  if (stack.length > 0) {
    const opener = stack[0];
    // A stray straight single mark is far more often an apostrophe than a quote running on: only trust it at
    // the start. A left single mark (‘) is never an apostrophe once it opens before a letter.
    const trusted = opener.family !== 'single' || text[opener.pos] === '‘' || text.slice(0, opener.pos).trim() === '';
    if (trusted) {
      let end = text.length;
      while (end > opener.pos + 1 && /\s/.test(text[end - 1])) end--;
      spans.push({ open: opener.pos, close: end, contentStart: opener.pos + 1, contentEnd: end, openEnded: true });
    }
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** Replaces quoted content so rules looking for cues and names never read the speaker's own words. */
export function maskQuotes(text: string, spans: QuoteSpan[], keepFinalStop: boolean): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.contentStart);
    let end = s.contentEnd;
    let stop = '';
    if (keepFinalStop) {
      // Sentence splitting must still see a quote that ends its sentence.
      let j = s.contentEnd - 1;
      while (j > s.contentStart && /\s/.test(text[j])) j--;
      if (j >= s.contentStart && /[.!?]/.test(text[j])) {
        end = j;
        stop = text.slice(j, s.contentEnd);
      }
    }
    out += MASK.repeat(end - s.contentStart) + stop;
    at = s.contentEnd;
  }
  return out + text.slice(at);
}

export const MASK = '\u25AE';
