/**
 * Sentence splitting on text whose quotations are masked, so a quote of several sentences stays inside the
 * sentence that attributes it. Abbreviations and initials do not end a sentence.
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st sen rep gov gen col lt sgt capt cllr jr sr inc ltd co corp no vs etc u.s u.k e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec rev fr mt ft approx dept est'.split(' '),
);

/** `text` is the paragraph with quote contents masked except a final stop. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /[.!?]+[”"’'»)\]]*(?=\s+[\p{Lu}“"‘'«(\d])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const dot = m.index;
    if (text[dot] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start])) start++;
    re.lastIndex = start;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}
