/**
 * Where a page shows its byline: the element the scan marked, the lines under the headline, a credit at
 * the story's start; never a reader's comment, a teaser of another story or a fact-check's claimant. What
 * the found text says (names out of "By ... | Updated ...") is byline-names.ts.
 */
import { isBylineLine, isReaderContributed } from '../boilerplate';
import { renderBlockText } from '../block-text';
import { classAndId, collapsedText, collapsedTextUpTo } from '../dom';
import { isDateAndBylineLine } from './dates';
import type { PageScan } from './page-scan';
import { afterEditorLabel } from './visible-credit';
import { mergeNames, parseByline } from './byline-names';

/**
 * Inside a comment thread or a consent box, a byline names a reader, not the
 * author; inside a fact-check's reviewed claim (`itemprop=itemReviewed`), the
 * "author" is the claimant whose words are checked.
 */
export function inReaderContent(el: Element): boolean {
  for (let p: Node | null = el; p && p.nodeType === 1; p = p.parentNode) {
    const e = p as Element;
    if (isReaderContributed(classAndId(e))) return true;
    if (/\bitemReviewed\b/i.test(e.getAttribute('itemprop') ?? '') || /schema\.org\/Claim$/i.test(e.getAttribute('itemtype') ?? '')) return true;
  }
  return false;
}

/** Boxes of other stories: teasers, related and recommended stories, most-read lists (CSS-module names too: "TeaserMeta_author__x"). */
const TEASER_BOX = /(?:^|[\s_-])(?:teaser|teasers|related|recommend(?:ed|ations?)?|more-?stories|most-?read|trending)(?=$|[\s_-]|[A-Z])/i;
/** How far up a teaser's box is looked for: a byline sits a few levels inside its teaser. */
const TEASER_LEVELS = 6;

