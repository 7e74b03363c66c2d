/**
 * Schema version 5 (the library, issue 13): a `snapshots` table, one row per saved article keyed by the
 * article's key, holding the article's text as extracted and its analysis (speakers, claims with their
 * selectors) when the reader saved it. A table of its own, not fields on the article: the article list
 * and search read every article and should not carry each one's text. Indexed by `takenAt` only for
 * exports by date.
 *
 * No upgrade function: articles saved before this version have no snapshot (the library says the page
 * is needed to show their analysis), and nothing older maps to it.
 */
export const V5_STORES = {
  snapshots: 'articleKey, takenAt',
} as const;
