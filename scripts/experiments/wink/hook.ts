/**
 * `--hook`: the one place (b) suggested wink could add something, tried on the engine's output only (the
 * shipped engine is not changed): a speaker the engine names by part of its name ("Armed Forces") takes the
 * fuller proper-noun chunk wink reads in the same article that ends with it ("Veskian Armed Forces").
 * Organisation names were where wink's chunks found names the engine's list lacked on the blind batches.
 * Two scopes (see HookScope): organisations only, and any capitalised speaker with wink's extra words
 * checked against the engine's title and role lexicon (wink's chunks take in titles and "X and Y").
 *
 * Printed: claim precision, recall, speaker accuracy and speaker-list recall with and without the hook, per
 * set, from the same engine run (tests/support/claim-scoring.ts; GUM through scripts/lib/gum-wikinews.ts),
 * and each rename, except on GUM's held-out articles.
 */
import { attribute, type AttributionResult } from '../../../core/attribution/index';
import { scoreFixture, totals } from '../../../tests/support/claim-scoring';
import { fromAttribution, gumTotals, scoreGum } from '../../lib/gum-wikinews';
import { articleChunks, normName } from './name-spans';
import type { ClaimSet, GumParts } from './sets';
import type { Located, WinkNlp } from './wink-reader';
import { HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from '../../../core/attribution/lexicon';

/**
 * Which speakers the hook may rename: 'organisations' (as the engine classed them), or 'named' (any speaker
 * whose name is capitalised, when the words wink adds in front are no title, honorific or role word from
 * the engine's own lexicon: "Armed Forces", which the engine classed as a person, but not "Chancellor Ana
 * Ruiz").
 */
export type HookScope = 'organisations' | 'named';

const isTitleLike = (w: string) => TITLE_WORDS.has(w) || w in HONORIFICS || ROLE_NOUNS.has(w);

/** The fuller names, and which speakers were renamed. */
export function extendNames(result: AttributionResult, chunks: Located[], scope: HookScope): { result: AttributionResult; renamed: string[] } {
  const counts = new Map<string, { text: string; n: number }>();
  for (const c of chunks) {
    const key = normName(c.text);
    const row = counts.get(key) ?? { text: c.text.replace(/^the\s+/i, ''), n: 0 };
    row.n++;
    counts.set(key, row);
  }
  const renamed: string[] = [];
  const names = new Map<string, string>();
  for (const s of result.speakers) {
    if (scope === 'organisations' ? s.kind !== 'organization' : !/^\p{Lu}/u.test(s.name)) continue;
    const n = normName(s.name);
    if (!n) continue;
    // The most frequent chunk that ends with the engine's whole name and is longer; the longer on a tie.
    let best: { text: string; n: number; len: number } | null = null;
    for (const [key, row] of counts) {
      if (key === n || !key.endsWith(` ${n}`)) continue;
      if (scope === 'named' && key.slice(0, -n.length).split(' ').some((w) => w && isTitleLike(w))) continue;
      if (!best || row.n > best.n || (row.n === best.n && key.length > best.len)) best = { ...row, len: key.length };
    }
    if (best) {
      names.set(s.id, best.text);
      renamed.push(`${s.name} -> ${best.text}`);
    }
  }
  if (!names.size) return { result, renamed };
  return {
    renamed,
    result: {
      ...result,
      speakers: result.speakers.map((s) => (names.has(s.id) ? { ...s, name: names.get(s.id)! } : s)),
      claims: result.claims.map((c) => (names.has(c.speakerId) ? { ...c, speaker: names.get(c.speakerId)! } : c)),
    },
  };
}

const f3 = (x: number) => x.toFixed(3);

export async function runHook(nlp: WinkNlp, sets: ClaimSet[], gum: GumParts | null): Promise<void> {
  for (const scope of ['organisations', 'named'] as const) runScope(nlp, sets, gum, scope);
}

function runScope(nlp: WinkNlp, sets: ClaimSet[], gum: GumParts | null, scope: HookScope): void {
  console.log(`\n== --hook (${scope}): names extended to the wink chunk that ends with them (script only)`);
  console.log('  set                     variant   P      R      speaker  speaker-list R  renamed');
  for (const set of sets) {
    const base = [];
    const hooked = [];
    const renamed: string[] = [];
    for (const page of set.pages) {
      const result = attribute({ paragraphs: page.article.paragraphs, authors: page.article.authors });
      const h = extendNames(result, articleChunks(nlp, page.article.paragraphs), scope);
      base.push(scoreFixture(result, page.truth));
      hooked.push(scoreFixture(h.result, page.truth));
      renamed.push(...h.renamed.map((r) => `${page.name}: ${r}`));
    }
    for (const [variant, scores] of [['engine', base], ['+ hook', hooked]] as const) {
      const t = totals(scores);
      console.log(`  ${set.label.padEnd(23)} ${variant.padEnd(9)} ${f3(t.precision)}  ${f3(t.recall)}  ${f3(t.speakerAccuracy)}    ${f3(t.speakerRecall)}          ${variant === '+ hook' ? renamed.length : ''}`);
    }
    for (const r of renamed) console.log(`      ${r}`);
  }
  if (!gum) return;
  for (const [label, articles, listable] of [['GUM train 20', gum.train, true], ['GUM held-out 4', gum.heldOut, false]] as const) {
    const base = [];
    const hooked = [];
    const renamed: string[] = [];
    for (const a of articles) {
      const result = attribute(a.input);
      const h = extendNames(result, articleChunks(nlp, a.input.paragraphs), scope);
      base.push(scoreGum(a, fromAttribution(result)));
      hooked.push(scoreGum(a, fromAttribution(h.result)));
      renamed.push(...h.renamed.map((r) => `${a.id}: ${r}`));
    }
    for (const [variant, scores] of [['engine', base], ['+ hook', hooked]] as const) {
      const t = gumTotals(scores);
      console.log(`  ${label.padEnd(23)} ${variant.padEnd(9)} ${f3(t.precision)}  ${f3(t.recall)}  ${f3(t.speakerAccuracy)}    -              ${variant === '+ hook' ? renamed.length : ''}`);
    }
    if (listable) for (const r of renamed) console.log(`      ${r}`);
  }
}
