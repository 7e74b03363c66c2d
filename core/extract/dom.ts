/**
 * Small DOM vocabulary shared by the extractor's passes. Everything here reads
 * the tree through `firstChild`/`nextSibling` and attributes only: those are
 * O(1) in browsers and in linkedom, whereas `childNodes`, `children` and
 * `textContent` allocate or walk, which adds up over a 3,000-element page.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose content is never reader text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'video', 'audio', 'source', 'track', 'map', 'head', 'title', 'meta', 'link',
  'button', 'select', 'option', 'optgroup', 'input', 'textarea', 'datalist', 'dialog', 'img', 'picture',
  'base', 'param', 'applet', 'area',
]);

/**
 * Phrasing elements: text inside them runs on with its neighbours. Any other
 * element ends the current run, so that `<div>a</div><div>b</div>` never
 * becomes "ab" even when a site uses made-up tag names for its blocks.
 */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'wbr', 'label', 'nobr', 'output', 'ruby', 'rt', 'rp', 'rb',
]);

export function isNeverText(tag: string): boolean {
  return NEVER_TEXT.has(tag);
}

/**
 * Custom elements (`<hl-trusted-source>`, `<x-ref>`) are inline unless a
 * stylesheet says otherwise, and sites use them mostly to wrap a word or a
 * link inside a sentence; when one wraps whole blocks, the blocks inside it
 * still make their own boundaries.
 */
export function isInline(tag: string): boolean {
  return INLINE.has(tag) || tag.includes('-');
}

/** Lower-case local name; linkedom and browsers agree on `localName` for HTML. */
export function tagOf(el: Element): string {
  return el.localName;
}

/**
 * Hidden by the page's own markup. Computed style is not available on linkedom
 * and is slow in the page, so only inline declarations and attributes count:
 * those are what sites use for pre-rendered, script-revealed boilerplate.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** The class and id of an element as one lower-case string for hint matching. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  let id = el.getAttribute('id');
  // Ids made from a heading ("sharing-with-a-single-developer") are prose, not widget names.
  if (id && id.split(/[-_]/).length >= 5) id = null;
  if (!cls) return id ? id.toLowerCase() : '';
  let hints = id ? `${cls} ${id}`.toLowerCase() : cls.toLowerCase();
  // BEM modifiers ("content--comment", "body--lead") say which variant of a
  // block this is, not what the block is: an opinion column is still content.
  if (hints.includes('--')) hints = hints.replace(/--[\w-]*/g, '');
  // Replacing with nothing found returns the same string: no cost on most elements.
  const settled = hints.replace(STATE_FLAGS, '');
  return settled === hints ? hints : settled.trim();
}

/**
 * Class names that state a setting of the page or the story, not what the
 * element is: "comments-enabled", "has-related", "with-sidebar",
 * "comments-open". Sites put them on the story's own wrapper; read as words
 * they would make it a comment box or an ad slot.
 * Must match: "comments-enabled", "has-sidebar", "ads-off", "comments-open".
 * Must not match: "comments", "comment-list", "related", "ad-slot", "is-hidden"
 * (hiding classes are read from the same hints and must stay), nor "no-" and
 * "show-" names, which are as often components ("show-comments" is the
 * comment box's toggle, "no-access-comment" the sign-in prompt over it).
 */
const STATE_FLAGS =
  /(?:^|\s)(?:(?:has|with|without|enable|allow)-\S+|\S+-(?:enabled|disabled|allowed|open|closed|on|off|active|inactive|loaded|available))(?=\s|$)/g;

export function firstElementChild(el: Element): Element | null {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) return n as Element;
  return null;
}

export function nextElement(el: Element): Element | null {
  for (let n = el.nextSibling; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) return n as Element;
  return null;
}

/** Collapsed text of a small subtree (metadata, headings): not for the body. */
export function collapsedText(node: Node | null | undefined): string {
  if (!node) return '';
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Raw characters read at a time by collapsedTextUpTo: small, so a giant Text node costs one piece. */
const PIECE = 256;

/**
 * collapsedText for a question about short text ("is this a date line of at
 * most 120 characters?"): the same string when it is at most `max` characters
 * long, else its first `max + 1` (so the caller still sees it is longer).
 * It reads the subtree's Text nodes only that far: asking it of a 2 MB
 * `<pre>` costs a line, where textContent copies and collapses the whole
 * block (100 ms of copying and garbage collection in Chromium).
 */
export function collapsedTextUpTo(node: Node | null | undefined, max: number): string {
  if (!node) return '';
  let out = '';
  for (let n: Node | null = node.firstChild ?? null; n; ) {
    if (n.nodeType === TEXT_NODE || n.nodeType === 4 /* CDATA, in textContent too */) {
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i += PIECE) {
        // Re-collapsing what is kept is bounded: it is never longer than max + PIECE.
        out = (out + data.slice(i, i + PIECE)).replace(/\s+/g, ' ').replace(/^ /, '');
        if (out.length > max + 1 && out.trimEnd().length > max) return out.slice(0, max + 1);
      }
    }
    // Text of elements (and of their descendants) in document order, as textContent reads it.
    if (n.nodeType === ELEMENT_NODE && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== node && !n.nextSibling) n = n.parentNode;
    n = n && n !== node ? n.nextSibling : null;
  }
  return out.trim();
}
