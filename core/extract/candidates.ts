import { ELEMENT_NODE, firstElementChild, nextElement, tagOf } from './dom';
import { hintWeight } from './boilerplate';
import { isTeaserBlock, linkDensity, type NodeStats, type PageScores } from './scoring';

export interface ChosenContent {
  /** The best-scoring container. */
  top: Element;
  /** `top` and the siblings that continue the story, in document order. */
  roots: Element[];
}

function statsOf(scores: PageScores, el: Element): NodeStats | undefined {
  return scores.stats.get(el);
}

function isAncestor(a: Element, b: Element): boolean {
  for (let n: Node | null = b.parentNode; n; n = n.parentNode) if (n === a) return true;
  return false;
}

/**
 * Picks the story's container from the scored candidates. The best candidate
 * is often one column of a story split into several `<div>`s (by ads, embeds
 * or a paywall seam), so the choice widens to a common ancestor when other
 * strong candidates sit beside it, then to parents that score better, and
 * finally gathers siblings that look like more of the same story.
 */
/** Only the best few candidates are ever looked at: the winner and its near-equal rivals. */
const RANKED = 6;

/**
 * The `n` best-scoring candidates, best first, ties in document order: what
 * sorting all of them would put first, in one pass. A huge page has tens of
 * thousands of candidates, and sorting them was one step of 100-300 ms.
 */
function bestCandidates(scores: PageScores, n: number): Element[] {
  const best: { el: Element; score: number }[] = [];
  for (const el of scores.candidates) {
    if (tagOf(el) === 'html') continue;
    const score = statsOf(scores, el)!.score;
    if (best.length === n && score <= best[n - 1].score) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].score < score) at--;
    best.splice(at, 0, { el, score });
    if (best.length > n) best.pop();
  }
  return best.map((b) => b.el);
}

export function chooseContent(scores: PageScores, body: Element, headline: Element | null = null): ChosenContent | null {
  const ranked = bestCandidates(scores, RANKED);
  if (ranked.length === 0 || statsOf(scores, ranked[0])!.score <= 0) return null;

  let top = ranked[0];
  // Paragraphs straight under <body>: the whole body is the story's container.
  if (top === body) return { top, roots: [body] };
  const topScore = statsOf(scores, top)!.score;
  const topProse = statsOf(scores, top)!.paraText;

  // Widen to the ancestor shared by several near-equal candidates.
  const alternatives = ranked
    .slice(1, 6)
    .filter((el) => statsOf(scores, el)!.score >= topScore * 0.75 && statsOf(scores, el)!.paraText >= topProse * 0.25 && !isAncestor(el, top) && !isAncestor(top, el));
  if (alternatives.length >= 3) {
    for (let p = top.parentNode as Element | null; p && p !== body && p.nodeType === ELEMENT_NODE; p = p.parentNode as Element | null) {
      const holding = alternatives.filter((alt) => isAncestor(p!, alt)).length;
      if (holding >= 3) {
        top = p;
        break;
      }
    }
  }

  // Climb while a parent keeps a large share of the score and beats the last.
  let lastScore = statsOf(scores, top)!.score;
  const threshold = lastScore / 3;
  for (let p = top.parentNode as Element | null; p && p !== body && p.nodeType === ELEMENT_NODE; p = p.parentNode as Element | null) {
    const ps = statsOf(scores, p);
    if (!ps || !ps.candidate) continue;
    if (ps.score < threshold) break;
    if (ps.score > lastScore) {
      top = p;
      break;
    }
    lastScore = ps.score;
  }

  // A lone child carries nothing its parent does not.
  for (let p = top.parentNode as Element | null; p && p !== body && p.nodeType === ELEMENT_NODE; p = p.parentNode as Element | null) {
    const first = firstElementChild(p);
    if (first !== top || nextElement(top) !== null) break;
    top = p;
  }

  top = climbToPageProse(scores, top, body);
  top = climbToSemanticContainer(scores, top, body);
  top = storyUnderHeadline(scores, top, body, headline);
  return { top, roots: mergeSiblings(scores, top) };
}

/**
 * A weak winner: the best block holds under half of the page's prose, and an
 * ancestor holds nearly all of it as prose rather than links or teasers. That
 * is a page whose text is cut into many small boxes (feature lists, cards),
 * none of which outscores the rest by much; the ancestor is the content.
 * News stories rarely trigger this: their body holds most of the page's prose.
 */
function climbToPageProse(scores: PageScores, top: Element, body: Element): Element {
  const page = statsOf(scores, body);
  const topStats = statsOf(scores, top);
  if (!page || !topStats || topStats.paraText >= page.paraText * 0.5) return top;
  for (let p = top.parentNode as Element | null; p && p !== body && p.nodeType === ELEMENT_NODE; p = p.parentNode as Element | null) {
    const ps = statsOf(scores, p);
    if (!ps) return top;
    if (ps.paraText >= page.paraText * 0.8) {
      return linkDensity(ps) < 0.25 && !isTeaserBlock(ps) && ps.linkedHeadings < 2 ? p : top;
    }
  }
  return top;
}

