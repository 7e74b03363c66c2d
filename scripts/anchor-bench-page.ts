/**
 * The generated news page of bench:anchor: a deterministic 10,000-word
 * article (own word generator, fixed seed) with navigation, a most-read list
 * and a JSON state script around it, 200 highlights on it, and the same
 * article after small and after large edits, with the text each highlight
 * should attach to on each (null where its text is gone).
 */
import { seededRandom } from './lib/seeded-random';

export const WORDS = 10_000;
export const HIGHLIGHTS = 200;

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'rk', 'm'];
/** Short words recur in prose; they make quotes repeat partially, as in real text. */
const GLUE = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'for', 'on', 'with', 'as', 'by', 'was', 'said', 'it', 'at', 'from', 'he', 'she', 'they', 'would', 'not', 'has', 'have', 'but', 'were'];

class Words {
  private lexicon: string[];
  constructor(private rand: () => number) {
    // A fixed vocabulary (Zipf-like reuse) rather than fresh nonsense per word.
    this.lexicon = Array.from({ length: 3000 }, () => this.coin());
  }
  private pick<T>(xs: T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }
  private coin(): string {
    const syllables = 1 + Math.floor(this.rand() * 3);
    let w = '';
    for (let i = 0; i < syllables; i++) w += this.pick(ONSETS) + this.pick(VOWELS) + (i === syllables - 1 ? this.pick(CODAS) : '');
    return w;
  }
  word(): string {
    if (this.rand() < 0.35) return this.pick(GLUE);
    // Squared uniform: low indexes (common words) come up far more often.
    const r = this.rand();
    return this.lexicon[Math.floor(r * r * this.lexicon.length)];
  }
  sentence(): string[] {
    const n = 8 + Math.floor(this.rand() * 20);
    const words = Array.from({ length: n }, () => this.word());
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    if (n > 12 && this.rand() < 0.5) words[Math.floor(n / 2)] += ',';
    words[n - 1] += this.rand() < 0.9 ? '.' : '?';
    return words;
  }
  paragraph(): string[][] {
    const n = 2 + Math.floor(this.rand() * 4);
    return Array.from({ length: n }, () => this.sentence());
  }
}

interface Para {
  id: number;
  sentences: string[][];
}

interface Highlight {
  para: number;
  sentence: number;
  from: number;
  to: number;
}

