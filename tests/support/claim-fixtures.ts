/**
 * Loads the claim fixtures (tests/fixtures/claims) and, when ../shared is present, the seed page, for the
 * claims bench and the fixture test. The seed's text is read at run time and never copied into the repo:
 * its truth holds only paragraph indexes and offsets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimKind, SpeakerKind } from '../../core/attribution/types';
import { articleParagraphs, type FixtureArticle } from './article-paragraphs';

export interface TruthClaim {
  speaker: string;
  kind: ClaimKind;
  text: string;
}

export interface TruthSpeaker {
  name: string;
  kind: SpeakerKind;
  role: string | null;
}

export interface ClaimFixture {
  name: string;
  article: FixtureArticle;
  truth: { speakers: TruthSpeaker[]; claims: TruthClaim[] };
}

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const fixtureDir = join(repoRoot, 'tests/fixtures/claims');
export const seedPath = resolve(repoRoot, '../shared/seed/article-page.txt');

export function loadFixtures(): ClaimFixture[] {
  return readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, '');
      const html = readFileSync(join(fixtureDir, f), 'utf8');
      const truth = JSON.parse(readFileSync(join(fixtureDir, `${name}.truth.json`), 'utf8'));
      return { name, article: articleParagraphs(html), truth };
    });
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Builds a page from the seed's text: first line the headline, then paragraphs until the site-chrome trailer
 * (the first line that does not end like a sentence), which goes into nav and footer.
 */
export function seedPage(text: string): { html: string; body: string[] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const [headline, ...rest] = lines;
  const body: string[] = [];
  let i = 0;
  for (; i < rest.length; i++) {
    if (!/[.!?"”’')]$/.test(rest[i])) break;
    body.push(rest[i]);
  }
  const chrome = rest.slice(i);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline ?? '')}</title></head><body>
<nav>${chrome.slice(0, 4).map((l) => `<a href="#">${escapeHtml(l)}</a>`).join(' ')}</nav>
<main><article><h1>${escapeHtml(headline ?? '')}</h1>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main>
<footer>${chrome.slice(4).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</footer></body></html>`;
  return { html, body };
}

/** The seed as a fixture, or null (with the reason) when ../shared is not there. */
export function loadSeedFixture(): { fixture: ClaimFixture | null; reason?: string } {
  if (!existsSync(seedPath)) return { fixture: null, reason: `seed not found at ${seedPath} (../shared absent): skipped` };
  const { html, body } = seedPage(readFileSync(seedPath, 'utf8'));
  const stored = JSON.parse(readFileSync(join(fixtureDir, 'seed.truth.json'), 'utf8'));
  const claims: TruthClaim[] = stored.claims.map((c: { paragraph: number; start: number; end: number; speaker: string; kind: ClaimKind }) => ({
    speaker: c.speaker,
    kind: c.kind,
    text: (body[c.paragraph] ?? '').slice(c.start, c.end),
  }));
  return { fixture: { name: 'seed', article: articleParagraphs(html), truth: { speakers: stored.speakers, claims } } };
}
