import { collapsedText } from '../dom';
import { isDateLine } from './dates';
import type { PageScan } from './page-scan';

/**
 * Authors' names out of whatever a page calls its byline: "By Ana Ruiz and
 * Tom Becker, Staff Writers | Updated Nov. 3" becomes ["Ana Ruiz", "Tom
 * Becker"]. Roles, dates, e-mail addresses and profile URLs are dropped, since
 * the byline feeds citations and tells attribution who is not a speaker.
 */

const LEAD_IN = /^\s*(?:(?:written|reported|posted|story|text|words|report|compiled)\s+)?(?:by|from|por|par|von|di|door|av|af)\s*[:\s]\s*/i;

const ROLE_WORDS =
  /\b(?:writer|writers|editor|editors|correspondent|correspondents|reporter|reporters|staff|contributing|columnist|producer|photographer|journalist|analyst|critic|chief|senior|associate|bureau|special to|for the|news service|updated|published|posted|follow|view all|more from|profile|twitter|email)\b/i;

function cleanOne(raw: string): string | null {
  // A profile link or address in brackets after the name is not part of it.
  let name = raw.replace(/\([^)]*(?:https?:|www\.|@)[^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  name = name.replace(LEAD_IN, '');
  name = name.replace(/^[-–—|:,\s]+|[-–—|:,\s]+$/g, '');
  if (!name || name.length > 60) return null;
  if (/https?:\/\/|www\.|@|\.com\b/i.test(name)) return null;
  if (isDateLine(name) || /\d{2}/.test(name)) return null;
  if (ROLE_WORDS.test(name)) return null;
  if (!/\p{L}/u.test(name)) return null;
  // Names are a few words without sentence punctuation; longer text is a headline or a blurb.
  if (name.split(' ').length > 5 || /[:?!“”"]/.test(name)) return null;
  // Initials alone ("J J", an avatar's letters) name nobody.
  if (!name.split(' ').some((w) => w.replace(/\./g, '').length >= 2)) return null;
  return name;
}

const DATE_TAIL =
  /\s*(?:[|•·,–—-]\s*)?(?:\b(?:updated|published|posted|on)\b.*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*|\b\d.*)$/i;

/** Splits a byline into names; an empty list when nothing looks like a name. */
export function parseByline(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const text = raw.replace(/\s+/g, ' ').trim();
  // What follows a bar or a line of dates is the role or timestamp, never more names.
  // A date or time after the names ends the byline ("By Nathan Willis March 25, 2015").
  const undated = text.replace(DATE_TAIL, '');
  const head = undated.split(/\s[|•·]\s|\s[-–—]\s(?=(?:updated|published|posted|\d|[A-Z][a-z]{2,8}\.? \d))/i)[0];
  const pieces = head.replace(LEAD_IN, '').split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\bwith\b)\s*/i);
  const names: string[] = [];
  for (const piece of pieces) {
    const name = cleanOne(piece);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Merges name lists from several sources, keeping the first spelling of each. */
export function mergeNames(lists: string[][]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const name of list) {
      const key = name.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  }
  return out;
}

/**
 * Names from the page itself when metadata has none: `rel=author` links,
 * schema.org microdata, then elements whose class says byline or author.
 */
export function bylineFromDom(scan: PageScan, marked: readonly Element[]): string[] {
  const rel = scan.relAuthors
    .map((el) => (el.localName === 'link' ? el.getAttribute('title') ?? '' : collapsedText(el)))
    .flatMap(parseByline);
  if (rel.length > 0) return mergeNames([rel]);
  const itemprop = scan.itempropAuthors.flatMap((el) => {
    const nameEl = el.querySelector('[itemprop~="name"]');
    const value = nameEl ? nameEl.getAttribute('content') ?? collapsedText(nameEl) : el.getAttribute('content') ?? collapsedText(el);
    return parseByline(value);
  });
  if (itemprop.length > 0) return mergeNames([itemprop]);
  // Elements that call themselves a byline or an author's name beat any other "author" box (follow buttons, bios).
  const rank = (el: Element): number => {
    const hints = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    return /byline/.test(hints) ? 0 : /author[-_]*name|author__name/.test(hints) ? 1 : 2;
  };
  const ordered = [...marked].sort((a, b) => rank(a) - rank(b));
  for (const el of ordered) {
    const text = collapsedText(el);
    if (text.length === 0 || text.length > 100) continue;
    const names = parseByline(text);
    if (names.length > 0) return names;
  }
  return [];
}
