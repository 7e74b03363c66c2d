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
  /** Up to 32 characters of body text before `exact`. */
  prefix: string;
  /** Up to 32 characters of body text after `exact`. */
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
