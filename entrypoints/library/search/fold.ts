/**
 * How search compares words: case and accents do not matter ("Été" finds "ete", "İstanbul" finds
 * "istanbul"). NFKD splits a letter from its marks, which are dropped; ligatures and full-width forms
 * fold to their plain letters. The index and the plain-scan reference of the bench use this one function.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
