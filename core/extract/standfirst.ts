import { isAdLabel, isBylineLine, isCallToAction, isCreditLine, isTimestampLine } from './boilerplate';
import { ELEMENT_NODE, TEXT_NODE, collapsedText, firstElementChild, isHidden, isInline, isNeverText, nextElement, tagOf } from './dom';
import { isDateAndBylineLine, isDateLine } from './metadata/dates';

/**
 * The standfirst (lead, dek, "Vorspann", "entradilla"): the sentence or two
 * set under the headline, above the body, in larger or bolder type. Readers
 * read it as the story's opening, and newsrooms write it as such: on many
 * sites (German, Nordic, Spanish, Polish public and regional papers) the body
 * goes on from it without restating it, and it often carries the story's main
 * claim ("Zelenskyj medger att Kiev inte kan försvara sig"). It sits in the
 * story's header, apart from the body's container, so the container choice
 * never reaches it; this finds it by position and shape, since its class is
 * as often a hashed name ("Ha6", "sc-gicCDI") as "lead" or "dek".
 *
 * Must take: a paragraph or h2 right under the headline ("Die Aufregung nach
 * dem Aufmarsch von Islamisten in Hamburg bleibt groß."), two or three lead
 * lines of the same kind in a row. Must not take: the headline said again, a
 * byline or dateline, a picture's caption or credit, a link to another story,
 * a sign-up's small print, an author's bio, anything in navigation or a
 * sidebar.
 */

/** A standfirst is a sentence or two, never a whole section. */
const MIN_CHARS = 30;
const MAX_CHARS = 600;
/** Lead lines of the same kind in a row (a bulleted summary under the headline). */
const MAX_BLOCKS = 3;
/** How far past the headline to look, in elements: the header's bylines, pictures and share rows come between. */
const MAX_WALK = 150;

/** Containers whose prose is never the story's lead. */
const NOT_LEAD_TAGS = new Set(['figure', 'figcaption', 'nav', 'aside', 'footer', 'form', 'a', 'button', 'label', 'li', 'blockquote', 'table', 'address', 'time', 'details', 'dialog']);
/**
 * Class words of captions, credits, bylines, bios, notices and other stories'
 * teasers. "teaser" is absent on purpose: public broadcasters call their lead
 * a teaser ("ArticleItemTeaserText", "article-headers-standard__teaser").
 */
const NOT_LEAD_HINT =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|copyright|byline|author|authors|bio|biography|dateline|date|time|timestamp|meta|share|sharing|social|related|recommended|newsletter|signup|subscribe|promo|ad|ads|advert|advertisement|sponsor|sponsored|disclaimer|notice|breadcrumbs?|nav|menu|comments?|rating|tags?|label|overline|kicker|eyebrow|topline|roofline|carousel|slide|slides|slideshow|gallery|lightbox|player|video|tagline|site-description)(?=$|[\s_-])/;

export interface StandfirstContext {
  /** The story's visible headline. */
  headline: Element | null;
  /** The first element of the chosen body: the walk ends there. */
  bodyStart: Element;
  title: string | null;
  authors: readonly string[];
  /**
   * Whether the element was in the page when it was scored. A paragraph a
   * script put in since has no scores and is left out of the body, and of the
   * standfirst too, until the next analysis.
   */
  known?: (el: Element) => boolean;
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function isAncestor(a: Node, b: Node): boolean {
  for (let n: Node | null = b.parentNode; n; n = n.parentNode) if (n === a) return true;
  return false;
}

/** The next element in document order after `el` and its subtree. */
function after(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentNode as Element | null) {
    if (n.nodeType !== ELEMENT_NODE) return null;
    const next = nextElement(n);
    if (next) return next;
  }
  return null;
}

/** Text the element holds itself, outside its block children: what makes it a block of prose. */
function ownsText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE && /[\p{L}\p{N}]/u.test((n as Text).data)) return true;
    if (n.nodeType === ELEMENT_NODE && isInline(tagOf(n as Element)) && !isNeverText(tagOf(n as Element)) && ownsText(n as Element)) return true;
  }
  return false;
}

/** Has a block child with text: then the lead, if any, is further in. */
function holdsBlocks(el: Element): boolean {
  for (let c = firstElementChild(el); c; c = nextElement(c)) {
    const tag = tagOf(c);
    if (isNeverText(tag) || tag === 'br') continue;
    if (!isInline(tag) && collapsedText(c) !== '') return true;
    if (isInline(tag) && holdsBlocks(c)) return true;
  }
  return false;
}

function linkText(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += collapsedText(a).length;
  return tagOf(el) === 'a' ? collapsedText(el).length : n;
}

/** Furniture by its own markup or an ancestor's, up to the container it shares with the headline. */
function inFurniture(el: Element, shared: Element): boolean {
  for (let n: Element | null = el; n && n !== shared && n.nodeType === ELEMENT_NODE; n = n.parentNode as Element | null) {
    const tag = tagOf(n);
    if (NOT_LEAD_TAGS.has(tag) || isHidden(n) || n.getAttribute('aria-hidden') === 'true') return true;
    const role = n.getAttribute('role');
    if (role && /^(?:navigation|complementary|contentinfo|dialog|banner)$/.test(role)) return true;
    const hints = `${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`.toLowerCase().replace(/--[\w-]*/g, '');
    if (NOT_LEAD_HINT.test(hints)) return true;
  }
  return false;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let p = a.parentNode as Element | null; p && p.nodeType === ELEMENT_NODE; p = p.parentNode as Element | null) if (isAncestor(p, b)) return p;
  return null;
}

/**
 * Whether `a` comes before `b` under their common ancestor `shared`. Read
 * from the tree, not compareDocumentPosition, which linkedom answers wrongly.
 */
