/**
 * Citation metadata (title as shown, authors, date, site name) scored against
 * a truth, for Newsmark and Readability 0.6 on the same documents in the same
 * run. bench-extract.ts calls `metadataBench(argv)`; everything else about the
 * metadata bench lives here so the body bench and this one merge cleanly.
 *
 * Truths, field by field:
 * - fundus-news-dev: authors and date from Fundus's ground-truth.json, as they
 *   are (its parsers are per publisher and checked by people). Its `title` is
 *   the publisher's declared headline, not the one the page shows, so titles
 *   (and site names, which Fundus does not give) come from our own truth file.
 * - news-benchmark-dev: every field from our truth file.
 * tests/fixtures/extract/metadata-truth.json is written from the pages' sources
 * without running the extractor; a page or field it lacks is not scored.
 *
 * Comparison (the same for both extractors):
 * - title: equal after Unicode normalisation, whitespace collapse, case, and
 *   the kind of quote marks and dashes;
 * - authors: the same set of names after the same normalisation (order free);
 *   a page whose truth credits nobody is right only when nobody is found;
 * - date: the same calendar day, read in the truth's own offset (a page filed
 *   at 23:30 in Seoul is dated that day, not the UTC day);
 * - site name: equal up to a leading "The", spacing and punctuation ("Al-Bawaba"
 *   is "Al Bawaba"; "Wall Street Journal" is "The Wall Street Journal").
 * Readability gives one byline string: it is split on the separators any
 * byline uses (",", ";", "&", "and", and a leading "By"), nothing more.
 *
 * Disputed truths (tests/fixtures/extract/metadata-disputed.json: a site credited
 * as author, a day and month swapped) stay in every headline figure; a bracketed
 * column repeats the figure without them and each is listed with its reason.
 *
 * The Fundus pages of publishers held back (fundus-holdout.json) are left out
 * unless `--holdout` is given, which scores only them and prints one aggregate
 * line per field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../core/extract/index';
import { hasNewsBenchmark, loadNewsBenchmark } from './datasets';
import { fundusHoldoutIds, hasFundus, loadFundusPages } from './fundus-set';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const metadataTruthFile = join(repoRoot, 'tests', 'fixtures', 'extract', 'metadata-truth.json');
/** Truth values we dispute (metadata-disputed.json): counted apart, never dropped from the headline figure. */
export const disputedFile = join(repoRoot, 'tests', 'fixtures', 'extract', 'metadata-disputed.json');

/** `${id} ${field}` for every disputed truth value, with the reason. */
export function loadDisputed(file = disputedFile): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const set of Object.values(raw)) {
    if (!set || typeof set !== 'object') continue;
    for (const [id, v] of Object.entries(set as Record<string, { field?: string; why?: string }>)) {
      if (v && typeof v.field === 'string') out.set(`${id} ${v.field === 'date' ? 'date' : v.field}`, v.why ?? '');
    }
  }
  return out;
}

export const FIELDS = ['title', 'authors', 'date', 'siteName'] as const;
export type Field = (typeof FIELDS)[number];

/** A field's truth on one page; `undefined` where nobody wrote it down. */
export interface FieldTruth {
  title?: string;
  authors?: string[];
  date?: string;
  siteName?: string;
  /** Other values a careful reader could defend (the truth file's `alt`): counted in the "with alt" column only. */
  alt?: { title?: string[]; date?: string[]; siteName?: string[] };
}

export interface MetaCase {
  id: string;
  url: string;
  html: string;
  truth: FieldTruth;
}

export interface Found {
  title: string | null;
  authors: string[];
  date: string | null;
  siteName: string | null;
}

// ---------------------------------------------------------------- loading

/**
 * Our truth file, whatever its top level: `{pages: {id: truth}}` or `{id: truth}`,
 * grouped by set or not. Only the four fields are read; `authors` may be a list
 * or a string of names joined by ", ".
 */
export function loadMetadataTruth(file = metadataTruthFile): Map<string, FieldTruth> {
  const out = new Map<string, FieldTruth>();
  if (!existsSync(file)) return out;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const visit = (obj: Record<string, unknown>, depth: number): void => {
    for (const [key, value] of Object.entries(obj)) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      const v = value as Record<string, unknown>;
      if ('title' in v || 'authors' in v || 'date' in v || 'siteName' in v || 'published' in v || 'site_name' in v) {
        out.set(key, truthOf(v));
      } else if (depth < 2) visit(v, depth + 1);
    }
  };
  visit(raw, 0);
  return out;
}