/** A byline inside another story's teaser names that story's author, not this one's. */
export function inTeaser(el: Element): boolean {
  let level = 0;
  for (let p: Node | null = el; p && p.nodeType === 1 && level < TEASER_LEVELS; p = p.parentNode, level++) {
    const e = p as Element;
    if (e.localName === 'article' && level > 0) return false;
    if (TEASER_BOX.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * How close an element sits to the headline: the depth of their nearest
 * common ancestor. A story's byline shares a deep container with its
 * headline; the bylines of teasers, rails and promos elsewhere on the page
 * meet it only near the top of the document.
 */
export function closeness(headline: Element | null): (el: Element) => number {
  if (!headline) return () => 0;
  const depth = new Map<Node, number>();
  const chain: Node[] = [];
  for (let p: Node | null = headline; p; p = p.parentNode) chain.push(p);
  chain.reverse().forEach((n, i) => depth.set(n, i));
  return (el) => {
    for (let p: Node | null = el; p; p = p.parentNode) {
      const d = depth.get(p);
      if (d !== undefined) return d;
    }
    return 0;
  };
}

/** How far above the headline an author-page link may meet it. */
const AUTHOR_LINK_LEVELS = 4;

/** How many levels above the nearest byline element the other names of the same byline may sit. */
const BYLINE_GROUP_LEVELS = 4;

/**
 * The byline among several: the first element sitting closest to the
 * headline, with the elements grouped with it (the other names of a byline of
 * several authors, each in its own box; a byline's photo and name links):
 * those meeting it at most a few levels up, below where it meets the headline,
 * so a related story's byline in the same article is not one of them.
 */
function closest(elements: readonly Element[], near: (el: Element) => number): Element[] {
  let anchor: Element | null = null;
  let best = -1;
  for (const el of elements) {
    const n = near(el);
    if (n > best) {
      best = n;
      anchor = el;
    }
  }
  if (!anchor) return [];
  const group = new Set<Node>();
  let level = 0;
  for (let p = anchor.parentNode; p && level < BYLINE_GROUP_LEVELS; p = p.parentNode, level++) group.add(p);
  const headlineDepth = best;
  return elements.filter((el) => {
    if (el === anchor) return true;
    for (let p = el.parentNode; p; p = p.parentNode) {
      if (!group.has(p)) continue;
      // The shared box must sit below the one the byline shares with the headline.
      return headlineDepth === 0 || depthOf(p) > headlineDepth;
    }
    return false;
  });
}

function depthOf(n: Node): number {
  let d = 0;
  for (let p = n.parentNode; p; p = p.parentNode) d++;
  return d;
}

/**
 * A byline that credits the newsroom as a whole, in the languages of most news sites: "From staff reports",
 * "Staff report", "By the Staff", "Redaktion", "Por Redação", "La rédaction", "Redakcja". Not "Ana Ruiz,
 * Staff Writer": only a line that is the newsroom's credit and nothing else.
 */
const STAFF_CREDIT =
  /^(?:(?:from|by|von|por|par|di|door|av|af|de)\s+)?(?:(?:der|den|the|la|a|de)\s+)?(?:(?:the\s+)?staff(?:\s+(?:and\s+wire\s+)?(?:reports?|writers?))?|wire reports|(?:die\s+)?redaktion|(?:la\s+)?redacci[oó]n|(?:a\s+)?reda[cç][aã]o|(?:la\s+)?r[ée]daction|(?:la\s+)?redazione|(?:de\s+)?redactie|redakcja|редакция|redaksjonen|redaktionen)\.?$/iu;

/** An element's text with line breaks kept as spaces: "Written by A<br>Edited by B" is two phrases. */
function bylineText(el: Element): string {
  return renderBlockText([el]).text.replace(/\s+/g, ' ').trim();
}

/**
 * Names from the page itself when metadata has none: `rel=author` links,
 * schema.org microdata, then elements whose class says byline or author.
 * Pages carry many bylines (teasers, related stories, comments); the story's
 * own is the one nearest its headline, never one in reader comments.
 */
export function bylineFromDom(scan: PageScan, marked: readonly Element[], headline: Element | null = null): string[] {
  const near = closeness(headline);
  // An editor's credit ("Editor : <a href=/author/…>") links to a profile as a byline does, but names no writer.
  const credits = (el: Element): boolean => !inReaderContent(el) && !afterEditorLabel(el) && !inTeaser(el);
  const relEls = closest(scan.relAuthors.filter(credits), near);
  const rel = relEls
    .map((el) => (el.localName === 'link' ? el.getAttribute('title') ?? '' : collapsedText(el)))
    .flatMap(parseByline);
  if (rel.length > 0) return mergeNames([rel]);
  const itempropEls = closest(scan.itempropAuthors.filter(credits), near);
  const itemprop = itempropEls.flatMap((el) => {
    const nameEl = el.querySelector('[itemprop~="name"]');
    const value = nameEl ? nameEl.getAttribute('content') ?? collapsedText(nameEl) : el.getAttribute('content') ?? collapsedText(el);
    return parseByline(value);
  });
  if (itemprop.length > 0) return mergeNames([itemprop]);

  // Elements that call themselves a byline or an author's name beat any other "author" box (follow buttons, bios).
  const rank = (el: Element): number => {
    const hints = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    return /byline/.test(hints) ? 0 : /author[-_]*name|author__name/.test(hints) || scan.authorLinks.includes(el) ? 1 : 2;
  };
  // Links to an author's page ("/author/ana-ruiz/") are bylines whatever their class is called, when they
  // sit in the headline's own box (a few levels up from it): elsewhere they are menus of columnists.
  const headlineDepth = headline ? depthOf(headline) : 0;
  const links = headline ? scan.authorLinks.filter((el) => near(el) >= headlineDepth - AUTHOR_LINK_LEVELS && credits(el)) : [];
  const ordered = [...marked, ...links]
    .filter(credits)
    .map((el) => ({ el, near: near(el), rank: rank(el) }))
    .sort((a, b) => b.near - a.near || a.rank - b.rank)
    .map((x) => x.el);
  for (const el of ordered) {
    if (links.includes(el)) {
      // One link per author: the names are the links grouped with this one.
      const names = mergeNames([closest(links, near).flatMap((l) => parseByline(collapsedText(l)))]);
      if (names.length > 0) return names;
      continue;
    }
    const text = bylineText(el);
    if (text.length === 0 || text.length > 100) continue;
    // The story's own byline credits the newsroom ("From staff reports"): it names nobody, and the
    // bylines further off (cards of other stories) must not stand in for it.
    if (STAFF_CREDIT.test(text)) return [];
    const names = parseByline(text);
    if (names.length > 0) return names;
  }
  return headline ? bylineUnderHeadline(headline) : [];
}

/**
 * Bylines other languages write without "By": a label before the names
 * ("Текст: Анна Петрова", "Автор: …", "Autorin/Autor Roman Goncharenko",
 * "Auteur : …") or a Korean or Japanese job title after them ("신현주 기자",
 * "山田太郎 記者").
 */
const LABELLED_BYLINE = /^(?:текст|автор|авторы|autor|autorin|autorin\/autor|autoren|auteur|autore|autores|author|authors|tekst|skrevet av|yazar|oleh)\s*[:：]?\s+\S/iu;
const TITLED_BYLINE = /^[\p{Script=Hangul}\p{Script=Han}\s·,]{2,40}\s*(?:기자|특파원|記者|特派員)(?:\s|$|[\w.+-]+@)/u;

export function isLabelledByline(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && (LABELLED_BYLINE.test(t) || TITLED_BYLINE.test(t));
}

/** Elements looked at after the headline before giving up: a byline sits right under it. */
const UNDER_HEADLINE_ELEMENTS = 40;
/** A run of text this long means the story has begun, and a "By" after it is prose. */
const STORY_BEGUN = 200;

/**
 * The byline as readers see it when no markup names it: a short "By Ana Ruiz
 * and Tom Becker" line in the few elements after the headline, before the
 * story's first paragraph. Whatever its class is called, that place and that
 * wording make it the byline in every language the lead-in is known in.
 */
function bylineUnderHeadline(headline: Element): string[] {
  // The next node in document order outside `n`'s own subtree.
  const after = (n: Node): Node | null => {
    for (let p: Node | null = n; p; p = p.parentNode) if (p.nextSibling) return p.nextSibling;
    return null;
  };
  let visited = 0;
  let node = after(headline);
  while (node && visited < UNDER_HEADLINE_ELEMENTS) {
    if (node.nodeType === 3 && (node as Text).data.trim().length >= STORY_BEGUN) return [];
    if (node.nodeType !== 1) {
      node = after(node);
      continue;
    }
    const el = node as Element;
    visited++;
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') {
      node = after(el);
      continue;
    }
    // A byline is a line of a few names and links; a box of many children is a container to look into,
    // and reading its whole text at every level would cost as much as the story is long.
    if (el.childElementCount > 8) {
      node = el.firstChild ?? after(el);
      continue;
    }
    // Only a short line is a byline; STORY_BEGUN characters say the story began: no need to read further.
    const text = collapsedTextUpTo(el, Math.max(120, STORY_BEGUN));
    if (text.length <= 120 && (isBylineLine(text) || isLabelledByline(text) || isDateAndBylineLine(text)) && !inReaderContent(el) && !inTeaser(el)) {
      // The newsroom credited under the headline: no person is, whatever bylines follow in other stories' cards.
      if (STAFF_CREDIT.test(text)) return [];
      const names = parseByline(bylineText(el));
      if (names.length > 0) return names;
    }
    if (text.length >= STORY_BEGUN && (tag === 'p' || !el.firstElementChild)) return [];
    node = el.firstChild ?? after(el);
  }
  return [];
}

/** Paragraphs looked at after the headline for a credit line opening the story. */
const OPENING_PARAGRAPHS = 4;
/** Elements walked after the headline before giving up. */
const OPENING_ELEMENTS = 120;

/**
 * A credit set as the story's first line: a paragraph that is only a name,
 * all in bold and in capitals ("<p><strong>THANDI MOKOENA</strong></p>"), as
 * papers that paste the print layout into their site do. Read only when no
 * byline names anyone; capitals and bold together keep subheadings and
 * quotes out, and the story's first long paragraph ends the search.
 */
export function openingCredit(headline: Element | null): string[] {
  if (!headline) return [];
  const after = (n: Node): Node | null => {
    for (let p: Node | null = n; p; p = p.parentNode) if (p.nextSibling) return p.nextSibling;
    return null;
  };
  let seen = 0;
  let visited = 0;
  for (let node = after(headline); node && visited < OPENING_ELEMENTS; ) {
    if (node.nodeType !== 1) {
      node = after(node);
      continue;
    }
    visited++;
    const el = node as Element;
    if (el.localName !== 'p') {
      node = el.firstChild ?? after(el);
      continue;
    }
    node = after(el);
    const text = collapsedTextUpTo(el, 200);
    if (!text) continue;
    if (++seen > OPENING_PARAGRAPHS || text.length >= 200) return [];
    const bold = Array.from(el.querySelectorAll('strong, b')).map((b) => collapsedText(b)).join(' ').replace(/\s+/g, ' ').trim();
    if (bold !== text || text.length > 40) continue;
    const words = text.split(' ');
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(w) && /\p{Lu}{2}/u.test(w))) continue;
    if (inReaderContent(el)) continue;
    return [text];
  }
  return [];
}
