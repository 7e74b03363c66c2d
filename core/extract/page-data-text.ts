/**
 * A script-rendered page's story, read from the data the page ships for its
 * script when the page as given shows none of it: a shell whose body is an
 * empty mount point, the article's HTML held in a hydration payload
 * (`window.__DATA__ = {...}`, a query cache, `__NEXT_DATA__`) or in JSON-LD
 * `articleBody`. It happens wherever no script has run: a saved page read by
 * the CLI, and a content script that looks before the page's own script has
 * drawn the story.
 *
 * The text found this way is not on the page: nothing in it can be pointed at
 * or highlighted (`pointAt` gives null), which is why it is only a fallback
 * for a page whose visible body holds next to no text. Measured on the three
 * sets (289 pages): 42 pages carry a JSON-LD articleBody, and on every one the
 * visible page already gave the story; the only page where this applies is a
 * script shell with its story in a query cache.
 */

/** A body with less visible text than this is a shell waiting for its script. */
export const SHELL_TEXT = 200;
/** The story's HTML is long; shorter strings are labels, teasers and settings. */
const MIN_HTML = 500;
const MIN_PARAGRAPHS = 3;
/** Scripts past this size are bundles, not page data: not read. */
const MAX_SCRIPT = 2_000_000;

const STRING_LITERAL = /"((?:[^"\\]|\\.){500,})"/g;
const PARAGRAPH_OPEN = /<p[\s>]/gi;

/** A slot the page's template fills in later ("$$ARTICLEAD$$", "{{ad}}", "[[embed]]"): not text. */
const TEMPLATE_SLOT = /^[^\p{L}\p{N}\s]{1,3}[\w-]+[^\p{L}\p{N}\s]{1,3}$/u;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * HTML as reader text: block elements end paragraphs, scripts, styles and
 * figures (captions, credits) are dropped, tags go, entities are decoded.
 */
export function htmlToParagraphs(html: string): string[] {
  const text = html
    .replace(/<(script|style|figure|figcaption|aside|noscript|iframe)\b[\s\S]*?<\/\1>/gi, ' ')
    // A picture's caption box, however it is marked up (its innermost box: a regular expression does not count nesting).
    .replace(/<(div|p|span)\b[^>]*\bclass=["'][^"']*caption[^"']*["'][^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|table|tr)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p) && !TEMPLATE_SLOT.test(p));
}

function countParagraphs(html: string): number {
  return html.match(PARAGRAPH_OPEN)?.length ?? 0;
}

/** `articleBody` of any node of the page's JSON-LD blocks (parsed once by the metadata reader): plain text, or HTML on some sites. */
function jsonLdBody(blocks: readonly unknown[]): string | null {
  let best: string | null = null;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'articleBody' && typeof value === 'string' && value.length >= MIN_HTML && (!best || value.length > best.length)) best = value;
      else if (typeof value === 'object') visit(value);
    }
  };
  blocks.forEach(visit);
  return best;
}

/** The longest HTML string with several paragraphs inside an inline script's data. */
function hydrationHtml(doc: Document): string | null {
  let best: string | null = null;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type === 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length < MIN_HTML || source.length > MAX_SCRIPT || !/\\u003cp|<p[\s>]/i.test(source)) continue;
    for (const m of source.matchAll(STRING_LITERAL)) {
      let value: string;
      try {
        value = JSON.parse(`"${m[1]}"`) as string;
      } catch {
        continue;
      }
      if (countParagraphs(value) >= MIN_PARAGRAPHS && (!best || value.length > best.length)) best = value;
    }
  }
  return best;
}

/**
 * The story's paragraphs from the page's data, or null when it ships none.
 * `jsonLd`: the page's JSON-LD blocks, parsed (ExtractedArticle.jsonLd).
 */
export function pageDataParagraphs(doc: Document, jsonLd: readonly unknown[]): string[] | null {
  const ld = jsonLdBody(jsonLd);
  const html = ld && countParagraphs(ld) >= MIN_PARAGRAPHS ? ld : (hydrationHtml(doc) ?? ld);
  if (!html) return null;
  const paragraphs = countParagraphs(html) > 0 ? htmlToParagraphs(html) : html.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.length > 0 ? paragraphs : null;
}
