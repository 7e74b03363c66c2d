import { isBylineLine } from '../boilerplate';
import { collapsedText, collapsedTextUpTo } from '../dom';
import { bylineFromDom, closeness, inReaderContent, openingCredit } from './byline';
import { labelledCredit } from './credit-box';
import { known, later, type FieldCandidates } from './candidates';
import { isDateAndBylineLine, isDateLine } from './dates';
import type { PageScan } from './page-scan';
import { headlineText, storyHeadline } from './headline';
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
  return datelineLine(ctx, headline)?.date ?? null;
}

/** The dateline's text as shown, with the day read from it. */
function datelineLine(ctx: PageContext, headline: Element | null): { text: string; date: string } | null {
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
      // Only short lines are read as dates, and 300 characters of a paragraph say the story began.
      const text = collapsedTextUpTo(el, 300);
      // A date line, a labelled date, or a byline that ends with its date ("Written by Ana Ruiz on November 14, 2019").
      if (text.length > 0 && text.length <= 120 && (isDatedMetaLine(text) || DATE_LABEL.test(text) || isBylineLine(text) || isDateAndBylineLine(text)) && !inReaderContent(el)) {
        const d = parseWrittenDate(text, ctx.language);
        if (d) return { text, date: d };
      }
      if (text.length >= 300 && tag === 'p') return null;
    }
    node = el.firstChild ?? after(el);
  }
  return null;
}

/**
 * A line that is a date, or a line of page furniture in segments of which one
 * is a date: "Do 25.04.24 | 14:07 Uhr | Von Eva Rätsch", "Politik · 3. Mai 2024
 * · 4 Min." Only bars and bullets separate segments: a comma or a dash also
 * runs through sentences of the story ("In May 2024, the council …").
 */
function isDatedMetaLine(text: string): boolean {
  return isDateLine(text) || text.split(/\s+[|•·]\s+/).some((part) => isDateLine(part));
}

/**
 * Where no `<h1>` or `<h2>` is the story's, a lower heading or an element
 * whose class says title, whose text is a declared title word for word
 * ("<h3>DDR-Hotel Lunik öffnet …</h3>", "<p class=titulo>" under og:title of
 * the same words), still marks where the story's dateline and byline sit.
 * Only for finding those: the title itself then comes from the declared
 * sources, which say the same.
 */
function headingOfDeclaredTitle(ctx: PageContext): Element | null {
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const titles = new Set(ctx.declaredTitles.flatMap((t) => [key(t), key(t.split(/\s+(?:[|\-–—·•»«/]|::)\s+/)[0])]).filter((k) => k.length >= 12));
  if (titles.size === 0) return null;
  const selector = 'h2, h3, h4, [class*="title"], [class*="titulo"], [class*="titre"], [class*="headline"]';
  for (const h of Array.from(ctx.doc.querySelectorAll(selector)).slice(0, 300)) {
    if (titles.has(key(collapsedText(h))) && !inReaderContent(h)) return h;
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

export interface PageCandidates {
  candidates: Partial<FieldCandidates>;
  headline: Element | null;
  /**
   * The lines that show the story's date to a reader (its `<time>` elements' text, its dateline), read
   * on first use: where they print the declared instant in the page's own zone (page-zone.ts).
   */
  shownDateLines: () => string[];
}

export function pageCandidates(ctx: PageContext): PageCandidates {
  const { scan } = ctx;
  const headline = storyHeadline(scan, ctx.declaredTitles);
  const docTitle = scan.title ? scan.title.replace(/\s+/g, ' ').trim() || null : null;
  const shownHeadline = headline ? headlineText(headline) : null;
  const itemprop = scan.publishedElement && scan.publishedElement.hasAttribute('itemprop') ? scan.publishedElement : null;
  const pubdate = scan.publishedElement && scan.publishedElement.hasAttribute('pubdate') ? scan.publishedElement : null;
  const attr = (el: Element | null): string | null => (el ? el.getAttribute('datetime') ?? el.getAttribute('content') : null);
  // Looked for once, and only when a byline or dateline search needs a place to start from.
  let other: Element | null | undefined;
  const otherHeading = (): Element | null => (other === undefined ? (other = headingOfDeclaredTitle(ctx)) : other);
  return {
    headline,
    shownDateLines: () => {
      const lines = scan.times.filter((t) => !inReaderContent(t)).slice(0, 12).map((t) => collapsedTextUpTo(t, 200));
      const line = datelineLine(ctx, headline ?? otherHeading());
      return line ? [...lines, line.text] : lines;
    },
    candidates: {
      title: [
        known('h1', shownHeadline),
        // No <h1> is the story's, and a lower heading shows a declared title word for word ("<h3 class=heading>"
        // under a longer og:title): the heading is what the reader sees and cites.
        later('h1', () => {
          if (shownHeadline) return null;
          const h = otherHeading();
          return h ? headlineText(h) : null;
        }),
        known('title-tag', docTitle),
      ],
      authors: [
        // The byline the scan and the scoring walk already found: cheap, and what the check against a
        // single structured author reads.
        later('byline', () => {
          const names = bylineFromDom(scan, ctx.bylineElements, headline ?? scan.firstH1 ?? otherHeading());
          return names.length > 0 ? names : null;
        }),
        // Bylines in page furniture the scoring walk skipped: a selector walk, paid only when nothing before it named anyone.
        later('byline', () => {
          const marked = Array.from(ctx.doc.querySelectorAll('[class*="byline"], [class*="author"], [id*="byline"], [class*="autor"]')).slice(0, 60);
          const more = bylineFromDom(scan, marked, headline ?? scan.firstH1 ?? otherHeading());
          return more.length > 0 ? more : null;
        }),
        // A credit in a box of facts about the story, often after it ("Autorin/Autor Roman Goncharenko").
        later('byline', () => {
          const names = labelledCredit(ctx.doc);
          return names.length > 0 ? names : null;
        }),
        // A name in bold capitals as the story's first line, where no byline box credits anyone.
        later('byline', () => {
          const names = openingCredit(headline);
          return names.length > 0 ? names : null;
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
        later('dateline', () => dateline(ctx, headline ?? otherHeading())),
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
