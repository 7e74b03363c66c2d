import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { htmlToParagraphs } from '../../../core/extract/page-data-text';
import { page } from './helpers';

/**
 * A script-rendered page read before (or without) its script: the body is an
 * empty mount point and the story is only in the data the page ships. The
 * story is read from there, marked as not on the page (nothing to point at);
 * a page that shows its story is never read from its data.
 */
const URL = 'https://news.example/2026/01/ferry-strike';
const paras = [
  'The ferry crews walked out at dawn on Tuesday, leaving two thousand commuters on the quay.',
  'Their union said the strike would last until the operator, which cut the night crossings in March, put them back.',
  '"We warned them twice," the union’s secretary, Mara Lind, said. The operator said talks would resume on Friday.',
  'Buses laid on by the council took some of the commuters round the bay, a journey of an hour and a half instead of twenty minutes.',
  'The last strike on the crossing, in 2019, lasted eleven days and ended with a pay rise of four per cent and a promise about rosters.',
];
const html = `<p class="lead">${paras[0]}</p><div class="caption"><p>The quay at dawn. Photo: Ivo Berg</p></div>$$AD$$${paras.slice(1).map((p) => `<p>${p}</p>`).join('')}`;
const shell = (script: string, head = '') =>
  page(`<div id="app"></div><script>${script}</script>`, `<title>Ferry crews strike</title><meta property="og:type" content="article">${head}`);

describe('a script-rendered page whose story is only in its data', () => {
  it('reads the story from a hydration payload, without captions or template slots, and points at nothing', () => {
    const payload = JSON.stringify({ queries: [{ state: { data: { title: 'Ferry crews strike', body: html.replace('$$AD$$', '<p>$$AD$$</p>') } } }] });
    const a = extractArticle(shell(`window.__STATE__ = ${payload.replace(/</g, '\\u003c')};`), { url: URL })!;
    expect(a.isArticle).toBe(true);
    expect(a.fromPageData).toBe(true);
    expect(a.text).toBe(paras.join('\n\n'));
    expect(a.blocks.map((b) => b.text)).toEqual(paras);
    expect(a.pointAt(5)).toBeNull();
    expect(a.root).toBeNull();
  });

  it('reads JSON-LD articleBody on a shell', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry crews strike', articleBody: paras.join('\n\n') })}</script>`;
    const a = extractArticle(shell('window.start()', ld), { url: URL })!;
    expect(a.isArticle).toBe(true);
    expect(a.text).toBe(paras.join('\n\n'));
  });

  it('never replaces a story the page shows, and a shell with no data stays no article', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: 'Another text entirely. '.repeat(40) })}</script>`;
    const shown = extractArticle(page(`<article><h1>Ferry crews strike</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article>`, `<title>Ferry crews strike</title>${ld}`), { url: URL })!;
    expect(shown.fromPageData).toBeUndefined();
    expect(shown.text).toContain(paras[1]);
    expect(shown.text).not.toContain('Another text entirely');
    const empty = extractArticle(shell('window.start()'), { url: URL })!;
    expect(empty.isArticle).toBe(false);
  });

  it('turns HTML into paragraphs: blocks and <br>, entities decoded, tags gone', () => {
    expect(htmlToParagraphs('<h2>Why &amp; how</h2><p>One<br>two &#8212; <b>three</b>&nbsp;four</p><ul><li>a</li></ul>')).toEqual(['Why & how', 'One\ntwo — three four', 'a']);
  });
});
