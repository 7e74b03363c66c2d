import { hintWeight, isBoilerplateElement } from './boilerplate';
import { ELEMENT_NODE, TEXT_NODE, classAndId, isHidden, isInline, isNeverText, tagOf } from './dom';
import { WALK_CHUNK, runToEnd, type Steps } from '../steps';

/**
 * What one pass over the page learns about an element's subtree. Everything
 * later (candidate choice, sibling merging, cleaning, isArticle) reads these
 * numbers instead of walking the tree again: the single walk is what keeps
 * extraction far under Readability's cost on the same DOM.
 */
export interface NodeStats {
  /** Characters of text (each text node trimmed). */
  text: number;
  /** Of which inside links. */
  link: number;
  commas: number;
  /** Number of links. */
  links: number;
  /** Paragraph-like blocks: elements owning >= 25 characters of running text. */
  paras: number;
  /** Characters in those paragraphs, link text excluded. */
  paraText: number;
  imgs: number;
  lis: number;
  /** List items whose text is mostly a link. */
  linkItems: number;
  inputs: number;
  embeds: number;
  /** Headings whose text is mostly a link: the shape of a teaser. */
  linkedHeadings: number;
  /** Content score; non-zero only for candidates. */
  score: number;
  candidate: boolean;
  /** True when the element owns running text and no block children with text. */
  pureText: boolean;
  /** Class and id, lower case: read once, since class lists are costly to serialise. */
  hints: string;
}

export interface PageScores {
  stats: Map<Element, NodeStats>;
  candidates: Element[];
  /** Elements whose class or id says byline or author (first few), for metadata to fall back on. */
  bylineElements: Element[];
}

const BYLINE_HINT = /byline|author/;
const MAX_BYLINE_ELEMENTS = 20;

const MIN_PARAGRAPH = 25;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMBEDS = new Set(['iframe', 'video', 'embed', 'object', 'audio']);
const INPUTS = new Set(['input', 'select', 'textarea', 'button']);

/** Running text right before or after an inline element: it is part of a sentence. */
function besideProse(el: Element): boolean {
  const prose = (n: Node | null): boolean => n !== null && n.nodeType === TEXT_NODE && /[\p{L}\p{N}]/u.test((n as Text).data);
  return prose(el.previousSibling) || prose(el.nextSibling);
}

function newStats(): NodeStats {
  return {
    text: 0, link: 0, commas: 0, links: 0, paras: 0, paraText: 0, imgs: 0, lis: 0, linkItems: 0, inputs: 0, embeds: 0,
    linkedHeadings: 0, score: 0, candidate: false, pureText: false, hints: '',
  };
}

