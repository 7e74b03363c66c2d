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

/**
 * Abbreviations that stand before a number ("Rs. 5 lakh", "No. 10", "Vol. 3", "pp. 12-14", "Fig. 2"): their
 * dot ends no sentence when a figure follows. Only then: "no", "art" or "sec" also end sentences as plain
 * words before a capital, and a sentence opening with a digit after one of them is the rarer case.
 */
const BEFORE_NUMBER = new Set('rs re no nos vol vols pp fig figs art sec ch para cl op nr'.split(' '));

/** A capitalised name of up to four words and a speech verb in the past or present, right after a quote. */
const QUOTE_ATTRIBUTION_AFTER = /^\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|shouted|exclaimed|replied|recalled|joked|wondered|insisted|continued|explained|cried|yelled|demanded|pleaded)\b/u;

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
      if (BEFORE_NUMBER.has(word.toLowerCase()) && /^\s+\d/.test(text.slice(dot + 1))) continue;
    }
    // '"Where is the cut?" Ocampo asked.', '"What a feeling!" Chidi Okafor said': a question or an exclamation
    // closing a quote does not end the sentence when the speaker and the cue follow it.
    if (/[!?]/.test(m[0]) && /[”"’'»]$/.test(m[0]) && QUOTE_ATTRIBUTION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start])) start++;
    re.lastIndex = start;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}
