import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sharedDir } from './datasets';

/**
 * The Fundus news dev set (../shared/fixtures/fundus-news-dev) split into the
 * pages we may tune on and the blind batch held back for issue 11's last
 * measurement (tests/fixtures/extract/fundus-holdout.json). Everything that
 * reads the set goes through `loadFundusPages`, which leaves the held-out
 * pages out unless asked for them by name, so that no tuning run, test or
 * per-page table ever shows one of them by accident.
 */
export const fundusDir = join(sharedDir, 'fixtures', 'fundus-news-dev');
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fundusHoldoutFile = join(repoRoot, 'tests', 'fixtures', 'extract', 'fundus-holdout.json');

export interface FundusPage {
  id: string;
  url: string;
  lang: string;
  publisher: string;
  /** The body as Fundus's per-publisher parser extracts it (lead, subheadings, paragraphs). */
  truth: string;
  /** Authors and publication date as Fundus's parser gives them (the metadata bench scores against them). */
  authors: string[];
  date: string | null;
  html: string;
}

interface TruthRecord {
  url: string;
  articleBody: string;
  authors?: string[];
  date?: string | null;
  lang: string;
  publisher: string;
}

export function hasFundus(dir = fundusDir): boolean {
  return existsSync(join(dir, 'ground-truth.json'));
}

/** Ids of the held-out pages (46 pages of 34 publishers). */
export function fundusHoldoutIds(file = fundusHoldoutFile): Set<string> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { pages: string[] };
  return new Set(parsed.pages);
}

/**
 * `which` picks the part: 'dev' (the pages we tune on, the default), or
 * 'holdout' (the blind batch, for its one aggregate measurement).
 */
export function loadFundusPages(which: 'dev' | 'holdout' = 'dev', dir = fundusDir): FundusPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, TruthRecord>;
  const held = fundusHoldoutIds();
  return Object.keys(truth)
    .filter((id) => held.has(id) === (which === 'holdout'))
    .sort()
    .map((id) => ({
      id,
      url: truth[id].url,
      lang: truth[id].lang,
      publisher: truth[id].publisher,
      truth: truth[id].articleBody,
      authors: truth[id].authors ?? [],
      date: truth[id].date ?? null,
      html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}
