import { normaliseDate } from './dates';
import { later, type FieldCandidates } from './candidates';
import { parseWrittenDate } from './written-dates';

/**
 * The publication date from the data a page carries for its own scripts: a
 * client-rendered page (Next.js, Nuxt, a React app) often prints no date and
 * declares none in meta tags, yet its hydration state, analytics `dataLayer`
 * or a tag's `data-*` attributes hold it ("deployDt":"2026.01.29 18:40",
 * 'published_date': '2026-01-20 18:30:00', data-publishdate="…").
 *
 * Only keys that name a first publication are read (never "created", "updated"
 * or a bare "date", which also stamp comments, images and related stories), and
 * only the first one in the document: the story's own state comes before the
 * rails it embeds. It is the last resort before the window title and the
 * address, so it never overrides a date the page declares or shows.
 */

const KEY =
  /["']?\b(?:date_?published|published_?(?:at|date|time|on)|publish_?(?:date|time|dt|at)|pub_?date|first_?published(?:_?(?:at|date|time))?|deploy_?dt|release_?date)\b["']?\s*[:=]\s*["']([^"'<>]{8,40})["']/i;
const ATTRIBUTE = /^data-(?:publish(?:ed)?-?(?:date|time|dt|at)?|pub-?date|deploy-?dt|date-?published)$/i;

/** How much inline script text is searched at most: enough for a story's state, not a whole app bundle. */
const MAX_SCRIPT_CHARS = 400_000;

function fromScripts(doc: Document): string | null {
  let read = 0;
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type === 'application/ld+json') continue;
    const text = s.textContent ?? '';
    read += text.length;
    const m = KEY.exec(text);
    if (m) {
      const d = dateOf(m[1]);
      if (d) return d;
    }
    if (read > MAX_SCRIPT_CHARS) break;
  }
  return null;
}

/** Elements looked at for a date attribute: the head of the page, where a story's own markup sits. */
const ATTRIBUTE_SCAN_LIMIT = 5000;

function fromAttributes(doc: Document): string | null {
  // A walker that stops at the limit, not querySelectorAll('body *'): on a 117,000-element page building
  // that whole list cost 100 ms in one task (bench:page article-5mb), only to keep its first 5,000.
  if (!doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < ATTRIBUTE_SCAN_LIMIT; node = walker.nextNode(), seen++) {
    const el = node as Element;
    for (const a of Array.from(el.attributes)) {
      if (!ATTRIBUTE.test(a.name)) continue;
      const d = dateOf(a.value);
      if (d) return d;
    }
  }
  return null;
}

function dateOf(raw: string): string | null {
  const v = raw.trim().replace(/\\u002F/gi, '/');
  return normaliseDate(v) ?? parseWrittenDate(v);
}

export function pageDataCandidates(doc: Document): Partial<FieldCandidates> {
  return { published: [later('page-data', () => fromScripts(doc) ?? fromAttributes(doc))] };
}
