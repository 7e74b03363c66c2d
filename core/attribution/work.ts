/**
 * A count of the elements attribution's loops look at (quotations, timeline mentions, entities, drafts):
 * cheap to keep, and what a test reads to check that the work grows in step with the text, not faster, on
 * any machine and without timing. Diagnostic only: nothing decides anything by it. `byPlace` splits the
 * count by the loop that did it, when a caller asks for it (`work.byPlace = new Map()`).
 */
export const work: { visits: number; byPlace: Map<string, number> | null } = { visits: 0, byPlace: null };

export function tally(place: string, n = 1): void {
  work.visits += n;
  if (work.byPlace) work.byPlace.set(place, (work.byPlace.get(place) ?? 0) + n);
}
