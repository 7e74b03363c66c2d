/**
 * One pass over the Text nodes under `document.body`, in document order,
 * giving the body text (equal to `body.textContent`) and conversions between
 * body-text offsets and DOM points in O(log n).
 *
 * It uses only Node basics (firstChild, nextSibling, parentNode, nodeType,
 * data) so it runs on linkedom in Node as well as in browsers; only
 * `toRange` needs a DOM with Range.
 *
 * The index is a snapshot: after the page changes, build a new one. Building
 * is cheap (one walk), and a snapshot keeps every offset handed out by one
 * anchoring pass consistent with the others.
 */
import type { TextPoint } from './types';
import { buildSearchText, buildSearchTextSteps, searchIndexAtOrAfter, type SearchText } from './search-text';
import { WALK_CHUNK, runToEnd, type Steps } from '../steps';

const TEXT_NODE = 3;
/** Text nodes entered in the node-to-offset map between two pauses (a Map insert is well under a µs). */
const NODE_INDEX_STEP = 8 * WALK_CHUNK;
const CDATA_SECTION_NODE = 4;
const ELEMENT_NODE = 1;

/**
 * Elements whose text is in textContent but never on screen. Their text still
 * counts for positions (they are part of body.textContent) but is left out of
 * the text quotes are searched in and taken from.
 */
const HIDDEN_ELEMENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'script',
  'style',
  'noscript',
  'template',
]);

/** Which way to resolve an offset that falls between two Text nodes. */
export type Affinity = 'forward' | 'backward';

export class BodyTextIndex {
  /** The body text: every Text node's data, concatenated in document order. */
  readonly text: string;
  readonly root: Node;
  private readonly nodes: Text[];
  private readonly chunks: string[];
  private readonly starts: Int32Array;
  private readonly hidden: Uint8Array;
  private nodeIndex: Map<Node, number> | null = null;
  private search: SearchText | null = null;

  private constructor(root: Node, nodes: Text[], chunks: string[], hidden: number[]) {
    this.root = root;
    this.nodes = nodes;
    this.chunks = chunks;
    this.hidden = Uint8Array.from(hidden);
    this.starts = new Int32Array(nodes.length);
    let offset = 0;
    for (let i = 0; i < chunks.length; i++) {
      this.starts[i] = offset;
      offset += chunks[i].length;
    }
    this.text = chunks.join('');
  }

  /** Indexes `document.body` (an empty index when the document has no body). */
  static fromDocument(doc: Document): BodyTextIndex {
    return BodyTextIndex.fromRoot(doc.body ?? doc.createElement('body'));
  }

  /** The same walk pausing every WALK_CHUNK nodes, for huge pages (the content script runs it in slices). */
  static fromDocumentSteps(doc: Document): Steps<BodyTextIndex> {
    return BodyTextIndex.fromRootSteps(doc.body ?? doc.createElement('body'));
  }

  /** Indexes the Text nodes under any root (a body, an element, a fragment). */
  static fromRoot(root: Node): BodyTextIndex {
    return runToEnd(BodyTextIndex.fromRootSteps(root));
  }