function truthOf(v: Record<string, unknown>): FieldTruth {
  const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
  const t: FieldTruth = {};
  const title = str(v.title);
  if (title !== undefined) t.title = title;
  const authors = v.authors ?? v.author;
  if (Array.isArray(authors)) t.authors = authors.filter((a): a is string => typeof a === 'string');
  else if (typeof authors === 'string') t.authors = authors.split(/\s*,\s*/).filter(Boolean);
  else if (authors === null) t.authors = [];
  const date = str(v.date) ?? str(v.published) ?? str(v.datePublished);
  if (date !== undefined) t.date = date;
  const site = str(v.siteName) ?? str(v.site_name) ?? str(v.site);
  if (site !== undefined) t.siteName = site;
  const alt = v.alt as Record<string, unknown> | undefined;
  if (alt && typeof alt === 'object') {
    const list = (x: unknown): string[] | undefined => (Array.isArray(x) ? x.filter((y): y is string => typeof y === 'string') : typeof x === 'string' ? [x] : undefined);
    t.alt = { title: list(alt.title), date: list(alt.published ?? alt.date), siteName: list(alt.siteName) };
  }
  return t;
}

export function loadFundusCases(which: 'dev' | 'holdout', truth: Map<string, FieldTruth>): MetaCase[] {
  return loadFundusPages(which).map((page) => {
    const ours = truth.get(page.id) ?? {};
    return {
      id: page.id,
      url: page.url,
      html: page.html,
      // Authors and date as Fundus gives them; the title shown and the site name from our truth.
      truth: { authors: page.authors, date: page.date ?? '', title: ours.title, siteName: ours.siteName, alt: ours.alt ? { title: ours.alt.title } : undefined },
    };
  });
}

// ---------------------------------------------------------------- running

export function runNewsmark(html: string, url: string): Found {
  const { document } = parseHTML(html);
  const a = extractArticle(document as unknown as Document, { url });
  return {
    title: a?.title ?? null,
    authors: a?.byline ? a.byline.split(/\s*,\s*/).filter(Boolean) : [],
    date: a?.published ?? null,
    siteName: a?.siteName ?? null,
  };
}

export function splitReadabilityByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function runReadabilityMeta(html: string): Found {
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as Document).parse();
    return { title: r?.title ?? null, authors: splitReadabilityByline(r?.byline), date: r?.publishedTime ?? null, siteName: r?.siteName ?? null };
  } catch {
    // Readability throws on a few pages under linkedom: it found nothing there.
    return { title: null, authors: [], date: null, siteName: null };
  }
}

// ---------------------------------------------------------------- comparing

