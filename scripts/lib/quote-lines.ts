/**
 * Quote-like text in one long block, the shape that froze a tab (issue 10): a `<pre>` of lines such as
 * '"We will not sign," said Mara Quist.', 'Ilse Brandt said: "Nobody asked us."', '"Closing time" — Tor Lind'.
 * Seeded, so every run builds the same text; made of invented words only.
 */
import { seededRandom } from './seeded-random';

const GIVEN = ['Mara', 'Ilse', 'Tor', 'Beno', 'Kasia', 'Ruan', 'Edda', 'Lio', 'Nessa', 'Orin'];
const FAMILY = ['Quist', 'Brandt', 'Lind', 'Okoro', 'Varga', 'Hale', 'Soren', 'Marsh', 'Teague', 'Ruiz'];
const WORDS = 'we will not sign the plan until every family on the street has been heard and the council knows it'.split(' ');

function words(rand: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ');
}

/**
 * About `bytes` characters of quote-like lines joined by newlines (one block: no blank line between);
 * `stopShare` of them end with a full stop (0: the whole block is one sentence).
 */
export function quoteLines(bytes: number, seed = 13, stopShare = 5 / 6): string {
  const rand = seededRandom(seed);
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const name = `${GIVEN[Math.floor(rand() * GIVEN.length)]} ${FAMILY[Math.floor(rand() * FAMILY.length)]}`;
    const q = words(rand, 5 + Math.floor(rand() * 8));
    const kind = Math.floor(rand() * 5);
    // Most lines end with a full stop, as a transcript's do; one in six does not (a log's lines), so some
    // sentences run over several lines and hold several quotes.
    const stop = rand() < stopShare ? '.' : '';
    const line =
      kind === 0 ? `"${q}," said ${name}${stop}`
      : kind === 1 ? `${name} said: "${q}${stop}"`
      : kind === 2 ? `"${q}${stop}" — ${name}`
      : kind === 3 ? `${name} was blunt: "${q}${stop}"`
      : `"${q}," ${name.split(' ')[1]} said, "${words(rand, 4).toLowerCase()}${stop}"`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