  /**
   * The walk in steps. The page may change during a pause: if the node the
   * walk stood on was taken out of the page, the walk ends there (what was
   * read so far stays indexed) rather than wander outside `root`.
   */
  static *fromRootSteps(root: Node): Steps<BodyTextIndex> {
    let visited = 0;
    const nodes: Text[] = [];
    const chunks: string[] = [];
    const hidden: number[] = [];
    let hiddenRoot: Node | null = null;
    let node: Node | null = root.firstChild;
    // Iterative walk: deep pages would overflow a recursive one, and a
    // TreeWalker's filters are not implemented the same in every DOM we run on.
    outer: while (node) {
      if (++visited % WALK_CHUNK === 0) {
        yield;
        if (!root.contains(node)) break;
      }
      const type = node.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        const data = (node as Text).data;
        // Empty Text nodes hold no characters; leaving them out keeps every
        // offset inside exactly one indexed node.
        if (data.length > 0) {
          nodes.push(node as Text);
          chunks.push(data);
          hidden.push(hiddenRoot ? 1 : 0);
        }
      } else if (type === ELEMENT_NODE) {
        if (!hiddenRoot && HIDDEN_ELEMENTS.has(node.nodeName)) hiddenRoot = node;
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
      }
      while (node && node !== root) {
        if (node === hiddenRoot) hiddenRoot = null;
        const next: Node | null = node.nextSibling;
        if (next) {
          node = next;
          continue outer;
        }
        node = node.parentNode;
      }
      break;
    }
    return new BodyTextIndex(root, nodes, chunks, hidden);
  }

  get length(): number {
    return this.text.length;
  }

  /** Number of indexed (non-empty) Text nodes. */
  get nodeCount(): number {
    return this.nodes.length;
  }

  /**
   * The DOM point at a body-text offset. An offset between two Text nodes is
   * the end of the earlier one ('backward', right for a range's end) or the
   * start of the later one ('forward', right for a range's start).
   * Null when the offset is out of bounds or the body has no text.
   */
  pointAt(offset: number, affinity: Affinity = 'forward'): TextPoint | null {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.text.length) return null;
    const n = this.nodes.length;
    if (n === 0) return null;
    const starts = this.starts;
    // Last node whose start is <= offset (forward) or < offset (backward).
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      const s = starts[mid];
      if (affinity === 'forward' ? s <= offset : s < offset) lo = mid;
      else hi = mid - 1;
    }
    return { node: this.nodes[lo], offset: offset - starts[lo] };
  }

  /**
   * Body-text offset of a DOM boundary point (a Text node and a character
   * offset, or any node and a child index, as in a Range). Null when the point
   * is outside the indexed root.
   */
  offsetAt(node: Node, offset: number): number | null {
    const index = this.getNodeIndex();
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const i = index.get(node);
      if (i !== undefined) {
        const len = this.chunks[i].length;
        return this.starts[i] + Math.max(0, Math.min(len, offset));
      }
      // An empty or foreign Text node: the boundary sits before whatever text follows it.
      if (!this.contains(node)) return null;
      return this.firstTextOffsetFrom(node);
    }
    if (node !== this.root && !this.contains(node)) return null;
    const child = node.childNodes[offset];
    if (child) return this.firstTextOffsetFrom(child);
    return this.firstTextOffsetAfter(node);
  }

  /** Body-text offset of a TextPoint (see `offsetAt`). */
  offsetOfPoint(point: TextPoint): number | null {
    return this.offsetAt(point.node, point.offset);
  }

  /**
   * A live Range over body-text offsets [start, end). Needs a DOM with
   * `document.createRange` (browsers, happy-dom); throws a clear error elsewhere.
   * Null when the offsets are out of bounds or reversed.
   */
  toRange(start: number, end: number): Range | null {
    if (!(start <= end)) return null;
    const from = this.pointAt(start, 'forward');
    const to = start === end ? from : this.pointAt(end, 'backward');
    if (!from || !to) return null;
    const doc = this.root.ownerDocument ?? (this.root as Document);
    if (typeof doc.createRange !== 'function') {
      throw new Error('This DOM has no Range support; use body-text offsets and pointAt() instead');
    }
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** Body-text offsets of a Range (or StaticRange); null when it lies outside the root. */
  rangeOffsets(range: AbstractRange): { start: number; end: number } | null {
    const start = this.offsetAt(range.startContainer, range.startOffset);
    const end = this.offsetAt(range.endContainer, range.endOffset);
    if (start === null || end === null) return null;
    return start <= end ? { start, end } : { start: end, end: start };
  }

  /** The normalised visible text used for quote search (built on first use). */
  searchText(): SearchText {
    if (!this.search) this.search = runToEnd(buildSearchTextSteps(this.chunks, this.starts, this.hidden, this.text.length));
    return this.search;
  }

  /**
   * A search text that reads, around body offsets [start, end), exactly as
   * the whole page's does for `context` characters either side: the whole
   * one once built, else one built from a window of the body text around the
   * span. Describing a claim needs only its quote's context (TextQuoteAnchor),
   * and building the whole page's search text costs two arrays of the body's
   * length (tens of MB and 100-270 ms on a 5 MB article) for a few hundred
   * claims in its first screens.
   *
   * Why a window reads the same: the search text of a stretch of the body is
   * the page's own from the stretch's first visible character on (only a
   * collapsed space before it can differ), so once the window holds
   * `context` search characters before the span and after it (or reaches the
   * body's start or end), the context taken from it is the page's. A window
   * that falls short is widened; one that would hold the whole body is the
   * whole search text.
   */
  searchTextAround(start: number, end: number, context: number): SearchText {
    if (this.search) return this.search;
    const length = this.text.length;
    for (let reach = 4 * context + 64; start - reach > 0 || end + reach < length; reach *= 4) {
      const from = Math.max(0, start - reach);
      const to = Math.min(length, end + reach);
      const chunks: string[] = [];
      const starts: number[] = [];
      const hidden: number[] = [];
      for (let i = this.chunkAt(from); i < this.chunks.length && this.starts[i] < to; i++) {
        const base = this.starts[i];
        const data = this.chunks[i];
        const lo = Math.max(0, from - base);
        const hi = Math.min(data.length, to - base);
        chunks.push(lo === 0 && hi === data.length ? data : data.slice(lo, hi));
        starts.push(base + lo);
        hidden.push(this.hidden[i]);
      }
      const local = buildSearchText(chunks, starts, Uint8Array.from(hidden), length, to - from);
      const before = searchIndexAtOrAfter(local, start);
      const after = local.text.length - searchIndexAtOrAfter(local, end);
      if ((from === 0 || before >= context) && (to === length || after >= context)) return local;
    }
    return this.searchText();
  }

  /** Index of the chunk holding body offset `offset` (the last one for the body's end). */
  private chunkAt(offset: number): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Builds, in steps, what describing and finding passages build on first
   * use (the search text, the node-to-offset map), so that a caller with a
   * time budget (the content script locating thousands of claims on a huge
   * page) does not pay for the whole page in the step of its first claim.
   * Describing alone (`search: false`) needs only the node-to-offset map:
   * quotes take their context from around them (searchTextAround).
   */
  *prepareSteps({ search = true }: { search?: boolean } = {}): Steps<void> {
    if (!this.nodeIndex) {
      const map = new Map<Node, number>();
      for (let i = 0; i < this.nodes.length; i++) {
        map.set(this.nodes[i], i);
        if ((i + 1) % NODE_INDEX_STEP === 0) yield;
      }
      this.nodeIndex ??= map;
    }
    if (search && !this.search) {
      const search = yield* buildSearchTextSteps(this.chunks, this.starts, this.hidden, this.text.length);
      this.search ??= search;
    }
  }

  private getNodeIndex(): Map<Node, number> {
    if (!this.nodeIndex) {
      const map = new Map<Node, number>();
      for (let i = 0; i < this.nodes.length; i++) map.set(this.nodes[i], i);
      this.nodeIndex = map;
    }
    return this.nodeIndex;
  }

  private contains(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode) if (n === this.root) return true;
    return false;
  }

  /** Offset of the first indexed Text node at or after `start` in document order. */
  private firstTextOffsetFrom(start: Node): number {
    const index = this.getNodeIndex();
    let node: Node | null = start;
    while (node) {
      const i = index.get(node);
      if (i !== undefined) return this.starts[i];
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== this.root && !node.nextSibling) node = node.parentNode;
      if (!node || node === this.root) break;
      node = node.nextSibling;
    }
    return this.text.length;
  }

  /** Offset just after everything inside `node`. */
  private firstTextOffsetAfter(node: Node): number {
    let n: Node | null = node;
    while (n && n !== this.root && !n.nextSibling) n = n.parentNode;
    if (!n || n === this.root) return this.text.length;
    return this.firstTextOffsetFrom(n.nextSibling!);
  }
}
