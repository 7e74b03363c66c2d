import { collapsedText, isNeverText } from '../dom';
import { inReaderContent } from './byline';
import type { PageScan } from './page-scan';

/**
 * The story's headline as the page shows it: which `<h1>` (or, failing one,
 * which `<h2>`) is the story's, and its text without a kicker or hidden
 * separator. The declared titles (og:title, JSON-LD headline, `<title>`) only
 * help recognise it: what a reader sees and cites is the element's own text.
 */

/** Words, and each Chinese or Japanese character as a word of its own (those scripts put no spaces between words). */
const words = (s: string): string[] => s.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [];

/**
 * How far a headline and the page's declared titles agree: the words they
 * share over the longer one's count, against the best-matching title. A
 * window title's site suffix is left off first, so it does not dilute the score.
 */
function agreement(text: string, declared: readonly string[]): number {
  const mine = new Set(words(text));
  if (mine.size === 0) return 0;
  let best = 0;
  for (const d of declared) {
    for (const variant of [d, d.split(/\s+(?:[|\-–—·•»«/]|::)\s+/)[0]]) {
      const theirs = new Set(words(variant));
      if (theirs.size === 0) continue;
      let shared = 0;
      for (const w of mine) if (theirs.has(w)) shared++;
      // One shared word ("Minecraft News" against "Minecraft 1.8") is a topic, not the same headline.
      if (shared >= Math.min(2, mine.size)) best = Math.max(best, shared / Math.max(mine.size, theirs.size));
    }
  }
  return best;
}

