import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from './helpers';

const tsx = resolve(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = resolve(repoRoot, 'cli', 'analyze.ts');

function run(args: string[], input?: string) {
  const out = spawnSync(tsx, [cli, ...args], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });
  const lines = out.stdout.trim() === '' ? [] : out.stdout.trim().split('\n').map((l) => JSON.parse(l));
  return { status: out.status, lines, stderr: out.stderr };
}

let dir: string;
const article = join(fixturesDir, 'news-with-boilerplate.html');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'notes.html'), 'Shopping list: bread, milk, two lemons and a tin of sardines.\n');
  writeFileSync(join(dir, 'doctype-only.html'), '<!DOCTYPE html>\n<!-- <p>saved before the page loaded</p> -->\n');
  mkdirSync(join(dir, 'pages'));
  copyFileSync(article, join(dir, 'pages', 'b-story.html'));
  copyFileSync(join(fixturesDir, 'front-page.html'), join(dir, 'pages', 'a-front.htm'));
  writeFileSync(join(dir, 'pages', 'readme.txt'), 'not a page');
});

// Each test starts the CLI as a child process (tsx compiling on start): on a shared, loaded machine that
// alone can pass 30 s. The timeout guards against a hang, not speed (bench:extract measures that).
describe('npm run analyze', { timeout: 120_000 }, () => {
  it('prints one JSON line per page in the issue format', () => {
    const { status, lines } = run(['--url', 'https://ledger.example/news/2024/03/ferry', article]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const line = lines[0];
    expect(Object.keys(line)).toEqual([
      'file', 'url', 'isArticle', 'title', 'byline', 'siteName', 'published', 'language', 'text', 'speakers', 'claims', 'ms',
    ]);
    expect(line).toMatchObject({
      file: article,
      url: 'https://ledger.example/news/2024/03/ferry',
      isArticle: true,
      title: 'Ferry service to Kellmouth resumes after storm repairs',
      byline: 'Marta Quell',
      siteName: 'The Coastal Ledger',
      published: '2024-03-18T08:12:00+01:00',
      language: 'en-GB',
    });
    // Attribution fills these; each claim carries its speaker and the selectors that find it on the page.
    expect(line.claims.length).toBeGreaterThan(0);
    for (const claim of line.claims) {
      expect(Object.keys(claim)).toEqual(['id', 'speakerId', 'speaker', 'text', 'kind', 'cue', 'confidence', 'selector']);
      expect(line.speakers.map((s: { id: string }) => s.id)).toContain(claim.speakerId);
      expect(claim.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    }
    expect(line.text).toMatch(/^The ferry between Portlow/);
    expect(Object.keys(line.ms)).toEqual(['parse', 'extract', 'attribute']);
  });

  it('reads a directory as its .html/.htm files, sorted', () => {
    const { status, lines } = run([join(dir, 'pages')]);
    expect(status).toBe(0);
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'pages', 'a-front.htm'), join(dir, 'pages', 'b-story.html')]);
    expect(lines[0].isArticle).toBe(false);
  });

  it('reads standard input for "-"', () => {
    const { status, lines } = run(['-'], '<html><body><article><p>A short note read from standard input, long enough to count as a paragraph of prose.</p></article></body></html>');
    expect(status).toBe(0);
    expect(lines[0].file).toBe('-');
    expect(lines[0].text).toContain('read from standard input');
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'missing.html'), /not found/],
    ['an empty file', () => join(dir, 'empty.html'), /empty/],
    ['a binary file', () => join(dir, 'binary.html'), /binary/],
    ['a file that is not HTML', () => join(dir, 'notes.html'), /not HTML/],
    ['a page with no element, only a doctype and a comment', () => join(dir, 'doctype-only.html'), /not HTML: no elements/],
  ];
  for (const [kind, path, message] of bad) {
    it(`reports ${kind} on its own line, processes the rest and exits 1`, () => {
      const { status, lines } = run([path(), article]);
      expect(status).toBe(1);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toEqual({ file: path(), error: expect.stringMatching(message) });
      expect(lines[1].file).toBe(article);
      expect(lines[1].isArticle).toBe(true);
    });
  }

  it('explains its usage when given nothing to read', () => {
    const { status, stderr } = run([]);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/usage/);
  });

  it('refuses a mistyped flag or URL with a message and status 2, reading nothing; --help prints the usage', () => {
    const unknown = run(['--ulr', 'https://ledger.example/a', article]);
    expect(unknown).toMatchObject({ status: 2, lines: [] });
    expect(unknown.stderr).toMatch(/Unknown option '--ulr'[^]*usage/);
    const badUrl = run(['--url', 'ledger.example/a', article]);
    expect(badUrl).toMatchObject({ status: 2, lines: [] });
    expect(badUrl.stderr).toMatch(/--url is not a valid URL: ledger\.example\/a/);
    const help = spawnSync(tsx, [cli, '--help'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run --silent analyze/);
  });

  describe('text encodings', () => {
    const story = (charsetMeta: string) => `<!DOCTYPE html><html><head>${charsetMeta}<title>Le café du port rouvre</title></head><body><article>
      <h1>Le café du port rouvre</h1><p>Le café du port a rouvert ses portes lundi matin, après trois mois de travaux sur la façade et la terrasse.</p>
      <p>Les habitués sont revenus dès l'aube, et le patron a offert le premier café à tous ceux qui étaient là avant sept heures.</p></article></body></html>`;

    it('decodes a page in the legacy charset it declares', () => {
      const file = join(dir, 'latin1.html');
      writeFileSync(file, Buffer.from(story('<meta charset="windows-1252">'), 'latin1'));
      const { status, lines } = run([file]);
      expect(status).toBe(0);
      expect(lines[0].title).toBe('Le café du port rouvre');
      expect(lines[0].text).toContain('travaux sur la façade');
    });

    it('reads a page saved as UTF-8 whose <meta> still names its old charset as UTF-8', () => {
      const file = join(dir, 'resaved.html');
      writeFileSync(file, Buffer.from(story('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'utf8'));
      const { status, lines } = run([file]);
      expect(status).toBe(0);
      expect(lines[0].title).toBe('Le café du port rouvre');
      expect(lines[0].text).toContain('travaux sur la façade');
    });
  });
});