export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A site's name up to a leading "The", spacing and punctuation: "Al-Bawaba" is "Al Bawaba", "Wall Street Journal" "The Wall Street Journal". */
function siteKey(s: string): string {
  return normaliseText(s).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

export function sameAuthors(found: readonly string[], truth: readonly string[]): boolean {
  const a = new Set(found.map(normaliseText).filter(Boolean));
  const b = new Set(truth.map(normaliseText).filter(Boolean));
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** The calendar day of an ISO-ish date, in `offset` when it has a time, else as written. */
function dayIn(value: string, offsetMinutes: number | null): string | null {
  const v = value.trim().replace(' ', 'T');
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (!day) return null;
  if (!/T\d{2}:\d{2}/.test(v) || offsetMinutes === null) return day[0];
  const zone = OFFSET.exec(v);
  // A time without a zone is the page's local time: its day is as written.
  if (!zone) return day[0];
  const t = Date.parse(v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/\.(\d{3})\d+/, '.$1'));
  if (Number.isNaN(t)) return day[0];
  return new Date(t + offsetMinutes * 60000).toISOString().slice(0, 10);
}

function offsetOf(value: string): number | null {
  const zone = OFFSET.exec(value.trim());
  if (!zone) return null;
  if (/^z$/i.test(zone[1])) return 0;
  const d = zone[1].replace(':', '');
  const sign = d[0] === '-' ? -1 : 1;
  return sign * (Number(d.slice(1, 3)) * 60 + Number(d.slice(3, 5)));
}

export function sameDay(found: string | null, truth: string): boolean {
  if (!found) return false;
  const offset = offsetOf(truth.replace(' ', 'T'));
  const a = dayIn(found, offset);
  return a !== null && a === dayIn(truth, offset);
}

/** As `sameField`, also accepting the truth's alternative values for the field. */
export function sameFieldOrAlt(field: Field, found: Found, truth: FieldTruth): boolean | null {
  const main = sameField(field, found, truth);
  if (main !== false || field === 'authors') return main;
  const alts = truth.alt?.[field] ?? [];
  return alts.some((a) => sameField(field, found, { [field]: a }) === true);
}

export function sameField(field: Field, found: Found, truth: FieldTruth): boolean | null {
  switch (field) {
    case 'title':
      return truth.title === undefined ? null : found.title !== null && normaliseText(found.title) === normaliseText(truth.title);
    case 'siteName':
      return truth.siteName === undefined ? null : found.siteName !== null && siteKey(found.siteName) === siteKey(truth.siteName);
    case 'authors':
      return truth.authors === undefined ? null : sameAuthors(found.authors, truth.authors);
    case 'date':
      return truth.date === undefined ? null : truth.date === '' ? found.date === null : sameDay(found.date, truth.date);
  }
}

// ---------------------------------------------------------------- reporting

interface PageResult {
  id: string;
  truth: FieldTruth;
  ours: Found;
  theirs: Found;
}

function score(cases: MetaCase[]): PageResult[] {
  return cases.map((c) => ({ id: c.id, truth: c.truth, ours: runNewsmark(c.html, c.url), theirs: runReadabilityMeta(c.html) }));
}

function tally(results: PageResult[], field: Field, who: 'ours' | 'theirs', withAlt = false): { right: number; scored: number } {
  let right = 0;
  let scored = 0;
  for (const r of results) {
    const s = (withAlt ? sameFieldOrAlt : sameField)(field, r[who], r.truth);
    if (s === null) continue;
    scored++;
    if (s) right++;
  }
  return { right, scored };
}

function pct(t: { right: number; scored: number }): string {
  return t.scored === 0 ? '   n/a' : `${((100 * t.right) / t.scored).toFixed(1).padStart(5)}%`;
}

function printTable(name: string, results: PageResult[], verbose: boolean, disputed: Map<string, string>): void {
  console.log(`\n== ${name}: citation metadata, ${results.length} pages (pages with a truth for the field)`);
  console.log(`field        newsmark              readability 0.6      (with the truth's alt values: newsmark, readability)   [disputed truths left out: newsmark, readability]`);
  for (const field of FIELDS) {
    const o = tally(results, field, 'ours');
    const t = tally(results, field, 'theirs');
    const oa = tally(results, field, 'ours', true);
    const ta = tally(results, field, 'theirs', true);
    const undisputed = results.filter((r) => !disputed.has(`${r.id} ${field}`));
    const left = results.length - undisputed.length;
    const od = tally(undisputed, field, 'ours');
    const td = tally(undisputed, field, 'theirs');
    console.log(
      `${field.padEnd(12)} ${pct(o)} ${`${o.right}/${o.scored}`.padEnd(10)}   ${pct(t)} ${`${t.right}/${t.scored}`.padEnd(10)}   (${pct(oa).trim()}, ${pct(ta).trim()})` +
        (left > 0 ? `   [${left} disputed: ${pct(od).trim()} ${od.right}/${od.scored}, ${pct(td).trim()}]` : ''),
    );
  }
  const listed = results.flatMap((r) => FIELDS.filter((f) => disputed.has(`${r.id} ${f}`)).map((f) => `  disputed ${f.padEnd(8)} ${r.id.slice(0, 44).padEnd(44)} ${disputed.get(`${r.id} ${f}`)!.slice(0, 110)}`));
  if (listed.length > 0) console.log(listed.join('\n'));
  if (!verbose) return;
  for (const field of FIELDS) {
    for (const r of results) {
      if (sameField(field, r.ours, r.truth) !== false) continue;
      const show = (f: Found): string => JSON.stringify(field === 'authors' ? f.authors : f[field]);
      if (sameFieldOrAlt(field, r.ours, r.truth)) continue;
      console.log(`  miss ${field.padEnd(8)} ${r.id.slice(0, 44).padEnd(44)} ours=${show(r.ours).slice(0, 90)} truth=${JSON.stringify(r.truth[field]).slice(0, 90)}`);
    }
  }
}

export function metadataBench(argv: readonly string[]): void {
  const holdoutRun = argv.includes('--holdout');
  const verbose = !!process.env.BENCH_VERBOSE && !holdoutRun;
  const truth = loadMetadataTruth();
  const disputed = loadDisputed();
  if (truth.size === 0) console.log(`\n(metadata truth file ${metadataTruthFile} not found or empty: titles and site names are not scored)`);
  if (!hasFundus()) {
    console.log('skipping fundus-news-dev metadata: ../shared/fixtures/fundus-news-dev not found');
  } else {
    const heldOut = fundusHoldoutIds().size;
    if (holdoutRun) {
      const results = score(loadFundusCases('holdout', truth));
      // The blind batch: aggregates only, never a page.
      const line = (who: 'ours' | 'theirs'): string =>
        FIELDS.map((f) => {
          const t = tally(results, f, who);
          return `${f} ${pct(t).trim()} (${t.right}/${t.scored})`;
        }).join('  ');
      console.log(`\n== fundus-news-dev HOLD-OUT (${results.length} pages): newsmark    ${line('ours')}`);
      console.log(`   readability 0.6 on the same pages:             ${line('theirs')}`);
      return;
    }
    printTable(`fundus-news-dev (tuning part; ${heldOut} held-out pages left out)`, score(loadFundusCases('dev', truth)), verbose, disputed);
  }
  if (!hasNewsBenchmark()) {
    console.log('skipping news-benchmark-dev metadata: ../shared/fixtures/news-benchmark-dev not found');
    return;
  }
  const news = loadNewsBenchmark()
    .map((p) => ({ id: p.id, url: p.url, html: p.html, truth: truth.get(p.id) ?? {} }));
  printTable('news-benchmark-dev', score(news), verbose, disputed);
}
