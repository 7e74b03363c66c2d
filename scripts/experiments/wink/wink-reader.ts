/**
 * wink-nlp (with wink-eng-lite-web-model) as the measurement script reads it: sentences and proper-noun
 * chunks of one text, with character offsets into that text.
 *
 * The packages are loaded at run time by name, not imported, so that the repository typechecks and builds
 * without them (they are not a dependency; see docs/decisions/wink-nlp.md). Install them for a run with
 * `npm install --no-save --save-exact wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1`.
 *
 * The lite web model's named entities are only numeric and web kinds (DATE, TIME, MONEY, PERCENT, CARDINAL,
 * ORDINAL, URL, EMAIL, HASHTAG, ...): it has no PERSON or ORG. Names are therefore read the way one would
 * build them on wink: runs of tokens it tags PROPN, joined through "of", "and", "for", "the", "de" and "&"
 * when a PROPN follows ("Ministry of Agriculture and Food Security"), and through the pieces of a word wink
 * cut ("Okonjo-Lind").
 */

export const WINK_VERSIONS = { 'wink-nlp': '2.4.0', 'wink-eng-lite-web-model': '1.8.1' } as const;
export const INSTALL_HINT = `npm install --no-save --save-exact ${Object.entries(WINK_VERSIONS).map(([n, v]) => `${n}@${v}`).join(' ')}`;

/** The part of wink's API this script uses. */
interface WinkToken {
  out(f?: unknown): string;
}
interface WinkCollection<T> {
  each(fn: (item: T, index: number) => void): void;
  out(f?: unknown): unknown;
  length(): number;
}
interface WinkSentence {
  tokens(): WinkCollection<WinkToken>;
}
interface WinkDoc {
  sentences(): WinkCollection<WinkSentence>;
  tokens(): WinkCollection<WinkToken>;
  entities(): WinkCollection<unknown>;
}
export interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown; value: unknown; type: unknown; detail: unknown };
}

export interface LoadedWink {
  nlp: WinkNlp;
  /** Milliseconds to import both packages and build the pipeline (parsing the model's JSON). */
  loadMs: number;
  /** Resolved entry files, for the size measurement. */
  entries: { nlp: string; model: string };
  /** The versions installed, which the numbers are for (the script was run on WINK_VERSIONS). */
  versions: { nlp: string; model: string };
}

/** Loads wink, or exits with status 2 and the install command when it is not installed. */
export async function loadWink(pipe?: string[]): Promise<LoadedWink> {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  let entries: LoadedWink['entries'];
  try {
    entries = { nlp: require.resolve('wink-nlp'), model: require.resolve('wink-eng-lite-web-model') };
  } catch {
    console.error(`wink-nlp is not installed (it is not a dependency of Newsmark). Install it for this run:\n  ${INSTALL_HINT}`);
    process.exit(2);
  }
  const t0 = performance.now();
  const winkNLP = require(entries.nlp) as (model: unknown, pipe?: string[]) => WinkNlp;
  const model = require(entries.model);
  const nlp = winkNLP(model, pipe);
  const loadMs = performance.now() - t0;
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return { nlp, loadMs, entries, versions: { nlp: version('wink-nlp'), model: version('wink-eng-lite-web-model') } };
}

export interface Located {
  start: number;
  end: number;
  text: string;
}

interface TokenAt {
  start: number;
  end: number;
  value: string;
  pos: string;
  sentence: number;
}

/** wink's tokens of `text` with their offsets, found by walking the text in order. */
export function winkTokens(nlp: WinkNlp, text: string): TokenAt[] {
  const out: TokenAt[] = [];
  let cursor = 0;
  nlp.readDoc(text).sentences().each((s, k) => {
    s.tokens().each((t) => {
      const value = t.out(nlp.its.value);
      const pos = t.out(nlp.its.pos);
      // wink keeps each token's own characters; a token it spelled differently (none seen so far) keeps the
      // cursor where it was and takes a zero-width place there, so later tokens still align.
      const at = text.indexOf(value, cursor);
      const ok = at >= 0 && at - cursor < 40;
      const start = ok ? at : cursor;
      const end = ok ? at + value.length : cursor;
      out.push({ start, end, value, pos, sentence: k });
      cursor = end;
    });
  });
  return out;
}

/** Offsets where wink starts a sentence, other than the first. */
export function winkBoundaries(tokens: TokenAt[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < tokens.length; i++) if (tokens[i].sentence !== tokens[i - 1].sentence) out.push(tokens[i].start);
  return out;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', '&']);
const TOUCHING = /^[-'’\p{L}]/u;

/** Proper-noun chunks: maximal PROPN runs, joined through a connector when a PROPN follows it. */
export function properNounChunks(tokens: TokenAt[], text: string): Located[] {
  const out: Located[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].pos !== 'PROPN') {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (j + 1 < tokens.length && tokens[j + 1].pos === 'PROPN' && tokens[j + 1].sentence === tokens[i].sentence) j++;
      // Pieces wink cuts out of one written word ("Okonjo-Lind", "Ji-hoon", "Wiśniewska" read as "Wi ś niewska",
      // "Workers'") stay in the name whatever their tag: the name is the written word.
      else if (j + 1 < tokens.length && tokens[j + 1].start === tokens[j].end && tokens[j + 1].end > tokens[j + 1].start && TOUCHING.test(tokens[j + 1].value)) j++;
      else if (
        j + 2 < tokens.length && CONNECTORS.has(tokens[j + 1].value.toLowerCase()) && tokens[j + 2].pos === 'PROPN'
        && tokens[j + 2].sentence === tokens[i].sentence
      ) j += 2;
      else break;
    }
    out.push({ start: tokens[i].start, end: tokens[j].end, text: text.slice(tokens[i].start, tokens[j].end) });
    i = j + 1;
  }
  return out;
}
