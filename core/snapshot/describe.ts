/** What of a page a snapshot holds, in words the reader sees (popup, library). */
import type { SnapshotInput } from './types';

/** "Kept the first 1,000,000 of 5,242,880 characters…": what of the page a snapshot holds, in words. */
export function describeKept(s: Pick<SnapshotInput, 'text' | 'textLength' | 'claims' | 'claimsTotal'>): string {
  const n = (x: number) => x.toLocaleString('en');
  const text = s.text.length < s.textLength
    ? `the first ${n(s.text.length)} of ${n(s.textLength)} characters of the text`
    : `the whole text (${n(s.text.length)} characters)`;
  const claims = s.claims.length < s.claimsTotal
    ? `${n(s.claims.length)} of ${n(s.claimsTotal)} claims`
    : `${n(s.claims.length)} claim${s.claims.length === 1 ? '' : 's'}`;
  return `Kept ${text} and ${claims}.`;
}
