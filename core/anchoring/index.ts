export type {
  AnchorMethod,
  AnchorResult,
  StoredSelectors,
  TextPoint,
  TextPositionSelector,
  TextQuoteSelector,
  TextSelector,
} from './types';
export { BodyTextIndex, type Affinity } from './body-text';
export { TextPositionAnchor, type TextSpan } from './text-position';
export { TextQuoteAnchor, CONTEXT_LENGTH, type QuoteMatch, type QuoteMatchOptions } from './text-quote';
export { SELECTOR_FORMAT_VERSION, storedSelectors, parseStoredSelectors, type ParsedSelectors } from './stored-selectors';
export { anchor, describeOffsets, describeRange, type AnchorTarget, type AnchorOptions } from './anchor';
export { anchorAll, yieldToEventLoop, type AnchorAllOptions } from './anchor-all';
export { normalizeForSearch } from './search-text';