const spanText = (p: Para, h: Highlight) => p.sentences[h.sentence].slice(h.from, h.to).join(' ');
function spanOffset(p: Para, h: Highlight): number {
  let off = 0;
  for (let i = 0; i < h.sentence; i++) off += p.sentences[i].join(' ').length + 1;
  const words = p.sentences[h.sentence];
  for (let i = 0; i < h.from; i++) off += words[i].length + 1;
  return off;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Paragraph HTML with some words in links and emphasis, so text spans many Text nodes. */
function renderPara(p: Para): string {
  let k = p.id * 7;
  const html = p.sentences
    .map((s) =>
      s
        .map((w) => {
          k++;
          if (k % 23 === 0) return `<a href="/topic/${k}">${escapeHtml(w)}</a>`;
          if (k % 31 === 0) return `<em>${escapeHtml(w)}</em>`;
          return escapeHtml(w);
        })
        .join(' '),
    )
    .join(' ');
  return `<p data-para="${p.id}">${html}</p>`;
}

function renderPage(paras: Para[], words: Words): string {
  const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">${words.word()} ${words.word()}</a></li>`).join('');
  const mostRead = Array.from({ length: 10 }, (_, i) => `<li><a href="/story/${i}">${words.sentence().join(' ')}</a></li>`).join('');
  const state = JSON.stringify({ items: Array.from({ length: 300 }, (_, i) => ({ id: i, title: words.sentence().join(' ') })) });
  const body = paras
    .map((p, i) => (i > 0 && i % 12 === 0 ? `\n      <h2>${words.sentence().slice(0, 6).join(' ')}</h2>` : '') + `\n      ${renderPara(p)}`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title></head><body>
  <header><div class="logo">The Daily Bench</div><nav><ul>${nav}</ul></nav></header>
  <main><article>
    <h1>${words.sentence().join(' ')}</h1>
    <p class="byline">By Ana Ruiz and Tom Becker</p>${body}
  </article>
  <aside><h3>Most read</h3><ol>${mostRead}</ol></aside></main>
  <script type="application/json" id="state">${escapeHtml(state)}</script>
  <script>window.benchReady = true;</script>
  <footer>© The Daily Bench. All rights reserved.</footer></body></html>`;
}

function makeArticle(): { paras: Para[]; words: Words; rand: () => number } {
  const rand = seededRandom(20261129);
  const words = new Words(rand);
  const paras: Para[] = [];
  let count = 0;
  while (count < WORDS) {
    const p: Para = { id: paras.length, sentences: words.paragraph() };
    count += p.sentences.reduce((n, s) => n + s.length, 0);
    paras.push(p);
  }
  return { paras, words, rand };
}

function makeHighlights(paras: Para[], rand: () => number): Highlight[] {
  const taken = new Set<string>();
  const out: Highlight[] = [];
  while (out.length < HIGHLIGHTS) {
    const para = Math.floor(rand() * paras.length);
    const sentence = Math.floor(rand() * paras[para].sentences.length);
    const key = `${para}:${sentence}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const n = paras[para].sentences[sentence].length;
    // Most readers mark whole sentences; some mark a phrase.
    if (rand() < 0.6) out.push({ para, sentence, from: 0, to: n });
    else {
      const len = 3 + Math.floor(rand() * Math.min(10, n - 3));
      const from = Math.floor(rand() * (n - len + 1));
      out.push({ para, sentence, from, to: from + len });
    }
  }
  return out;
}

const clone = (paras: Para[]): Para[] => paras.map((p) => ({ id: p.id, sentences: p.sentences.map((s) => [...s]) }));

export interface Scenario {
  name: string;
  html: string;
  /** Expected text of each highlight on this page, null when it is gone. */
  expected: (string | null)[];
}

export function scenarios(): { original: string; highlightOffsets: { para: number; offset: number; length: number }[]; list: Scenario[] } {
  const { paras, words, rand } = makeArticle();
  const highlights = makeHighlights(paras, rand);
  const original = renderPage(paras, new Words(seededRandom(1)));
  const highlightOffsets = highlights.map((h) => ({ para: h.para, offset: spanOffset(paras[h.para], h), length: spanText(paras[h.para], h).length }));
  const byId = (ps: Para[]) => new Map(ps.map((p) => [p.id, p]));

  // Small edits: a paragraph added above, one word changed inside 20 highlights.
  const small = clone(paras);
  small.unshift({ id: 100_000, sentences: words.paragraph() });
  const changed = new Set<number>();
  while (changed.size < 20) changed.add(Math.floor(rand() * highlights.length));
  for (const i of changed) {
    const h = highlights[i];
    const s = small.find((p) => p.id === h.para)!.sentences[h.sentence];
    const at = h.from + Math.floor((h.to - h.from) / 2);
    let w = words.word();
    while (w === s[at].replace(/[.,?]$/, '')) w = words.word();
    s[at] = w + (s[at].match(/[.,?]$/)?.[0] ?? '');
  }
  const smallMap = byId(small);

  // Large edits: paragraphs rewritten, removed, moved, and new ones added.
  let large = clone(paras);
  const fate = new Map<number, 'rewritten' | 'removed'>();
  for (const p of large) {
    const r = rand();
    if (r < 0.2) fate.set(p.id, 'rewritten');
    else if (r < 0.35) fate.set(p.id, 'removed');
  }
  large = large.filter((p) => fate.get(p.id) !== 'removed');
  for (const p of large) if (fate.get(p.id) === 'rewritten') p.sentences = words.paragraph();
  for (let i = 0; i < large.length * 0.3; i++) {
    const [moved] = large.splice(Math.floor(rand() * large.length), 1);
    large.splice(Math.floor(rand() * large.length), 0, moved);
  }
  for (let i = 0; i < 10; i++) large.splice(Math.floor(rand() * large.length), 0, { id: 200_000 + i, sentences: words.paragraph() });
  const largeMap = byId(large);

  return {
    original,
    highlightOffsets,
    list: [
      { name: 'unchanged', html: original, expected: highlights.map((h) => spanText(paras[h.para], h)) },
      {
        name: 'small edits',
        html: renderPage(small, new Words(seededRandom(1))),
        expected: highlights.map((h) => spanText(smallMap.get(h.para)!, h)),
      },
      {
        name: 'large edits',
        html: renderPage(large, new Words(seededRandom(1))),
        expected: highlights.map((h) => (fate.has(h.para) ? null : spanText(largeMap.get(h.para)!, h))),
      },
    ],
  };
}
