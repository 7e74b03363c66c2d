/**
 * The Markdown export rendered by a CommonMark/GFM parser (marked) and read back from the resulting
 * HTML: headings link to the article, quotes, notes, tags and claims come back as the same text, and
 * nothing a page or a user typed becomes markup, a link or an element.
 */
import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { toMarkdown } from '../../../core/export/markdown';
import type { ExportArticle } from '../../../core/export/types';
import { HOSTILE, sampleArticles } from './library-fixture';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function render(md: string) {
  const html = marked.parse(md, { async: false, gfm: true }) as string;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // A hard line break is a line break in the text read back.
  for (const br of Array.from(document.querySelectorAll('br'))) br.replaceWith(document.createTextNode('\n'));
  return document;
}

/** Elements in document order, with what follows each heading up to the next heading of its level or above. */
function sections(document: Document, tag: string): Element[][] {
  const out: Element[][] = [];
  for (const el of Array.from(document.body.children)) {
    if (el.tagName === tag.toUpperCase()) out.push([el]);
    else if (out.length && !(/^H\d$/.test(el.tagName) && el.tagName <= tag.toUpperCase())) out[out.length - 1].push(el);
  }
  return out;
}

describe('Markdown export', () => {
  const articles = sampleArticles();
  const md = toMarkdown(articles, { title: 'Essay <sources>' });
  const document = render(md);

  it('makes no element out of page or user text: only headings, paragraphs, quotes, lists, emphasis and title links', () => {
    const allowed = new Set(['H1', 'H2', 'H3', 'H4', 'P', 'BLOCKQUOTE', 'UL', 'LI', 'STRONG', 'EM', 'A']);
    const found = new Set(Array.from(document.body.querySelectorAll('*')).map((e) => e.tagName));
    expect([...found].filter((t) => !allowed.has(t))).toEqual([]);
    const links = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(articles.filter((a) => !a.deleted).map((a) => a.url));
    expect(document.querySelector('h1')!.textContent).toBe('Essay <sources>');
  });

  it('gives each live article a heading linked to its source, then authors, site and date', () => {
    const live = articles.filter((a) => a.deleted === null);
    const h2 = sections(document, 'h2');
    expect(h2).toHaveLength(live.length);
    h2.forEach(([head, meta], i) => {
      const a = live[i];
      expect(head.textContent).toBe(norm(a.title ?? a.url));
      expect(head.querySelector('a')!.getAttribute('href')).toBe(a.url);
      const sep = a.authors.some((n) => n.includes(',')) ? '; ' : ', ';
      expect(meta.textContent).toBe(`By ${a.authors.join(sep)} · ${a.siteName} · ${a.published!.slice(0, 10)}`);
    });
  });

  it('quotes every live highlight with its note and tags, as the same text, in order', () => {
    const first = articles[0];
    const live = first.highlights.filter((h) => h.deleted === null);
    expect(live.length).toBeLessThan(first.highlights.length);
    const quotes = Array.from(document.querySelectorAll('blockquote'));
    const expected = articles.filter((a) => !a.deleted).flatMap((a) => a.highlights.filter((h) => h.deleted === null));
    const exact = (h: (typeof expected)[number]) => h.selectors.flatMap((s) => (s.type === 'TextQuoteSelector' ? [s.exact] : []))[0];
    expect(quotes.map((q) => norm(q.textContent!))).toEqual(expected.map((h) => norm(exact(h))));
    // A quote's line breaks are kept (as line breaks or paragraphs), not run together.
    const twoLines = quotes[live.findIndex((h) => (h.selectors[0] as { exact: string }).exact.startsWith('Two\n'))];
    expect(twoLines.textContent!.trim()).toMatch(/^Two\nlines\s*\n\s*and CRLF$/);
    // Each quote is followed by its note and tags.
    quotes.slice(0, live.length).forEach((q, i) => {
      const after: string[] = [];
      for (let el = q.nextElementSibling; el && el.tagName === 'P'; el = el.nextElementSibling) after.push(norm(el.textContent!));
      const h = live[i];
      const expectedAfter = [...(h.note ? [norm(`Note: ${h.note}`)] : []), ...(h.tags.length ? [norm(`Tags: ${h.tags.join(', ')}`)] : [])];
      expect(after).toEqual(expectedAfter);
    });
  });

  it('lists claims under their speaker with the status', () => {
    const h4 = sections(document, 'h4');
    const first = articles[0];
    expect(h4.map(([h]) => h.textContent)).toEqual(['Christine Lagarde (ECB president)', 'European Central Bank', 'Владимир Путин']);
    const items = Array.from(h4[0][1].querySelectorAll(':scope > li')).map((li) => norm(li.textContent!));
    const lagarde = first.claims.filter((c) => c.speaker === 'Christine Lagarde');
    expect(items).toEqual(
      lagarde.map((c) => norm(`“${c.text}” — ${c.status === 'misleading' ? 'Misleading' : 'Accurate'}${c.note ? ` Note: ${c.note}` : ''}`)),
    );
    expect(norm(h4[1][1].textContent!)).toBe(norm(`“${first.claims[1].text}”`));
    expect(norm(h4[2][1].textContent!)).toBe('“Мы готовы к переговорам” — Needs context');
  });

  it('never links a non-web address, and hostile text at line starts stays text', () => {
    const a: ExportArticle = { ...articles[2], deleted: null, url: 'javascript:alert(1)', title: HOSTILE[9], highlights: [] };
    const doc = render(toMarkdown([a]));
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect(doc.querySelector('h2')!.textContent).toBe(norm(HOSTILE[9]));
    for (const text of HOSTILE) {
      const d = render(toMarkdown([{ ...articles[2], deleted: null, title: 'T', highlights: [{ ...articles[0].highlights[0], deleted: null, note: text, tags: [], selectors: [{ type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' }] }] }]));
      expect(Array.from(d.body.children).map((e) => e.tagName), JSON.stringify(text)).toEqual(['H2', 'H3', 'BLOCKQUOTE', 'P']);
      expect(norm(d.querySelector('blockquote')!.textContent!)).toBe(norm(text));
    }
  });
});