/**
 * When the page marks the story's container itself (`<article>`, schema.org
 * `articleBody`) a little above the chosen element, and that container is
 * still prose rather than links, the whole container is the story: sites split
 * bodies into sections around embeds and ads, and only the container holds
 * every part. Listings use `<article>` per teaser, but there the chosen element
 * is never inside one of them with prose to spare.
 */
function climbToSemanticContainer(scores: PageScores, top: Element, body: Element): Element {
  const topStats = statsOf(scores, top);
  if (!topStats) return top;
  let level = 0;
  for (let p = top.parentNode as Element | null; p && p !== body && p.nodeType === ELEMENT_NODE && level < 4; p = p.parentNode as Element | null, level++) {
    const semantic = tagOf(p) === 'article' || /\barticleBody\b/i.test(p.getAttribute('itemprop') ?? '');
    if (!semantic) continue;
    const ps = statsOf(scores, p);
    if (!ps) return top;
    if (linkDensity(ps) < 0.3 && ps.paraText >= topStats.paraText && ps.paraText <= topStats.paraText * 3) return p;
    return top;
  }
  return top;
}

/** Below this much prose, a marked story container is a header or a stub, not the story. */
const HEADLINE_STORY_MIN_PROSE = 250;

function isStoryContainer(el: Element): boolean {
  return tagOf(el) === 'article' || /schema\.org\/(?:\w*Article|BlogPosting|Report)\b/i.test(el.getAttribute('itemtype') ?? '');
}

/**
 * The story is where its headline is. When the page's headline sits inside a
 * container the page marks as one story (`<article>`, a schema.org Article),
 * that container holds prose, and the winner lies entirely outside it, the
 * winner is some other story: a "you may also like" box of long excerpts, or
 * a feed of posts below a short one, outscores a short story on length alone.
 * Pages whose headline sits in a header apart from the body have no such
 * container around it, and keep the winner.
 */
function storyUnderHeadline(scores: PageScores, top: Element, body: Element, headline: Element | null): Element {
  if (!headline) return top;
  let story: Element | null = null;
  for (let p = headline.parentNode as Element | null; p && p !== body && p.nodeType === ELEMENT_NODE; p = p.parentNode as Element | null) {
    if (isStoryContainer(p)) {
      story = p;
      break;
    }
  }
  if (!story || story === top || isAncestor(story, top) || isAncestor(top, story)) return top;
  const s = statsOf(scores, story);
  return s && s.paraText >= HEADLINE_STORY_MIN_PROSE && linkDensity(s) < 0.3 ? story : top;
}

/** A story container with prose of its own somewhere inside `box`. */
function holdsOtherStory(scores: PageScores, box: Element): boolean {
  for (const el of Array.from(box.getElementsByTagName('article'))) {
    const s = statsOf(scores, el);
    if (s && s.paraText >= HEADLINE_STORY_MIN_PROSE && isStoryContainer(el)) return true;
  }
  return false;
}

function mergeSiblings(scores: PageScores, top: Element): Element[] {
  const parent = top.parentNode as Element | null;
  if (!parent || parent.nodeType !== ELEMENT_NODE) return [top];
  const topStats = statsOf(scores, top)!;
  const threshold = Math.max(10, topStats.score * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const topIsStory = isStoryContainer(top);
  const roots: Element[] = [];
  for (let sib = firstElementChild(parent); sib; sib = nextElement(sib)) {
    if (sib === top) {
      roots.push(sib);
      continue;
    }
    const s = statsOf(scores, sib);
    // The headline sits beside the body in many templates; it is metadata, not body.
    if (!s || s.text === 0 || isTeaserBlock(s) || tagOf(sib) === 'h1') continue;
    // Beside a story the page marks as one, another such container is another
    // story, and so is a box holding one: the next story a page appends below
    // the first as the reader scrolls, wrapped in its own section.
    if (topIsStory && (isStoryContainer(sib) || holdsOtherStory(scores, sib))) continue;
    const bonus = topClass !== '' && sib.getAttribute('class') === topClass ? topStats.score * 0.2 : 0;
    if (s.candidate && s.score + bonus >= threshold) {
      roots.push(sib);
      continue;
    }
    // A sibling box of plain prose continues the story even when its own score is small.
    if (s.paraText >= 100 && linkDensity(s) < 0.2 && hintWeight(s.hints) >= 0 && s.paraText >= 0.6 * (s.text - s.link)) {
      roots.push(sib);
      continue;
    }
    if (tagOf(sib) === 'p' || s.pureText) {
      const density = linkDensity(s);
      if (s.text > 80 && density < 0.25) roots.push(sib);
      else if (s.text > 0 && s.text <= 80 && density === 0 && /\.( |$)/.test(sib.textContent ?? '')) roots.push(sib);
    }
  }
  return roots;
}
