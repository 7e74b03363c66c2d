import { isBylineLine } from '../boilerplate';
import { collapsedText } from '../dom';
import { bylineFromDom, closeness, inReaderContent } from './byline';
import { known, later, type FieldCandidates } from './candidates';
import { isDateLine } from './dates';
import type { PageScan } from './page-scan';
import { siteFromTitle } from './title';
import { parseWrittenDate } from './written-dates';

/**
 * Candidates from what a reader sees: the story's headline, its byline line,
 * its `<time>` and dateline, the window title and the address. These are what
 * a reader cites; the structured sources are what publishers declare.
 */

export interface PageContext {
  doc: Document;
  scan: PageScan;
  /** The host of the page's address (or its `<base>`), for the site-name fallback. */
  host: string | null;
  /** The page's address. */
  url: string | null;
  /** Elements the scoring walk marked as bylines. */
  bylineElements: readonly Element[];
  /** Titles the page declares (og:title, JSON-LD headline, `<title>`), to recognise the story's `<h1>` by. */
  declaredTitles: readonly string[];
  language: string | null;
}

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
const KICKER = /(?:kicker|dachzeile|topline|top-line|overline|over-line|eyebrow|roofline|catchline|spitzmarke|superhead|supertitle|overtitle|pre-?title|pre-?headline|headline[-_]*label|title[-_]*label)/i;
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
        // Class, id and data attributes all name the part ("data-ob=kicker", "data-manual=overline").
        const hints = Array.from(e.attributes, (a) => (a.name === 'class' || a.name === 'id' || a.name.startsWith('data-') ? a.value : '')).join(' ');
        const hidden = HIDDEN.test(hints) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true';
        if (hidden && !/[\p{L}\p{N}]/u.test(collapsedText(e))) {
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
  return scan.h1s.length > 0 ? h2s.find(inStoryBox) ?? null : null;
}

/** Share of words an `<h1>` must have in common with a declared title to be the story's. */
const AGREES = 0.25;
/** An `<h2>` stands for the headline only when it shares this much with a declared title: teasers are h2s too. */
const H2_AGREES = 0.6;

/** The `<time>` of the story: the one nearest its headline, first among equals. */
function storyTime(scan: PageScan, headline: Element | null, withDatetime: boolean): Element | null {
  const near = closeness(headline);
  let best: Element | null = null;
  let bestNear = -1;
  for (const t of scan.times) {
    if (t.hasAttribute('datetime') !== withDatetime || inReaderContent(t)) continue;
    const n = near(t);
    if (n > bestNear) {
      best = t;
      bestNear = n;
    }
  }
  return best;
}

/** Elements looked at around the headline for a dateline. */
const DATELINE_REACH = 60;
/** Words that introduce a date in a dateline, in the languages of most news sites. */
const DATE_LABEL =
  /(?:datum|date|fecha|data|dato|tarih|дата|published|posted|updated|publicado|publicada|actualizado|atualizado|publié|mis à jour|veröffentlicht|aktualisiert|stand|erschienen|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|publisert|oppdatert|yayınlanma|güncelleme|opublikowano|опубликовано|обновлено|입력|수정|発行|更新|diterbitkan|dipublikasikan)/i;

/**
 * A date as the page shows it near the headline: a line that is only a date
 * ("18 NOV 2019", "Updated 3:45 PM, Nov. 19, 2019") or a label and a date
 * ("Publicado: 2018-08-25 10:00"), read in the page's language.
 */
function dateline(ctx: PageContext, headline: Element | null): string | null {
  const start: Node | null = headline ?? ctx.doc.body;
  if (!start) return null;
  const after = (n: Node): Node | null => {
    for (let p: Node | null = n; p; p = p.parentNode) if (p.nextSibling) return p.nextSibling;
    return null;
  };
  // Before the headline too: a kicker line above it may carry the date. Its parent's children are read first.
  const parent = headline?.parentNode as Element | null;
  const first: Node | null = parent && parent.nodeType === 1 ? parent.firstChild : headline ? after(headline) : start.firstChild;
  let seen = 0;
  for (let node = first; node && seen < DATELINE_REACH; ) {
    if (node.nodeType !== 1) {
      node = after(node);
      continue;
    }
    const el = node as Element;
    seen++;
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript' || el === headline) {
      node = after(el);
      continue;
    }
    if (el.childElementCount <= 6) {
      const text = collapsedText(el);
      // A date line, a labelled date, or a byline that ends with its date ("Written by Ana Ruiz on November 14, 2019").
      if (text.length > 0 && text.length <= 120 && (isDateLine(text) || DATE_LABEL.test(text) || isBylineLine(text)) && !inReaderContent(el)) {
        const d = parseWrittenDate(text, ctx.language);
        if (d) return d;
      }
      if (text.length >= 300 && tag === 'p') return null;
    }
    node = el.firstChild ?? after(el);
  }
  return null;
}

