import { describe, expect, it } from 'vitest';
import { MyersScanner, editDistance, matchStart } from '../../../core/anchoring/approx-match';

/** Reference: best edit distance of `pattern` against any substring of `text` ending at each position. */
function referenceEnds(pattern: string, text: string): number[] {
  let prev = new Array(pattern.length + 1).fill(0).map((_, i) => i);
  const ends: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + cost);
    }
    ends.push(cur[pattern.length]);
    prev = cur;
  }
  return ends;
}

function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('MyersScanner', () => {
  it('finds the same edit distances as plain dynamic programming, across 32-bit blocks', () => {
    const rand = seeded(7);
    for (const m of [1, 5, 31, 32, 33, 64, 65, 100]) {
      const alphabet = 'abcd ';
      const text = Array.from({ length: 300 }, () => alphabet[Math.floor(rand() * 5)]).join('');
      const pattern = Array.from({ length: m }, () => alphabet[Math.floor(rand() * 5)]).join('');
      const expected = referenceEnds(pattern, text);
      const got = new Array(text.length).fill(Infinity);
      const scanner = new MyersScanner(pattern, m);
      // Scanned in uneven chunks: the state must carry over between calls.
      scanner.scan(text, 0, 97, (end, errors) => (got[end - 1] = errors));
      scanner.scan(text, 97, text.length, (end, errors) => (got[end - 1] = errors));
      expect(got).toEqual(expected);
    }
  });

  it('reports exactly the ends within the error budget when most blocks are cut off', () => {
    const rand = seeded(11);
    for (const m of [20, 40, 70, 100, 160]) {
      for (const rate of [0, 0.1, 0.25, 0.5]) {
        const alphabet = 'abcdefgh ';
        const pattern = Array.from({ length: m }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
        // Text with noisy copies of the pattern planted in random filler.
        let text = '';
        for (let i = 0; i < 6; i++) {
          text += Array.from({ length: 80 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
          text += [...pattern].map((c) => (rand() < 0.12 ? alphabet[Math.floor(rand() * alphabet.length)] : c)).join('');
        }
        const k = Math.floor(m * rate);
        const expected = referenceEnds(pattern, text)
          .map((e, i) => [i + 1, e] as const)
          .filter(([, e]) => e <= k);
        const got: Array<readonly [number, number]> = [];
        const scanner = new MyersScanner(pattern, k);
        scanner.scan(text, 0, 333, (end, errors) => got.push([end, errors]));
        scanner.scan(text, 333, text.length, (end, errors) => got.push([end, errors]));
        expect(got).toEqual(expected);
      }
    }
  });

  it('finds where an approximate match starts', () => {
    const text = 'xxxx the quick brown fox jumps yyyy';
    const end = text.indexOf(' yyyy');
    expect(matchStart(text, 'the quick brwn fox jumps', end, 3)).toEqual({ start: 5, errors: 1 });
  });

  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
