// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://hafenbote.example/lokales/2019/faehre-faellt-aus"}
/**
 * The citation a reader sees (title, authors, date, site name) is the same
 * whether the page is analysed by the content script in the browser's DOM,
 * by the CLI on linkedom, or by bench:extract: one code path (core/extract),
 * on a page of our own that exercises the choice between sources (a logo
 * <h1> and a kicker, a lenient JSON-LD block naming one of two authors, a
 * date shown only in German, a junk og:site_name).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageAnalyzer } from '../../../entrypoints/content/page-analysis';
import { attributeSteps } from '../../../core/attribution/index';
import { runNewsmark } from '../../../scripts/lib/metadata-bench';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const file = resolve(repoRoot, 'tests', 'fixtures', 'extract', 'citation-page.html');
const URL_ = 'https://hafenbote.example/lokales/2019/faehre-faellt-aus';
const HTML = readFileSync(file, 'utf8');

const EXPECTED = {
  title: 'Fähre fällt aus: Pendler warten stundenlang',
  authors: ['Lena Vogt', 'Jonas Brandt'],
  day: '2019-11-18',
  siteName: 'Hafenbote',
};

describe('one code path for the citation', () => {
  it('the content script, the CLI and the bench give the same title, authors, date and site name', async () => {
    document.documentElement.innerHTML = HTML.replace(/^[^]*?<html[^>]*>|<\/html>\s*$/gi, '');
    document.documentElement.setAttribute('lang', 'de');
    const analysed = await new PageAnalyzer(new AbortController().signal, () => false, async () => attributeSteps).get(30_000);
    const page = analysed!.article;
    const content = { title: page.title, authors: page.byline?.split(', ') ?? [], day: page.published?.slice(0, 10), siteName: page.siteName };

    const out = spawnSync(resolve(repoRoot, 'node_modules', '.bin', 'tsx'), [resolve(repoRoot, 'cli', 'analyze.ts'), '--url', URL_, file], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out.status).toBe(0);
    const line = JSON.parse(out.stdout.trim());
    const cli = { title: line.title, authors: line.byline?.split(', ') ?? [], day: line.published?.slice(0, 10), siteName: line.siteName };

    const b = runNewsmark(HTML, URL_);
    const bench = { title: b.title, authors: b.authors, day: b.date?.slice(0, 10), siteName: b.siteName };

    expect(bench).toEqual(EXPECTED);
    expect(cli).toEqual(EXPECTED);
    expect(content).toEqual(EXPECTED);
  });
});
