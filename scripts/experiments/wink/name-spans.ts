/**
 * (b) Speaker names: for each true speaker that is a person or an organisation, whether its full name is
 * - in the engine's speaker list (core/attribution's output, read as is), and
 * - a proper-noun chunk wink reads anywhere in the article (exact, or inside a longer chunk).
 * wink's side is an upper bound of what a hook could use: a chunk found anywhere is not yet a speaker.
 */
import { words } from '../../../tests/support/claim-scoring';
import { properNounChunks, type Located, type WinkNlp, winkTokens } from './wink-reader';

const DROP = new Set(['the', 'a', 'an', 'one', 's']);
export const normName = (s: string) => words(s).filter((w) => !DROP.has(w)).join(' ');

export interface NameTruth {
  name: string;
  kind: 'person' | 'organization';
  engineFound: boolean;
  /** A looser engine match where the set has one (GUM: surname or the name's tail). */
  engineLenient?: boolean;
}

export interface NameRow {
  kind: 'person' | 'organization';
  truth: number;
  engine: number;
  engineLenient: number;
  winkExact: number;
  winkWithin: number;
  /** Found exactly by wink and not by the engine. */
  winkOnly: string[];
  /** Found by the engine and not (even inside a chunk) by wink. */
  engineOnly: string[];
}

export function articleChunks(nlp: WinkNlp, paragraphs: { text: string }[]): Located[] {
  return paragraphs.flatMap((p) => properNounChunks(winkTokens(nlp, p.text), p.text));
}

export function scoreNames(truths: NameTruth[], chunks: Located[], rows: Map<string, NameRow>): void {
  const exact = new Set(chunks.map((c) => normName(c.text)));
  const padded = chunks.map((c) => ` ${normName(c.text)} `);
  for (const t of truths) {
    let row = rows.get(t.kind);
    if (!row) {
      row = { kind: t.kind, truth: 0, engine: 0, engineLenient: 0, winkExact: 0, winkWithin: 0, winkOnly: [], engineOnly: [] };
      rows.set(t.kind, row);
    }
    const n = normName(t.name);
    const isExact = exact.has(n);
    const isWithin = isExact || padded.some((c) => c.includes(` ${n} `));
    row.truth++;
    if (t.engineFound) row.engine++;
    if (t.engineFound || t.engineLenient) row.engineLenient++;
    if (isExact) row.winkExact++;
    if (isWithin) row.winkWithin++;
    if (isExact && !t.engineFound) row.winkOnly.push(t.name);
    if (t.engineFound && !isWithin) row.engineOnly.push(t.name);
  }
}
