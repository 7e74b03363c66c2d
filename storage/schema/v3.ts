/**
 * Schema version 3: a `corrections` table, the reader's corrections to an article's analysis ("Not a
 * claim", "Wrong speaker", a speaker renamed or merged, a claim added). One row per article, kind and
 * target (`${articleKey}#${kind}#${target}`), so correcting the same thing again replaces the row;
 * indexed by article (the popup reads one article's) and by `modified` (sync and exports by date).
 *
 * No upgrade function: the table is new and nothing older maps to it.
 */
export const V3_STORES = {
  corrections: 'id, articleKey, modified',
} as const;
