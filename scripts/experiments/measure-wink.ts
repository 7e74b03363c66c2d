/**
 * Would wink-nlp (with wink-eng-lite-web-model) help attribution? A measurement, not an integration
 * (issue 9, "Libraries where they help"; the decision and its numbers are in docs/decisions/wink-nlp.md).
 *
 *   npm install --no-save --save-exact wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1
 *   npx tsx scripts/experiments/measure-wink.ts [--runs 7] [--list] [--no-size]
 *
 * Sections: the size wink would add to a bundle (minified + gzip, beside core/attribution's own); (a)
 * sentence boundaries crossing true claims; (b) true speakers' full names in the engine's speaker list vs.
 * wink's proper-noun chunks; wink's entity kinds; (c) time per 1,000 words, wink's pipeline beside the whole
 * attribution in the same process. Sets: the claim fixtures, blind batches 17-18 and GUM Wikinews (texts
 * Wikinews CC BY 2.5, annotations GUM CC BY 4.0, Zeldes 2017 "The GUM Corpus", LRE 51(3)); GUM's 4 held-out
 * articles are counted in aggregate only and never listed.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { attribute } from '../../core/attribution/index';
import { maskQuotes, scanQuotes } from '../../core/attribution/quotes';
import { splitSentences } from '../../core/attribution/sentences';
import { tokenize } from '../../core/attribution/tokens';
import { words } from '../../tests/support/claim-scoring';
import { readCommandLine } from '../lib/command-line';
import { median } from '../lib/stats';
import { gumSameSpeaker, type GumArticle } from '../lib/gum-wikinews';
import { bundleIife } from '../lib/iife-bundle';
import { loadWink, type LoadedWink, WINK_VERSIONS } from './wink/wink-reader';
import { claimSets, gumParts, type ClaimSet } from './wink/sets';
import { boundaryFinder, countCrossings, placeTruthClaim, SPLITTERS, type PlacedClaim } from './wink/sentence-crossings';
import { articleChunks, normName, scoreNames, type NameRow, type NameTruth } from './wink/name-spans';
import { runHook } from './wink/hook';

const { values: flags } = readCommandLine({
  usage: 'usage: npx tsx scripts/experiments/measure-wink.ts [--runs N (>= 5)] [--list] [--no-size] [--hook]',
  options: { runs: { type: 'string' }, list: { type: 'boolean' }, 'no-size': { type: 'boolean' }, hook: { type: 'boolean' } },
});
const runs = Math.max(5, Number(flags.runs ?? 7) || 7);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const f3 = (x: number) => x.toFixed(3);
const rate = (a: number, b: number) => (b ? `${a}/${b} ${f3(a / b)}` : '-');

const wink: LoadedWink = await loadWink();
console.log(`wink-nlp ${wink.versions.nlp}, wink-eng-lite-web-model ${wink.versions.model}; load average ${load()}`);
if (wink.versions.nlp !== WINK_VERSIONS['wink-nlp'] || wink.versions.model !== WINK_VERSIONS['wink-eng-lite-web-model']) {
  console.log(`note: docs/decisions/wink-nlp.md was measured on wink-nlp ${WINK_VERSIONS['wink-nlp']} and the model ${WINK_VERSIONS['wink-eng-lite-web-model']}`);
}
const { nlp } = wink;
console.log(`wink pipeline built in ${wink.loadMs.toFixed(0)} ms (require of both packages + the model's JSON, this process's first call)`);

// ---- size: what the extension would ship
if (!flags['no-size']) {
  const dir = mkdtempSync(join(tmpdir(), 'wink-size-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, `import winkNLP from ${JSON.stringify(wink.entries.nlp)};\nimport model from ${JSON.stringify(wink.entries.model)};\nexport const nlp = winkNLP(model);\n`);
    const winkCode = await bundleIife({ entry, name: 'wink' });
    const ours = await bundleIife({ entry: resolve(import.meta.dirname, '../../core/attribution/index.ts'), name: 'attribution' });
    const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} kB minified, ${(gzipSync(s, { level: 9 }).length / 1024).toFixed(0)} kB gzip`;
    console.log('\n== size (Vite library build, IIFE, minified; gzip level 9)');
    console.log(`  wink-nlp + wink-eng-lite-web-model  ${kb(winkCode)}`);
    console.log(`  core/attribution (reference)        ${kb(ours)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- (a) sentence boundaries crossing true claims
const { sets, notes } = claimSets();
for (const n of notes) console.log(`note: ${n}`);
const gum = gumParts();
if (!gum) console.log('note: ../shared/fixtures/gum-wikinews-quotes absent: GUM skipped');
const boundaries = boundaryFinder(nlp);

function placedFromSet(set: ClaimSet): { placed: PlacedClaim[]; unplaced: number } {
  const placed: PlacedClaim[] = [];
  let unplaced = 0;
  for (const page of set.pages) {
    for (const c of page.truth.claims) {
      const p = placeTruthClaim(page.article.paragraphs, c.text, c.kind);
      if (p) placed.push(...p);
      else unplaced++;
    }
  }
  return { placed, unplaced };
}

function placedFromGum(articles: GumArticle[]): { placed: PlacedClaim[]; unplaced: number } {
  const placed: PlacedClaim[] = [];
  let unplaced = 0;
  for (const a of articles) {
    for (const r of a.truth) {
      const para = a.input.paragraphs.find((p) => r.quote.start >= p.start && r.quote.start < p.start + p.text.length);
      // A record running over paragraphs crosses a boundary for every splitter alike: left out.
      if (!para || r.quote.end > para.start + para.text.length) {
        unplaced++;
        continue;
      }
      placed.push({ paragraph: para.text, start: r.quote.start - para.start, end: r.quote.end - para.start, kind: r.type });
    }
  }
  return { placed, unplaced };
}

console.log('\n== (a) true claims with a sentence boundary inside them (lower is better)');
console.log(`  set                     kind      claims  ${SPLITTERS.map((s) => s.padEnd(17)).join('')}`);
const crossingSources: [string, { placed: PlacedClaim[]; unplaced: number }][] = sets.map((s) => [s.label, placedFromSet(s)]);
if (gum) crossingSources.push(['GUM train 20', placedFromGum(gum.train)], ['GUM held-out 4', placedFromGum(gum.heldOut)]);
for (const [label, { placed, unplaced }] of crossingSources) {
  const counts = countCrossings(placed, boundaries);
  const kinds = [...counts.byKind.keys()].sort();
  const all = { claims: 0, crossed: Object.fromEntries(SPLITTERS.map((s) => [s, 0])) as Record<string, number> };
  for (const k of kinds) {
    const row = counts.byKind.get(k)!;
    all.claims += row.claims;
    for (const s of SPLITTERS) all.crossed[s] += row.crossed[s];
    console.log(`  ${label.padEnd(23)} ${k.padEnd(9)} ${String(row.claims).padStart(6)}  ${SPLITTERS.map((s) => `${row.crossed[s]} (${f3(row.crossed[s] / row.claims)})`.padEnd(17)).join('')}`);
  }
  console.log(`  ${label.padEnd(23)} ${'all'.padEnd(9)} ${String(all.claims).padStart(6)}  ${SPLITTERS.map((s) => `${all.crossed[s]} (${f3(all.crossed[s] / all.claims)})`.padEnd(17)).join('')}${unplaced ? `  (${unplaced} not placed in one paragraph)` : ''}`);
}

// ---- (b) speaker names
console.log('\n== (b) true person/organisation speakers whose full name is found (higher is better)');
console.log('  set                     kind          speakers  engine list      engine lenient   wink chunk exact  wink inside chunk');
const entityKinds = new Map<string, number>();
const printNames = (label: string, rows: Map<string, NameRow>, listable: boolean) => {
  for (const r of [...rows.values()].sort((a, b) => a.kind.localeCompare(b.kind))) {
    console.log(`  ${label.padEnd(23)} ${r.kind.padEnd(13)} ${String(r.truth).padStart(8)}  ${rate(r.engine, r.truth).padEnd(16)} ${rate(r.engineLenient, r.truth).padEnd(16)} ${rate(r.winkExact, r.truth).padEnd(17)} ${rate(r.winkWithin, r.truth)}`);
    if (flags.list && listable) {
      if (r.winkOnly.length) console.log(`      wink only: ${r.winkOnly.join('; ')}`);
      if (r.engineOnly.length) console.log(`      engine only: ${r.engineOnly.join('; ')}`);
    }
  }
};
const noteEntities = (paragraphs: { text: string }[]) => {
  for (const p of paragraphs) {
    const types = nlp.readDoc(p.text).entities().out(nlp.its.type) as string[];
    for (const t of types) entityKinds.set(t, (entityKinds.get(t) ?? 0) + 1);
  }
};
for (const set of sets) {
  const rows = new Map<string, NameRow>();
  for (const page of set.pages) {
    const result = attribute({ paragraphs: page.article.paragraphs, authors: page.article.authors });
    const have = new Set(result.speakers.map((s) => normName(s.name)));
    const truths: NameTruth[] = page.truth.speakers
      .filter((s): s is typeof s & { kind: 'person' | 'organization' } => s.kind === 'person' || s.kind === 'organization')
      .map((s) => ({ name: s.name, kind: s.kind, engineFound: have.has(normName(s.name)) }));
    scoreNames(truths, articleChunks(nlp, page.article.paragraphs), rows);
    noteEntities(page.article.paragraphs);
  }
  printNames(set.label, rows, set.listable);
}
if (gum) {
  for (const [label, articles, listable] of [['GUM train 20', gum.train, true], ['GUM held-out 4', gum.heldOut, false]] as const) {
    const rows = new Map<string, NameRow>();
    let unnamed = 0;
    for (const a of articles) {
      const result = attribute(a.input);
      const have = new Set(result.speakers.map((s) => normName(s.name)));
      const seen = new Set<string>();
      const truths: NameTruth[] = [];
      for (const r of a.truth) {
        const id = r.meta.speaker_entity_type + ':' + (r.speaker_name ?? r.speaker?.text ?? '');
        if (seen.has(id)) continue;
        seen.add(id);
        if (!r.speaker_name) {
          unnamed++;
          continue;
        }
        truths.push({
          name: r.speaker_name,
          kind: r.meta.speaker_entity_type as 'person' | 'organization',
          engineFound: have.has(normName(r.speaker_name)),
          engineLenient: result.speakers.some((s) => gumSameSpeaker(s.name, r)),
        });
      }
      scoreNames(truths, articleChunks(nlp, a.input.paragraphs), rows);
      noteEntities(a.input.paragraphs);
    }
    printNames(label, rows, listable);
    if (unnamed) console.log(`  ${label.padEnd(23)} (${unnamed} sources GUM gives no proper name for: left out)`);
  }
}
console.log(`  wink entity kinds over all these paragraphs: ${[...entityKinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);

// ---- (c) time per 1,000 words, in the same process
const inputs = [...sets.flatMap((s) => s.pages.map((p) => ({ paragraphs: p.article.paragraphs, authors: p.article.authors }))), ...(gum?.train.map((a) => a.input) ?? [])];
const texts = inputs.map((i) => i.paragraphs.map((p) => p.text).join('\n\n'));
const totalWords = texts.reduce((n, t) => n + words(t).length, 0);
const winkPass = () => {
  for (const t of texts) {
    const doc = nlp.readDoc(t);
    doc.sentences().out();
    doc.tokens().out(nlp.its.pos);
    doc.entities().out(nlp.its.detail);
  }
};
const enginePass = () => {
  for (const i of inputs) attribute(i);
};
// The part of the engine wink could replace: quote scan, masking, sentence splitting and word tokens.
const splitterPass = () => {
  let n = 0;
  for (const i of inputs) {
    for (const p of i.paragraphs) {
      const masked = maskQuotes(p.text, scanQuotes(p.text), true);
      n += splitSentences(masked).length + tokenize(p.text).length;
    }
  }
  return n;
};
winkPass();
enginePass();
splitterPass();
const winkMs: number[] = [];
const engineMs: number[] = [];
const splitterMs: number[] = [];
for (let r = 0; r < runs; r++) {
  let t0 = performance.now();
  winkPass();
  winkMs.push(performance.now() - t0);
  t0 = performance.now();
  enginePass();
  engineMs.push(performance.now() - t0);
  t0 = performance.now();
  splitterPass();
  splitterMs.push(performance.now() - t0);
}
const perK = (ms: number) => (ms / totalWords) * 1000;
console.log(`\n== (c) time over ${inputs.length} articles, ${totalWords} words, median of ${runs} runs (load average ${load()})`);
console.log(`  wink readDoc (sentences, tokens, POS, entities)  ${perK(median(winkMs)).toFixed(2)} ms per 1,000 words`);
console.log(`  core/attribution, whole                          ${perK(median(engineMs)).toFixed(2)} ms per 1,000 words`);
console.log(`  core/attribution's quotes, sentences and tokens   ${perK(median(splitterMs)).toFixed(2)} ms per 1,000 words (what wink would replace)`);
console.log(`  ratio wink / whole attribution ${(median(winkMs) / median(engineMs)).toFixed(2)}x; wink / the part it would replace ${(median(winkMs) / median(splitterMs)).toFixed(1)}x`);

if (flags.hook) await runHook(nlp, sets, gum);