function tagBase(tag: string): number {
  switch (tag) {
    case 'article':
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n++;
  // CJK text separates clauses with its own comma marks.
  for (let i = s.indexOf('，'); i >= 0; i = s.indexOf('，', i + 1)) n++;
  for (let i = s.indexOf('、'); i >= 0; i = s.indexOf('、', i + 1)) n++;
  return n;
}

interface Run {
  len: number;
  link: number;
  commas: number;
  blockChildren: boolean;
}

/**
 * Scores the page in one walk: every paragraph gives points to its parent and,
 * decreasingly, to four more ancestors (1 + commas + length/100, capped), the
 * way Readability does, but without rewriting the DOM: a run of inline text is
 * a paragraph wherever it sits, so `<div>` soup needs no conversion to `<p>`.
 */
export function scorePage(root: Element, strict: boolean): PageScores {
  return runToEnd(scorePageSteps(root, strict));
}

/**
 * The same walk, pausing every WALK_CHUNK elements so a huge page (100,000
 * elements) is scored over several of the content script's slices, not in
 * one task of a second. Each element's visit is a generator; its cost is a
 * small share of the visit's own work, and a page of ordinary size never
 * reaches a pause.
 */
export function* scorePageSteps(root: Element, strict: boolean): Steps<PageScores> {
  let visited = 0;
  const stats = new Map<Element, NodeStats>();
  const candidates: Element[] = [];
  const bylineElements: Element[] = [];

  const candidateStats = (el: Element): NodeStats => {
    let s = stats.get(el);
    if (!s) {
      s = newStats();
      s.hints = classAndId(el);
      stats.set(el, s);
    }
    if (!s.candidate) {
      s.candidate = true;
      s.score = tagBase(tagOf(el)) + hintWeight(s.hints);
      candidates.push(el);
    }
    return s;
  };

  const credit = (from: Element | null, points: number): void => {
    let level = 0;
    for (let a: Node | null = from; a && a.nodeType === ELEMENT_NODE && level < 5; a = a.parentNode, level++) {
      const el = a as Element;
      if (tagOf(el) === 'html') break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      candidateStats(el).score += points / divider;
    }
  };

  const visit = function* (el: Element, s: NodeStats, run: Run, inLink: boolean): Steps<void> {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const data = (n as Text).data;
        const len = data.trim().length;
        if (len === 0) continue;
        const commas = countCommas(data);
        s.text += len;
        s.commas += commas;
        run.len += len;
        run.commas += commas;
        if (inLink) {
          s.link += len;
          run.link += len;
        }
        // Text nodes count too: a br-separated dump is one element holding a hundred thousand of them.
        if (++visited % WALK_CHUNK === 0) yield;
        continue;
      }
      if (n.nodeType !== ELEMENT_NODE) continue;
      const child = n as Element;
      const tag = tagOf(child);
      if (tag === 'img' || tag === 'picture') {
        s.imgs++;
        continue;
      }
      if (EMBEDS.has(tag)) {
        s.embeds++;
        continue;
      }
      if (INPUTS.has(tag)) {
        s.inputs++;
        continue;
      }
      if (tag === 'br' || isNeverText(tag) || isHidden(child)) continue;
      const hints = classAndId(child);
      if (hints && bylineElements.length < MAX_BYLINE_ELEMENTS && BYLINE_HINT.test(hints)) bylineElements.push(child);
      if (isBoilerplateElement(child, strict, hints, hints !== '' && isInline(tag) && besideProse(child))) continue;
      if (++visited % WALK_CHUNK === 0) yield;
      const cs = newStats();
      cs.hints = hints;
      stats.set(child, cs);
      const childInLink = inLink || tag === 'a';
      if (isInline(tag)) {
        yield* visit(child, cs, run, childInLink);
      } else {
        const childRun: Run = { len: 0, link: 0, commas: 0, blockChildren: false };
        yield* visit(child, cs, childRun, childInLink);
        if (cs.text > 0) run.blockChildren = true;
        closeBlock(child, tag, cs, childRun);
      }
      s.text += cs.text;
      s.link += cs.link;
      s.commas += cs.commas;
      s.links += cs.links + (tag === 'a' ? 1 : 0);
      s.paras += cs.paras;
      s.paraText += cs.paraText;
      s.imgs += cs.imgs;
      s.lis += cs.lis;
      s.linkItems += cs.linkItems;
      s.inputs += cs.inputs;
      s.embeds += cs.embeds;
      s.linkedHeadings += cs.linkedHeadings;
    }
  };

  const closeBlock = (el: Element, tag: string, s: NodeStats, run: Run): void => {
    if (tag === 'li') {
      s.lis++;
      if (s.text > 0 && s.link / s.text >= 0.7) s.linkItems++;
    }
    if (HEADINGS.has(tag) && s.text > 0 && s.link / s.text > 0.5) s.linkedHeadings++;
    s.pureText = run.len > 0 && !run.blockChildren;
    if (run.len < MIN_PARAGRAPH || run.link / run.len > 0.5) return;
    s.paras++;
    s.paraText += run.len - run.link;
    const points = 1 + run.commas + Math.min(Math.floor(run.len / 100), 3);
    // A pure paragraph scores its container; text mixed with blocks scores its own element.
    credit(tag === 'p' || s.pureText ? (el.parentNode as Element | null) : el, points);
  };

  const rootStats = newStats();
  rootStats.hints = classAndId(root);
  stats.set(root, rootStats);
  const rootRun: Run = { len: 0, link: 0, commas: 0, blockChildren: false };
  yield* visit(root, rootStats, rootRun, false);
  closeBlock(root, tagOf(root), rootStats, rootRun);

  for (const el of candidates) {
    const s = stats.get(el)!;
    const density = s.text > 0 ? s.link / s.text : 0;
    s.score *= 1 - density;
  }
  return { stats, candidates, bylineElements };
}

export function linkDensity(s: NodeStats): number {
  return s.text > 0 ? s.link / s.text : 0;
}

/** Teasers: headings that are links, each with a line or two of standfirst. */
export function isTeaserBlock(s: NodeStats): boolean {
  return s.linkedHeadings >= 2 && s.linkedHeadings * 2 >= s.paras && s.paraText < s.linkedHeadings * 250;
}
