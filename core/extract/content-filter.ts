import { hintWeight, isAdLabel, isBylineLine, isCallToAction, isCreditLine, isPointerLabel, isRawShortcode, isTimestampLine } from './boilerplate';
import { collapsedText, isInline, nextElement, tagOf } from './dom';
import { isDateAndBylineLine, isDateLine } from './metadata/dates';
import { isTeaserBlock, linkDensity, type PageScores } from './scoring';

export interface FilterContext {
  scores: PageScores;
  roots: readonly Element[];
  title: string | null;
  authors: readonly string[];
  /** The page's first <h1>: its headline, never part of the body text. */
  headline?: Element | null;
  /** Rendering a front or listing: its teasers are the content, not furniture. */
  listing?: boolean;
}

/** Containers that may be furniture dropped inside the story's column. */
const CONDITIONAL = new Set(['div', 'section', 'table', 'ul', 'ol', 'dl', 'form', 'fieldset', 'figure', 'center']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Tables and code hold figures and timestamps as data, not as page labels. */
const DATA_TAGS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'pre', 'code']);
/** Short text in blocks gets a closer look: labels, bylines, credits, dates. */
const SHORT = 140;

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The headline repeated in the body, allowing for a changed word or punctuation. */
function similarToTitle(text: string, titleWords: Set<string>): boolean {
  const w = words(text);
  if (w.size === 0 || titleWords.size === 0) return false;
  let shared = 0;
  for (const x of w) if (titleWords.has(x)) shared++;
  return shared / Math.max(w.size, titleWords.size) >= 0.8;
}

/** A span standing on its own in a container, not a piece of a sentence. */
function isLoose(el: Element): boolean {
  const parent = el.parentNode as Element | null;
  if (!parent || parent.nodeType !== 1) return true;
  const tag = tagOf(parent);
  return tag !== 'p' && tag !== 'li' && tag !== 'td' && tag !== 'th' && !HEADINGS.has(tag) && !isInline(tag);
}

function altOf(el: Element | null): string | null {
  return el && tagOf(el) === 'img' ? el.getAttribute('alt') : null;
}

/**
 * A line that repeats the description of the picture it sits under is that
 * picture's caption, however it is marked up: what the page says the image
 * shows, not what the story says. Only the image right before the line, or
 * one inside a short box with it, counts.
 */
