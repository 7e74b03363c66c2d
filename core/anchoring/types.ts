/**
 * The one way Newsmark points at text, shared by claims and highlights.
 * Shapes follow the W3C Web Annotation selectors so exported data is readable
 * by other tools. Positions count characters of `document.body.textContent`
 * (every Text node under <body>, in document order), not of the extracted
 * article: the article root moves whenever the extractor improves.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /**
   * Up to 32 characters of body text before `exact`. Newsmark writes it with
   * whitespace runs collapsed to one space and the text of script/style
   * elements skipped, so the context is what a reader sees; when matching,
   * any prefix is compared the same tolerant way, so selectors from other
   * tools (raw text) still work.
   */
  prefix: string;
  /** Up to 32 characters of body text after `exact` (written like `prefix`). */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** A point in the DOM that is a character inside a Text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * What is stored with a highlight or claim. The version lets the anchoring
 * algorithm (and what the selectors mean) change later without guessing at
 * old records: readers refuse versions they do not know instead of
 * mis-attaching them.
 */
export interface StoredSelectors {
  v: 1;
  selectors: TextSelector[];
}

/** How a target was re-attached, from most to least trusted. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/**
 * Runtime-only result of re-attaching a target: never stored (offsets are only
 * valid for the body text they were computed against). Offsets count
 * characters of `document.body.textContent`, `end` exclusive.
 */
export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: 1 for a verified position or an exact quote in its own context. */
  score: number;
}
