/**
 * The popup's note on a page longer than the analysis budget, in what the
 * reader can check: how much of the article's text was read, as a share and
 * in characters, and in paragraphs when the article has more than one (a
 * `<pre>` transcript is one block, read in part).
 */
import type { AttributionLimit } from '../../core/analyze-steps';

const count = (n: number) => n.toLocaleString('en');

export function budgetNote(limit: AttributionLimit): string {
  const percent = limit.ofChars > 0 ? Math.floor((100 * limit.chars) / limit.ofChars) : 0;
  const share = percent < 1 ? 'less than 1%' : `the first ${percent}%`;
  const paragraphs = limit.of > 1 ? `, ${count(limit.paragraphs)} of ${count(limit.of)} paragraphs` : '';
  return `Long page: ${share} analysed (${count(limit.chars)} of ${count(limit.ofChars)} characters${paragraphs}).`;
}
