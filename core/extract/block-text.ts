import type { TextPoint } from '../anchoring/types';
import type { ArticleBlock } from './types';
import { ELEMENT_NODE, TEXT_NODE, isHidden, isInline, isNeverText, tagOf } from './dom';
import { WALK_CHUNK, runToEnd, type Steps } from '../steps';

/**
 * One run of output text copied from one Text node. `raw` is the index in the
 * node's data of the run's first character; inside a run, whitespace in the
 * node was collapsed to single spaces (unless `pre`), which `pointAt` replays
 * on demand. Keeping only this per run is what makes mapping cheap: no
 * per-character table is built for text nobody points at.
 */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  raw: number;
  pre: boolean;
}

export interface RenderedText {
  text: string;
  blocks: ArticleBlock[];
  segments: TextSegment[];
}

export interface RenderOptions {
  /**
   * Return true to leave an element and everything inside it out of the text.
   * When given, it also decides about hidden elements (the extractor's filter
   * already knows them from its scoring walk, and reading `style` again for
   * every element is one of the costlier things on a large page); without it,
   * elements hidden by their own markup are left out.
   */
  skip?: (el: Element) => boolean;
}

/** Separator strength: what must stand between text before and after a boundary. */
const NONE = 0;
const SPACE = 1;
const LINE = 2;
const BLANK = 3;

/** Boundaries that are a line break, not a paragraph break. */
const LINE_LEVEL = new Set(['li', 'dt', 'dd', 'tr', 'caption', 'option', 'summary']);
/** Table cells run on within their row; the row is the block. */
const CELL_LEVEL = new Set(['td', 'th']);

const SEPARATORS = ['', ' ', '\n', '\n\n'];

/** Whitespace as `\s` sees it, tested on a char code: this runs for every character at a text node's edges. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Renders elements as reader text: a blank line between blocks, list items and
 * table rows on their own lines, `<br>` as "\n", whitespace collapsed. Any
 * element that is not phrasing content is a boundary, so words from adjacent
 * blocks are never glued together.
 */
export function renderBlockText(roots: readonly Element[], options: RenderOptions = {}): RenderedText {
  return runToEnd(renderBlockTextSteps(roots, options));
}

/** The same, pausing every WALK_CHUNK elements (a huge article is rendered over several slices). */
export function* renderBlockTextSteps(roots: readonly Element[], options: RenderOptions = {}): Steps<RenderedText> {
  let visited = 0;
  const skip = options.skip ?? isHidden;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const blocks: ArticleBlock[] = [];
  const blockStack: Element[] = [];
  let len = 0;
  let pending = NONE;
  let current: { element: Element; start: number } | null = null;
  let preDepth = 0;

  const closeBlock = (): void => {
    if (!current) return;
    blocks.push({ element: current.element, start: current.start, text: '' });
    current = null;
  };

  const emit = (str: string, node: Text, raw: number, pre: boolean): void => {
    const level = len > 0 ? pending : NONE;
    if (level > NONE) {
      parts.push(SEPARATORS[level]);
      len += SEPARATORS[level].length;
    }
    pending = NONE;
    const blockEl = blockStack.length > 0 ? blockStack[blockStack.length - 1] : (node.parentNode as Element);
    if (!current || level === BLANK || current.element !== blockEl) {
      closeBlock();
      current = { element: blockEl, start: len };
    }
    segments.push({ start: len, end: len + str.length, node, raw, pre });
    parts.push(str);
    len += str.length;
  };

  const boundary = (level: number): void => {
    if (level > pending) pending = level;
  };

  const text = (node: Text): void => {
    const data = node.data;
    if (preDepth > 0) {
      if (data.length > 0) emit(data, node, 0, true);
      return;
    }
    let first = 0;
    while (first < data.length && isSpace(data.charCodeAt(first))) first++;
    if (first === data.length) {
      if (data.length > 0) boundary(SPACE);
      return;
    }
    if (first > 0) boundary(SPACE);
    let last = data.length;
    while (last > first && isSpace(data.charCodeAt(last - 1))) last--;
    emit(data.slice(first, last).replace(/\s+/g, ' '), node, first, false);
    if (last < data.length) boundary(SPACE);
  };

  const walk = function* (el: Element): Steps<void> {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        text(n as Text);
        // Text nodes count too: a br-separated dump is one element holding a hundred thousand of them.
        if (++visited % WALK_CHUNK === 0) yield;
        continue;
      }
      if (n.nodeType !== ELEMENT_NODE) continue;
      const child = n as Element;
      const tag = tagOf(child);
      if (tag === 'br') {
        // Two breaks in a row read as a paragraph break, as in br-separated pages.
        boundary(pending >= LINE ? BLANK : LINE);
        continue;
      }
      if (isNeverText(tag) || skip(child)) continue;
      if (++visited % WALK_CHUNK === 0) yield;
      if (isInline(tag)) {
        yield* walk(child);
        continue;
      }
      if (CELL_LEVEL.has(tag)) {
        boundary(SPACE);
        yield* walk(child);
        boundary(SPACE);
        continue;
      }
      const level = LINE_LEVEL.has(tag) ? LINE : BLANK;
      boundary(level);
      blockStack.push(child);
      if (tag === 'pre') preDepth++;
      yield* walk(child);
      if (tag === 'pre') preDepth--;
      blockStack.pop();
      boundary(level);
    }
  };

  for (const root of roots) {
    boundary(BLANK);
    blockStack.push(root);
    yield* walk(root);
    blockStack.pop();
  }
  closeBlock();

  // On a huge page these are hundreds of thousands of parts and tens of thousands
  // of blocks: joined and cut in steps, like the walk (in one go they were a
  // task of 150-200 ms on the 5 MB bench article).
  const out = yield* joinSteps(parts);
  for (let i = 0; i < blocks.length; i++) {
    const start = blocks[i].start;
    let end = i + 1 < blocks.length ? blocks[i + 1].start : out.length;
    while (end > start && isSpace(out.charCodeAt(end - 1))) end--;
    blocks[i].text = out.slice(start, end);
    if ((i + 1) % WALK_CHUNK === 0) yield;
  }
  return { text: out, blocks, segments };
}

/** Strings joined per step; the last join of the pieces is one copy of the text. */
const JOIN_CHUNK = 4 * WALK_CHUNK;

function* joinSteps(parts: readonly string[]): Steps<string> {
  if (parts.length <= JOIN_CHUNK) return parts.join('');
  const pieces: string[] = [];
  for (let i = 0; i < parts.length; i += JOIN_CHUNK) {
    pieces.push(parts.slice(i, i + JOIN_CHUNK).join(''));
    yield;
  }
  return pieces.join('');
}

/**
 * Maps an offset in rendered text to the DOM point it was copied from. An
 * offset at the very end of a run maps to the end of its node, so that the
 * end of a range found in the text (exclusive) still lands on the page.
 * Separators the renderer synthesised between runs map to null.
 */
export function pointAtOffset(segments: readonly TextSegment[], offset: number): TextPoint | null {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return null;
  const seg = segments[found];
  if (offset > seg.end) return null;
  const wanted = offset - seg.start;
  if (seg.pre) return { node: seg.node, offset: seg.raw + wanted };
  const data = seg.node.data;
  let i = seg.raw;
  for (let k = 0; k < wanted && i < data.length; k++) {
    if (isSpace(data.charCodeAt(i))) {
      while (i < data.length && isSpace(data.charCodeAt(i))) i++;
    } else {
      i++;
    }
  }
  return { node: seg.node, offset: i };
}