function precedes(shared: Element, a: Element, b: Element): boolean {
  const childOf = (n: Element): Element => {
    let c = n;
    while (c.parentNode !== shared) c = c.parentNode as Element;
    return c;
  };
  const ca = childOf(a);
  const cb = childOf(b);
  for (let n = nextElement(ca); n; n = nextElement(n)) if (n === cb) return true;
  return false;
}

/** The text reads as a lead, not as a label, a date, a credit or the headline again. */
function readsAsLead(text: string, tag: string, ctx: StandfirstContext, titleWords: Set<string> | null): boolean {
  if (text.length < MIN_CHARS || text.length > MAX_CHARS) return false;
  // A sentence, or a line of at least six words (Spanish and Norwegian leads often end without a stop).
  const wordCount = text.split(/\s+/).length;
  const sentence = /[.!?…]["'”»)]?$/.test(text);
  if (wordCount < 6 && !sentence) return false;
  // A heading under the headline is a second headline, part of the title block (the page marks it so), not the text.
  if (/^h[1-6]$/.test(tag)) return false;
  // "By Alex Heath, a deputy editor …": a byline with the author's bio, however long.
  if (/^by\s+\p{Lu}/iu.test(text)) return false;
  // A clock time belongs to a dateline ("New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM").
  if (text.length < 160 && /(?:^|\D)\d{1,2}[:.]\d{2}\s*(?:am|pm|uhr|h)?(?:\s|$|[),|])/i.test(text) && /\|/.test(text)) return false;
  if (isBylineLine(text) || isCreditLine(text) || isAdLabel(text) || isCallToAction(text) || isDateAndBylineLine(text) || (text.length < 100 && isDateLine(text)) || isTimestampLine(text)) return false;
  // A caption names its photographer or agency at the end: "… Foto: Dan Bashakov/AP", "(Photo: Getty Images)".
  if (/(?:foto|photo|bild|kuva|zdjęcie|imagen|image|credit)\s*:\s*[^.!?]{2,60}\)?$/i.test(text)) return false;
  const lower = text.toLowerCase();
  if (ctx.authors.some((a) => a.length >= 4 && lower.startsWith(a.toLowerCase()))) return false;
  if (titleWords && titleWords.size > 0) {
    const w = words(text);
    let shared = 0;
    for (const x of w) if (titleWords.has(x)) shared++;
    if (shared / Math.max(w.size, titleWords.size) >= 0.6) return false;
  }
  return true;
}

/**
 * The standfirst's blocks, in document order; empty when the page has none
 * between its headline and its body. Only the first prose block after the
 * headline is a candidate: a caption, byline or date in between is passed
 * over, but any other prose ends the search (it is the body's preamble or
 * something else, and a second guess would be a guess). Lead lines that
 * follow it as siblings of the same tag and class are the same standfirst.
 */
export function findStandfirst(ctx: StandfirstContext): Element[] {
  const { headline, bodyStart } = ctx;
  if (!headline || headline === bodyStart || isAncestor(headline, bodyStart) || isAncestor(bodyStart, headline)) return [];
  const shared = commonAncestor(headline, bodyStart);
  // The headline must come first.
  if (!shared || !precedes(shared, headline, bodyStart)) return [];
  const titleWords = ctx.title ? words(ctx.title) : null;
  let el = after(headline);
  for (let steps = 0; el && steps < MAX_WALK; steps++) {
    if (el === bodyStart) return [];
    const tag = tagOf(el);
    if (isNeverText(tag) || isHidden(el)) {
      el = after(el);
      continue;
    }
    // Step into containers, including the body's own ancestors, to reach the blocks inside.
    if (isAncestor(el, bodyStart) || (!isInline(tag) && holdsBlocks(el)) || (isInline(tag) && !ownsText(el))) {
      el = firstElementChild(el) ?? after(el);
      continue;
    }
    if (!ownsText(el)) {
      el = after(el);
      continue;
    }
    const text = collapsedText(el);
    if (inFurniture(el, shared) || !readsAsLead(text, tagOf(el), ctx, titleWords)) {
      // Short lines (dates, bylines, labels, credits) and captions sit between headline and lead; prose does not.
      if (text.length > MAX_CHARS || (text.length >= 200 && !inFurniture(el, shared))) return [];
      el = after(el);
      continue;
    }
    if (linkText(el) > 0.3 * text.length || (ctx.known && !ctx.known(el))) {
      el = after(el);
      continue;
    }
    // A headline far above the body (a blog's name over its latest post) heads the site, not this story.
    return reaches(el, bodyStart, MAX_WALK - steps) ? [el, ...sameKindAfter(el, ctx, titleWords)] : [];
  }
  return [];
}

/** Whether the walk from `from` reaches `to` within `budget` elements. */
function reaches(from: Element, to: Element, budget: number): boolean {
  let el: Element | null = after(from);
  for (let steps = 0; el && steps < budget; steps++) {
    if (el === to) return true;
    el = isAncestor(el, to) ? firstElementChild(el) : after(el);
  }
  return false;
}

function sameKindAfter(first: Element, ctx: StandfirstContext, titleWords: Set<string> | null): Element[] {
  const out: Element[] = [];
  const kind = `${tagOf(first)} ${first.getAttribute('class') ?? ''}`;
  for (let sib = nextElement(first); sib && out.length < MAX_BLOCKS - 1; sib = nextElement(sib)) {
    if (sib === ctx.bodyStart || isAncestor(sib, ctx.bodyStart)) break;
    if (`${tagOf(sib)} ${sib.getAttribute('class') ?? ''}` !== kind) break;
    const text = collapsedText(sib);
    if (!readsAsLead(text, tagOf(sib), ctx, titleWords) || linkText(sib) > 0.3 * text.length) break;
    out.push(sib);
  }
  return out;
}
