/** An article's snapshot (schema v5): the page's text and analysis as saved. Defined in core/snapshot/types.ts. */
export * from '../core/snapshot/types';
