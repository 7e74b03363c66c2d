import { ELEMENT_NODE, tagOf } from '../dom';
import { WALK_CHUNK, runToEnd, type Steps } from '../../steps';

/**
 * Everything the metadata readers need from the markup, gathered in one walk.
 * A dozen `querySelector` calls each walk the whole document (on linkedom, and
 * in the page with attribute selectors), which on a long page cost more than
 * finding the article itself; one walk collecting all of it does not.
 */
export interface PageScan {
  metas: Element[];
  jsonLd: string[];
  title: string | null;
  firstH1: Element | null;
  /** Every `<h1>`, in document order: a page's logo or a teaser may come before the story's own. */
  h1s: Element[];
  /** The first few dozen `<h2>`s: where a page's `<h1>` is a breadcrumb, its visible headline is often one. */
  h2s: Element[];
  /** `<time>` elements, in document order (the first few dozen). */
  times: Element[];
  baseHref: string | null;
  canonicalHref: string | null;
  imageSrcHref: string | null;
  /** `<a rel=author>` and `<link rel=author title>`. */
  relAuthors: Element[];
  /** Links to an author's page (`/author/…`, `/autor/…`, `/journalist/…`). */
  authorLinks: Element[];
  /** Elements with itemprop=author. */
  itempropAuthors: Element[];
  /** First `time[pubdate]`, `[itemprop~=datePublished]` and `time[datetime]`, in that order of preference. */
  publishedElement: Element | null;
  modifiedElement: Element | null;
}

const MAX_TIMES = 40;
const MAX_H2 = 40;
/** The address of an author's page on news sites, in their languages. */
const AUTHOR_PAGE = /\/(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|autores|journalist|journalisten|redakteur|redakteure|yazar|penulis|reporter|staff|profile\/\w)\/[^/?#]/i;

const SKIP_SUBTREE = new Set(['svg', 'math', 'template', 'noscript', 'style']);

function hasToken(value: string | null, token: string): boolean {
  if (!value) return false;
  return (' ' + value.toLowerCase() + ' ').replace(/\s+/g, ' ').includes(` ${token.toLowerCase()} `);
}

export function scanPage(doc: Document): PageScan {
  return runToEnd(scanPageSteps(doc));
}

/** The same walk, pausing every WALK_CHUNK elements (a huge page is scanned over several slices). */
export function* scanPageSteps(doc: Document): Steps<PageScan> {
  let visited = 0;
  const scan: PageScan = {
    metas: [], jsonLd: [], title: null, firstH1: null, h1s: [], h2s: [], times: [], baseHref: null, canonicalHref: null, imageSrcHref: null,
    relAuthors: [], authorLinks: [], itempropAuthors: [], publishedElement: null, modifiedElement: null,
  };
  let pubdate: Element | null = null;
  let itempropPublished: Element | null = null;
  let timeDatetime: Element | null = null;

  const visit = function* (el: Element): Steps<void> {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      if (++visited % WALK_CHUNK === 0) yield;
      const child = n as Element;
      const tag = tagOf(child);
      switch (tag) {
        case 'meta':
          scan.metas.push(child);
          continue;
        case 'script':
          if ((child.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') scan.jsonLd.push(child.textContent ?? '');
          continue;
        case 'title':
          if (scan.title === null) scan.title = child.textContent ?? '';
          continue;
        case 'base':
          if (scan.baseHref === null) scan.baseHref = child.getAttribute('href');
          continue;
        case 'link': {
          const rel = child.getAttribute('rel');
          if (hasToken(rel, 'canonical') && scan.canonicalHref === null) scan.canonicalHref = child.getAttribute('href');
          if (hasToken(rel, 'image_src') && scan.imageSrcHref === null) scan.imageSrcHref = child.getAttribute('href');
          if (hasToken(rel, 'author') && child.getAttribute('title')) scan.relAuthors.push(child);
          continue;
        }
        case 'h1':
          if (scan.firstH1 === null) scan.firstH1 = child;
          scan.h1s.push(child);
          break;
        case 'h2':
          if (scan.h2s.length < MAX_H2) scan.h2s.push(child);
          break;
        case 'a':
          if (hasToken(child.getAttribute('rel'), 'author')) scan.relAuthors.push(child);
          else if (AUTHOR_PAGE.test(child.getAttribute('href') ?? '')) scan.authorLinks.push(child);
          break;
        case 'time':
          if (scan.times.length < MAX_TIMES) scan.times.push(child);
          if (pubdate === null && child.hasAttribute('pubdate')) pubdate = child;
          if (timeDatetime === null && child.hasAttribute('datetime')) timeDatetime = child;
          break;
        default:
          if (SKIP_SUBTREE.has(tag)) continue;
      }
      const itemprop = child.getAttribute('itemprop');
      if (itemprop) {
        if (hasToken(itemprop, 'author')) scan.itempropAuthors.push(child);
        if (itempropPublished === null && hasToken(itemprop, 'datePublished')) itempropPublished = child;
        if (scan.modifiedElement === null && hasToken(itemprop, 'dateModified')) scan.modifiedElement = child;
      }
      yield* visit(child);
    }
  };
  // Every element child of the document, not only <html>: on malformed pages linkedom leaves a second
  // <body> beside <html>, holding the story. The document's own children are reached through childNodes
  // (linkedom does not link a doctype to its next sibling).
  for (const n of Array.from(doc.childNodes)) if (n.nodeType === ELEMENT_NODE) yield* visit(n as Element);
  scan.publishedElement = pubdate ?? itempropPublished ?? timeDatetime;
  return scan;
}
