/**
 * The text sets the wink measurement reads, each with where its truth came from, so every number is printed
 * beside how much it could have been tuned on:
 * - the claim fixtures (tests/fixtures/claims): rules were written on them, a training score;
 * - blind batches 17 and 18 (/work/blind, when present): their first runs are past, rules may since have
 *   looked at them; batch 19 stays sealed and is never opened here;
 * - GUM Wikinews (../shared): its 20 train articles may be read, its 4 held-out articles (dev and test) are
 *   only counted in aggregate, never listed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleParagraphs, type FixtureArticle } from '../../../tests/support/article-paragraphs';
import { loadFixtures, type TruthClaim, type TruthSpeaker } from '../../../tests/support/claim-fixtures';
import { hasGum, loadGum, type GumArticle } from '../../lib/gum-wikinews';

export interface ClaimPage {
  name: string;
  article: FixtureArticle;
  truth: { speakers: TruthSpeaker[]; claims: TruthClaim[] };
}

export interface ClaimSet {
  label: string;
  pages: ClaimPage[];
  /** Whether this set's pages may be listed one by one. */
  listable: boolean;
}

export const BLIND_BATCHES = ['batch17', 'batch18'];
const blindRoot = '/work/blind';

function loadDir(dir: string): ClaimPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, '');
      return {
        name,
        article: articleParagraphs(readFileSync(join(dir, f), 'utf8')),
        truth: JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')),
      };
    });
}

export function claimSets(): { sets: ClaimSet[]; notes: string[] } {
  const sets: ClaimSet[] = [{ label: 'fixtures (tuned)', pages: loadFixtures(), listable: true }];
  const notes: string[] = [];
  for (const b of BLIND_BATCHES) {
    const dir = join(blindRoot, b);
    if (existsSync(dir)) sets.push({ label: `blind ${b}`, pages: loadDir(dir), listable: true });
    else notes.push(`${dir} absent: skipped`);
  }
  return { sets, notes };
}

export interface GumParts {
  train: GumArticle[];
  heldOut: GumArticle[];
}

export function gumParts(): GumParts | null {
  if (!hasGum()) return null;
  const all = loadGum();
  return { train: all.filter((a) => a.partition === 'train'), heldOut: all.filter((a) => a.partition !== 'train') };
}