function inChrome(el: Element): boolean {
  for (let p: Node | null = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const tag = (p as Element).localName;
    if (tag === 'nav' || tag === 'footer' || tag === 'aside') return true;
    if (/\b(?:logo|brand|masthead|site-?title)\b/i.test((p as Element).getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * The last item of a breadcrumb trail set as an `<h1>` (many German and Swiss
 * sites: it holds the SEO title while the visible headline is an `<h2>`): inside
 * a `nav`, a list item, or a box whose class says breadcrumb.
 */
function inBreadcrumb(el: Element): boolean {
  // The <h1>'s own class may say "breadcrumb" on a headline that is none (TMZ's "post-title-breadcrumb"): only the trail around it counts.
  if (el.hasAttribute('data-breadcrumb-headline')) return true;
  // Microdata naming it the headline outweighs where it sits.
  if (/\bheadline\b/.test(el.getAttribute('itemprop') ?? '')) return false;
  let level = 0;
  for (let p: Node | null = el.parentNode; p && p.nodeType === 1 && level < 6; p = p.parentNode, level++) {
    const e = p as Element;
    if (e.localName === 'nav' || e.localName === 'li' || /breadcrumb/i.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** Inside the story's own box: an `<article>`, or a header or box whose class names an article or story. */
function inStoryBox(el: Element): boolean {
  for (let p: Node | null = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const e = p as Element;
    if (e.localName === 'article') return true;
    if (/\b(?:article|story|post|entry)(?:[-_]*(?:head|header|title|top))?\b/i.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * A line set apart above the headline inside the same element (Dachzeile,
 * kicker, topline, overline, eyebrow), or text only screen readers get (a
 * hidden ": " between kicker and headline): not part of the headline.
 */
const KICKER = /(?:kicker|dachzeile|topline|top-line|overline|over-line|eyebrow|roofline|catchline|catch[-_]*title|spitzmarke|superhead|supertitle|overtitle|pre-?title|pre-?headline|headline[-_]*label|title[-_]*label)/i;
const HIDDEN = /(?:sr-only|visually-?hidden|screen-?reader|a11y|offscreen)/i;

/** The headline as shown: the element's text without a kicker or screen-reader-only text inside it. */
export function headlineText(h: Element): string {
  let text = '';
  let dropped = false;
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) text += (c as Text).data;
      else if (c.nodeType === 1) {
        const e = c as Element;
        // Styles and scripts inlined in the headline (CSS-in-JS sites put a <style> before each part) are no text.
        if (isNeverText(e.localName)) {
          // Code in the headline is text to collapsedText too: only then is the walked text the one to keep.
          if (/^(?:style|script|noscript|template)$/.test(e.localName)) dropped = true;
          continue;
        }
        // Class, id and data attributes all name the part ("data-ob=kicker", "data-manual=overline").
        const hints = Array.from(e.attributes, (a) => (a.name === 'class' || a.name === 'id' || a.name.startsWith('data-') ? a.value : '')).join(' ');
        const hidden = HIDDEN.test(hints) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true';
        // A separator the page marks as one ("<span class=teaser__subtitle__separator>: </span>" after "Breakpoint"),
        // seen or not: what came before it is a kicker. Only punctuation: a word set apart is no separator.
        const separator = /separator|divider|(?:^|[\s_-])sep(?:$|[\s_-])/i.test(hints) && !/[\p{L}\p{N}]/u.test(collapsedText(e));
        if ((hidden || separator) && !/[\p{L}\p{N}]/u.test(collapsedText(e))) {
          // A separator only screen readers get (or only sighted readers): what came before it is a kicker.
          text = ' ';
          dropped = true;
          continue;
        }
        // A permalink mark after the headline ("¶", "#") is no part of it.
        if (KICKER.test(hints) || hidden || (e.localName === 'a' && /^\s*[¶#§🔗]\s*$/u.test(collapsedText(e)))) {
          dropped = true;
          text += ' ';
          continue;
        }
        walk(e);
      }
    }
  };
  walk(h);
  const out = text.replace(/\s+/g, ' ').replace(/^[\s:|–—-]+/, '').trim();
  // A headline that was all kicker keeps its whole text.
  return dropped && out ? out : collapsedText(h);
}

/**
 * The story's own `<h1>`: pages put their logo, a section name, a teaser or a
 * breadcrumb in other `<h1>`s. The one sharing most words with the declared
 * titles wins if it shares enough (a headline rewritten for search engines
 * still shares its subject); else the first `<h1>` in the story's own box; a
 * page that declares no title at all has its first `<h1>` outside navigation,
 * logo and sidebars. Where the only `<h1>` is a breadcrumb, the `<h2>` that
 * clearly matches a declared title plays its part.
 */
export function storyHeadline(scan: PageScan, declared: readonly string[]): Element | null {
  const usable = scan.h1s.filter((h) => {
    const t = collapsedText(h);
    return t.length > 0 && t.length <= 300 && !inReaderContent(h) && !inBreadcrumb(h);
  });
  if (declared.length === 0) return usable.find((h) => !inChrome(h)) ?? null;
  const best = (els: readonly Element[], least: number): Element | null => {
    let top: Element | null = null;
    let topScore = 0;
    for (const h of els) {
      const a = agreement(headlineText(h), declared);
      if (a > topScore) {
        top = h;
        topScore = a;
      }
    }
    return topScore >= least ? top : null;
  };
  return (
    best(usable, AGREES) ??
    usable.find((h) => inStoryBox(h) && !inChrome(h) && words(headlineText(h)).length >= 3) ??
    (usable.length === 0 ? headlineHeading(scan, declared) : null)
  );
}

/** Where every `<h1>` is a breadcrumb or missing: the `<h2>` clearly matching a declared title, else the first in the story's box. */
function headlineHeading(scan: PageScan, declared: readonly string[] = []): Element | null {
  const h2s = scan.h2s.filter((h) => !inReaderContent(h) && !inChrome(h) && words(headlineText(h)).length >= 2);
  let top: Element | null = null;
  let topScore = 0;
  for (const h of h2s) {
    const a = agreement(headlineText(h), declared);
    if (a > topScore) {
      top = h;
      topScore = a;
    }
  }
  if (top && topScore >= H2_AGREES) return top;
  // With no <h1> at all, only the <h2> heading an <article>'s own <header> is the story's: elsewhere h2s
  // are teasers and section titles (a page declaring an SEO title shares no words with the shown headline).
  return scan.h1s.length > 0 ? h2s.find(inStoryBox) ?? null : h2s.find(inArticleHeader) ?? null;
}

/** In a `<header>` that belongs to an `<article>`: where a page without an `<h1>` heads its story. */
function inArticleHeader(el: Element): boolean {
  let header = false;
  for (let p: Node | null = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const tag = (p as Element).localName;
    if (tag === 'header') header = true;
    else if (tag === 'article') return header;
  }
  return false;
}

/** Share of words an `<h1>` must have in common with a declared title to be the story's. */
const AGREES = 0.25;
/** An `<h2>` stands for the headline only when it shares this much with a declared title: teasers are h2s too. */
const H2_AGREES = 0.6;

