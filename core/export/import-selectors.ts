/**
 * The selectors of an imported annotation's target. Text quote and position selectors are what
 * Newsmark anchors with; other kinds (Hypothesis's RangeSelector, XPath, CSS, fragment selectors) are
 * passed over, since the quote beside them locates the same text. A quote or position selector that is
 * malformed is an error, not something to skip: it would anchor the highlight in the wrong place.
 */
import type { TextSelector } from '../anchoring/types';
import { parseStoredSelectors } from '../anchoring/stored-selectors';
import { fail, isObj, list, types, type Obj } from './import-fields';

const KNOWN = new Set(['TextQuoteSelector', 'TextPositionSelector']);

export interface SelectorRules {
  /**
   * A highlight is stored only with a non-empty quote (storage/validate): without one there is nothing
   * to show in the library or re-anchor by, so such an annotation is refused here, where the user is
   * told, rather than by the store after part of the file was read.
   */
  requireQuote?: boolean;
  /** A claim is matched back by its text, its selectors are only a hint: Newsmark stores claims without any. */
  allowNone?: boolean;
}

export function targetSelectors(target: unknown, where: string, rules: SelectorRules = {}): { source: string; selectors: TextSelector[] } {
  const t = list(target).find((x) => isObj(x) || typeof x === 'string');
  if ((typeof t === 'string' || t === undefined) && !rules.allowNone) {
    fail(where, 'the target has no selectors, so there is no text to anchor it to (a page note or a link cannot become a highlight)');
  }
  const targetObj: Obj = typeof t === 'string' ? { source: t } : ((t as Obj | undefined) ?? {});
  // Older Hypothesis clients wrote the source as a one-item list.
  const source = list(targetObj.source).find((x) => typeof x === 'string');
  if (typeof source !== 'string' || !source.trim()) fail(where, 'the target has no "source" (the address of the page)');
  const selectors: TextSelector[] = [];
  list(targetObj.selector).forEach((s, i) => {
    if (!isObj(s)) fail(where, `selector ${i + 1} is not an object`);
    const kind = types(s).find((k) => typeof k === 'string' && KNOWN.has(k));
    if (!kind) return;
    const parsed = parseStoredSelectors([{ ...s, type: kind }]);
    if (!parsed.ok) fail(where, `selector ${i + 1}: ${parsed.error.replace(/^selector 0:?\s*/, '')}`);
    selectors.push(...parsed.value.selectors);
  });
  if (selectors.length === 0 && !rules.allowNone) fail(where, 'the target has no TextQuoteSelector or TextPositionSelector, so there is no text to anchor it to');
  if (rules.requireQuote && !selectors.some((x) => x.type === 'TextQuoteSelector' && x.exact.trim() !== '')) {
    fail(where, 'the target has no quote (a TextQuoteSelector with text), so the highlight would have no words to show or find');
  }
  return { source, selectors };
}
