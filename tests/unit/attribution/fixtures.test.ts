import { describe, expect, it } from 'vitest';
import { attribute } from '../../../core/attribution/index';
import { scanQuotes } from '../../../core/attribution/quotes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { fixtureDir, loadFixtures, loadSeedFixture } from '../../support/claim-fixtures';
import { overlap, scoreFixture, totals } from '../../support/claim-scoring';

describe('claim fixtures', () => {
  const fixtures = loadFixtures();

  it('has at least 12 hand-written articles with truth', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    for (const f of fixtures) expect(f.truth.claims.length, f.name).toBeGreaterThan(0);
  });

  it('reaches claim precision and recall and speaker accuracy of 0.9 over all fixtures', () => {
    const scores = fixtures.map((f) => scoreFixture(attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors }), f.truth));
    const t = totals(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.9);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('reads every paragraph of every fixture without a rule failing on it', () => {
    for (const f of fixtures) expect(attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors }).unreadParagraphs, f.name).toBe(0);
  });

  it('claim offsets point at the claim text in the article text', () => {
    for (const f of fixtures) {
      const r = attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors });
      for (const c of r.claims) {
        // A quote split by its attribution shows its two parts joined with an ellipsis.
        const parts = c.text.split(' … ');
        const span = f.article.text.slice(c.start, c.end);
        expect(span.startsWith(parts[0]) && span.endsWith(parts[parts.length - 1]), `${f.name}: ${c.text}`).toBe(true);
      }
    }
  });

  // Guards the whole pipeline (paragraphs from the page, then attribution): when the extraction step lets
  // comments or related stories through, their quotes turn into claims and this fails.
  it('takes no claim from the quotes in comments and related stories', () => {
    // A page whose comments only repeat the story's own quotes has nothing to test here; most have some.
    let pagesWithTraps = 0;
    for (const f of fixtures) {
      const { document } = parseHTML(readFileSync(join(fixtureDir, `${f.name}.html`), 'utf8'));
      const article = f.article.text.toLowerCase();
      const outside = [...document.querySelectorAll('aside p, aside li, section p, section li, footer, nav')]
        .flatMap((el) => {
          const text = el.textContent ?? '';
          return scanQuotes(text).map((q) => text.slice(q.contentStart, q.contentEnd).replace(/[,.]$/, ''));
        })
        .filter((q) => q.split(/\s+/).length >= 2 && !article.includes(q.toLowerCase()));
      if (outside.length > 0) pagesWithTraps++;
      const r = attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors });
      // A comment may echo a real claim of the story ("a government that can't count can't govern" beside
      // "a government that can count"): a claim is taken from the trap only when it is closer to the trap's
      // quote than to every true claim of the page.
      for (const c of r.claims) {
        const nearestTruth = Math.max(0, ...f.truth.claims.map((t) => overlap(c.text, t.text)));
        for (const q of outside) {
          const nearTrap = overlap(c.text, q);
          if (nearTrap > nearestTruth) expect(nearTrap, `${f.name}: ${c.text} ~ ${q}`).toBeLessThan(0.5);
        }
      }
    }
    expect(pagesWithTraps).toBeGreaterThanOrEqual(fixtures.length * 0.8);
  });

  // The Speakers list names each person or body once: two entries under one name would split its claims.
  it('lists each named person and body once', () => {
    for (const f of fixtures) {
      const r = attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors });
      const named = r.speakers.filter((s) => s.kind !== 'unnamed').map((s) => `${s.kind} ${s.name}`);
      expect(named.filter((n, i) => named.indexOf(n) !== i), f.name).toEqual([]);
      const ids = new Set(r.speakers.map((s) => s.id));
      for (const c of r.claims) expect(ids.has(c.speakerId), `${f.name}: ${c.text}`).toBe(true);
    }
  });

  const seed = loadSeedFixture();
  it.skipIf(!seed.fixture)(`seed page: Li Keqiang and Su Hao speak, claims reach 0.9 ${seed.reason ? `(${seed.reason})` : ''}`, () => {
    const f = seed.fixture!;
    const r = attribute({ paragraphs: f.article.paragraphs, authors: f.article.authors });
    expect(r.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Li Keqiang', 'Su Hao']));
    const t = totals([scoreFixture(r, f.truth)]);
    expect(t.precision).toBeGreaterThanOrEqual(0.9);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
