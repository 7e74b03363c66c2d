/**
 * A claim's quote selector takes its context from the text around it
 * (BodyTextIndex.searchTextAround) instead of the whole page's search text:
 * the selectors must be the very ones the whole search text gives, wherever
 * the quote sits (page start and end, after runs of whitespace, beside
 * script text, inside one giant Text node), or stored claims and statuses
 * would no longer find their claim.
 */
import { describe, expect, it } from 'vitest';
import { BodyTextIndex } from '../../../core/anchoring/body-text';
import { TextQuoteAnchor } from '../../../core/anchoring/text-quote';
import { htmlDocument } from './helpers';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const WORDS = ['port', 'said', 'the', 'minister', '“we', 'will', 'not', 'close”', 'Katz,', 'strike', 'on', 'Friday.', 'a\u00ad', 'b\u200bc'];

/** A page of paragraphs with whitespace runs, nbsp, invisible characters, hidden script and style text, inline markup. */
function page(rand: () => number, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words: string[] = [];
    const n = 3 + Math.floor(rand() * 40);
    for (let w = 0; w < n; w++) {
      const word = WORDS[Math.floor(rand() * WORDS.length)];
      const r = rand();
      words.push(r < 0.1 ? `<em>${word}</em>` : r < 0.15 ? `${word}<script>var x = "${word}";</script>` : word);
      words.push(rand() < 0.1 ? ' \n\n   \t ' : rand() < 0.05 ? '&nbsp;' : ' ');
    }
    out.push(rand() < 0.1 ? `<style>.p${p} { color: red }</style>` : '', `<p>${words.join('')}</p>\n    `);
  }
  return `<!doctype html><html><body>${out.join('')}</body></html>`;
}

/** Every span's selector from a fresh index (windows) and from one whose whole search text is built. */
function compare(html: string, spans: (text: string) => [number, number][]): number {
  const windows = BodyTextIndex.fromDocument(htmlDocument(html));
  const whole = BodyTextIndex.fromDocument(htmlDocument(html));
  whole.searchText();
  let compared = 0;
  for (const [start, end] of spans(windows.text)) {
    expect(TextQuoteAnchor.fromOffsets(windows, start, end), `[${start}, ${end})`).toEqual(TextQuoteAnchor.fromOffsets(whole, start, end));
    compared++;
  }
  return compared;
}

describe('quote context read from around the quote', () => {
  it('is the whole search text’s on long pages of mixed markup, for spans anywhere', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const rand = seeded(seed);
      const n = compare(page(rand, 150), (text) => {
        const spans: [number, number][] = [[0, 5], [text.length - 5, text.length], [1, 2], [text.length - 1, text.length]];
        for (let i = 0; i < 300; i++) {
          const start = Math.floor(rand() * text.length);
          spans.push([start, Math.min(text.length, start + 1 + Math.floor(rand() * 200))]);
        }
        return spans;
      });
      expect(n).toBe(304);
    }
  });

  it('is the same inside one giant Text node (a transcript in a <pre>) and after long whitespace runs', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `"Line ${i} of the statement," Ines Duarte said.${i % 50 === 0 ? ' '.repeat(900) : ''}`);
    compare(`<!doctype html><html><body><pre>${lines.join('\n')}</pre></body></html>`, (text) => {
      const spans: [number, number][] = [];
      for (let at = text.indexOf('Ines'); at >= 0 && spans.length < 400; at = text.indexOf('Ines', at + 500)) spans.push([at, at + 11]);
      return spans;
    });
  });

  it('gives an empty context where there is no text beside the quote', () => {
    const index = BodyTextIndex.fromDocument(htmlDocument('<!doctype html><html><body><p>Alone.</p></body></html>'));
    expect(TextQuoteAnchor.fromOffsets(index, 0, 6)).toEqual({ type: 'TextQuoteSelector', exact: 'Alone.', prefix: '', suffix: '' });
  });
});