/** "/2019/nov/18/", "/2019/11/18/", "/20191118/": the day many sites file a story under in its address. */
function dateInAddress(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})\/([a-z]{3}|\d{1,2})\/(\d{1,2})(?:\/|$)/i.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$)/.exec(path);
  return m ? parseWrittenDate(`${m[1]}-${/\d/.test(m[2]) ? m[2].padStart(2, '0') : m[2]}-${m[3].padStart(2, '0')}`.replace(/^(\d{4})-([a-z]{3})-(\d{2})$/i, '$3 $2 $1')) : null;
}

function dateInTitle(titles: readonly (string | null)[], language: string | null): string | null {
  for (const t of titles) {
    if (!t) continue;
    for (const part of t.split(/\s+(?:[|\-–—·•»«/]|::)\s+/).slice(1)) {
      if (isDateLine(part)) {
        const d = parseWrittenDate(part, language);
        if (d) return d;
      }
    }
  }
  return null;
}

export function pageCandidates(ctx: PageContext): { candidates: Partial<FieldCandidates>; headline: Element | null } {
  const { scan } = ctx;
  const headline = storyHeadline(scan, ctx.declaredTitles);
  const docTitle = scan.title ? scan.title.replace(/\s+/g, ' ').trim() || null : null;
  const shownHeadline = headline ? headlineText(headline) : null;
  const itemprop = scan.publishedElement && scan.publishedElement.hasAttribute('itemprop') ? scan.publishedElement : null;
  const pubdate = scan.publishedElement && scan.publishedElement.hasAttribute('pubdate') ? scan.publishedElement : null;
  const attr = (el: Element | null): string | null => (el ? el.getAttribute('datetime') ?? el.getAttribute('content') : null);
  return {
    headline,
    candidates: {
      title: [known('h1', shownHeadline), known('title-tag', docTitle)],
      authors: [
        later('byline', () => {
          const names = bylineFromDom(scan, ctx.bylineElements, headline ?? scan.firstH1);
          if (names.length > 0) return names;
          // Bylines in page furniture the scoring walk skipped: a selector walk, paid only when nothing before it named anyone.
          const marked = Array.from(ctx.doc.querySelectorAll('[class*="byline"], [class*="author"], [id*="byline"], [class*="autor"]')).slice(0, 60);
          const more = bylineFromDom(scan, marked, headline ?? scan.firstH1);
          return more.length > 0 ? more : null;
        }),
      ],
      published: [
        known('time', attr(pubdate)),
        known('microdata', attr(itemprop) ?? (itemprop ? collapsedText(itemprop) : null)),
        later('time', () => attr(storyTime(scan, headline, true))),
        later('time', () => {
          const t = storyTime(scan, headline, false);
          return t ? parseWrittenDate(collapsedText(t), ctx.language) : null;
        }),
        later('dateline', () => dateline(ctx, headline)),
        // "Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023": a date as a segment of the window title.
        later('title-tag', () => dateInTitle([docTitle, ...ctx.declaredTitles], ctx.language)),
        later('url', () => dateInAddress(ctx.url)),
      ],
      modified: [known('microdata', attr(scan.modifiedElement))],
      siteName: [later('title-tag', () => (docTitle ? siteFromTitle(docTitle, shownHeadline) : null)), known('host', ctx.host?.replace(/^www\d?\./, '') ?? null)],
      canonicalUrl: [known('link', scan.canonicalHref)],
      image: [known('link', scan.imageSrcHref)],
      language: [known('html-lang', ctx.doc.documentElement?.getAttribute('lang') ?? ctx.doc.documentElement?.getAttribute('xml:lang'))],
    },
  };
}