function repeatsImageAlt(el: Element, text: string, holdsImage: boolean): boolean {
  const key = squash(text);
  if (key.length < 8) return false;
  let prev = el.previousSibling;
  while (prev && prev.nodeType !== 1 && !(prev as Text).data?.trim()) prev = prev.previousSibling;
  const before = prev && prev.nodeType === 1 ? (prev as Element) : null;
  const alts = [altOf(before)];
  if (holdsImage) for (const img of Array.from(el.getElementsByTagName('img')).slice(0, 3)) alts.push(img.getAttribute('alt'));
  return alts.some((alt) => alt !== null && squash(alt) === key);
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Decides, element by element while the story's text is rendered, what is
 * furniture inside the story's own container: the boxes sites drop between
 * paragraphs (related links, share rows, ad slots and their labels,
 * newsletter sign-ups), the repeated headline, byline and dateline, and
 * photo credits. It reads the numbers from the scoring pass, so deciding
 * costs a map lookup for most elements and a short string test for the rest.
 */
export function makeContentFilter(ctx: FilterContext): (el: Element) => boolean {
  const { scores, roots, title, authors } = ctx;
  const rootSet = new Set(roots);
  const titleWords = title ? words(title) : null;
  const authorKeys = authors.map(squash).filter((a) => a.length >= 4);
  const authorNames = authors.map((a) => a.toLowerCase()).filter((a) => a.length >= 2);
  // Rendering asks in document order, so a label can mark the list that follows it.
  const underLabel = new Set<Element>();
  let proseSeen = false;
  let totalParaText = 0;
  for (const r of roots) totalParaText += scores.stats.get(r)?.paraText ?? 0;

  return (el: Element): boolean => {
    const s = scores.stats.get(el);
    // Not visited by the scoring walk: hidden, never text, or boilerplate by markup.
    if (!s) return true;
    if (rootSet.has(el)) return false;
    if (underLabel.has(el)) return true;
    const tag = tagOf(el);
    // An inline element with no text may still hold the only space between two words ("of<b>&nbsp;</b>$35").
    if (s.text === 0) return !isInline(tag);

    // Labels, bylines, credits and link-out cards are blocks or loose spans and links, never part of a sentence.
    if (s.text <= SHORT && (!isInline(tag) || ((tag === 'span' || tag === 'small' || tag === 'font' || tag === 'a') && isLoose(el)))) {
      const text = collapsedText(el);
      if (isPointerLabel(text)) {
        // The list right under "More stories" / "Related" is what the label points at.
        const next = nextElement(el);
        if (next && (tagOf(next) === 'ul' || tagOf(next) === 'ol' || tagOf(next) === 'div' || tagOf(next) === 'section')) underLabel.add(next);
        return true;
      }
      // A loose link is judged by its wording only: a bare date link is how embedded posts sign off.
      if (tag === 'a') return isCallToAction(text);
      if (isAdLabel(text) || isCreditLine(text) || isCallToAction(text) || isBylineLine(text) || isRawShortcode(text)) return true;
      if (repeatsImageAlt(el, text, s.imgs > 0)) return true;
      if (titleWords && text.length >= title!.length * 0.6 && text.length <= title!.length * 1.5 + 20 && similarToTitle(text, titleWords)) return true;
      if ((text.length < 100 && isDateLine(text)) || isDateAndBylineLine(text) || (!DATA_TAGS.has(tag) && isTimestampLine(text))) return true;
      if (authorNames.length > 0 && text.length < 100) {
        const key = squash(text);
        if (authorKeys.some((a) => key === a)) return true;
        // The author's name with the date after it ("AFP 30 avril 2015 à 07:19"): a dateline.
        const lower = text.toLowerCase();
        for (const name of authorNames) if (lower === name || (lower.startsWith(name) && isDateLine(text.slice(name.length)))) return true;
        if (/^(?:by|written by|from|por|par|von)\b/i.test(text) && authorKeys.some((a) => key.includes(a))) return true;
      }
    }

    // Captions describe pictures the text does not carry; readers of the text skip them.
    if (tag === 'figcaption' || /(?:^|[\s_-])(?:caption|wp-caption-text|image-caption|photo-caption)(?=$|[\s_-])/.test(s.hints)) return true;
    // The headline is metadata, not body: sites number their subheadings from <h2>.
    // Some publishing platforms mark every subheading <h1>: one that follows
    // the story's prose is a subheading, not the headline.
    if (el === ctx.headline || (tag === 'h1' && !proseSeen)) return true;
    if (HEADINGS.has(tag)) return hintWeight(s.hints) < 0;

    // A substantial share of the story's prose is never furniture, whatever its box looks like.
    if (s.paras >= 2 && s.paraText >= 0.3 * totalParaText) return false;

    const density = linkDensity(s);
    // A cluster of links (tags, "more on this") inside running text.
    if (tag !== 'a' && s.links >= 3 && density >= 0.8) return true;
    // A paragraph is kept whole even when it is all link: lists of sources and
    // inline references look the same as "read more" pointers, which the
    // call-to-action test above catches by their wording instead.
    if (tag === 'p' || s.pureText) {
      if (s.paras > 0) proseSeen = true;
      // ...except a paragraph that is one link worded as a headline (no closing
      // punctuation): the "read this next" pointer sites drop between paragraphs.
      // A list item is judged with its list (a list of links is a list of other pages), not alone.
      if (tag !== 'li' && s.links === 1 && density >= 0.9 && s.text >= 25 && s.text <= 160) {
        return !/[.!?:;,…"”)]\s*$/.test(collapsedText(el));
      }
      return false;
    }
    if (!CONDITIONAL.has(tag)) return false;

    if (isTeaserBlock(s)) return !ctx.listing;
    const weight = hintWeight(s.hints);
    if (weight < 0 && weight + (s.candidate ? s.score : 0) < 0) return true;
    if (s.commas >= 10) return false;
    const isList = tag === 'ul' || tag === 'ol' || tag === 'dl';
    const p = s.paras;
    // A list whose every item is a short link is a list of other pages (more stories, tags, sources).
    // A single item is such a list only when it is nothing but the link: a
    // sentence with links in it, alone in a bulleted list, is still a sentence.
    if (isList) return s.lis > 0 && s.linkItems >= 0.8 * s.lis && (density > 0.7 || s.text < 90 * s.lis) && (s.lis > 1 || density >= 0.9);
    if (s.imgs > 1 && p / s.imgs < 0.5 && tag !== 'figure') return true;
    if (s.lis > p + 1 && density > 0.3) return true;
    if (s.inputs > Math.floor(p / 3) + 1) return true;
    // A box with a control (a field or a button) and little prose is a
    // sign-up, a comment form, a poll, a collapsed summary or a media teaser,
    // with its small print ("We use your sign-up to provide content...", "Der
    // perfekte Start in den Tag"): the story's own paragraphs hold no controls.
    // The cost: a short code listing with a "copy" button goes with them.
    if (s.inputs > 0 && s.paraText < 400) return true;
    if (s.embeds > 1 || (s.embeds === 1 && s.text < 75)) return true;
    if (weight < 25 && density > 0.35 && p < 3) return true;
    if (weight >= 25 && density > 0.5) return true;
    return false;
  };
}
