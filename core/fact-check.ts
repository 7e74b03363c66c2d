/**
 * A fact-check page's own verdicts: the schema.org ClaimReview markup that
 * fact-check sites publish in JSON-LD (the claim, who made it, and the
 * rating). Shown in the popup as the page's verdict, never mixed with the
 * reader's own.
 *
 * The markup is written by hand as often as by a CMS, so it is read
 * leniently: blocks wrapped in HTML comments or CDATA, trailing commas and
 * single quotes (relaxedJson), reviews inside arrays, `@graph`,
 * `mainEntity` or other nodes, types given as arrays or full IRIs, nodes
 * referred to by `@id`. A block that still does not parse is skipped and
 * the others are read; nothing here throws on page input.
 */
import { parseJsonLdBlock } from './extract/metadata/relaxed-json';
import { shortType } from './extract/metadata/source-json-ld';

export interface PageClaimReview {
  /** The claim as the fact-checker words it (claimReviewed). */
  claim: string | null;
  /** Who made the claim (itemReviewed's author), names joined with ", ". */
  claimant: string | null;
  /** The verdict in words (alternateName), else "value of best". */
  rating: string | null;
  /** Who published the review. */
  reviewer: string | null;
  /** The review's own address, when it gives one. */
  url: string | null;
}

/** Enough for any real page (a round-up carries a dozen); bounds the work on a hostile one. */
const MAX_REVIEWS = 50;
const MAX_NODES = 5000;
const MAX_TEXT = 1000;

type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in the blocks, depth first, with a map of those that carry an @id. */
function flatten(values: unknown[]): { nodes: Node[]; byId: Map<string, Node> } {
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  const stack = [...values].reverse();
  const seen = new Set<unknown>();
  while (stack.length && nodes.length < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isNode(v) || seen.has(v)) continue;
    seen.add(v);
    nodes.push(v);
    if (typeof v['@id'] === 'string' && Object.keys(v).length > 1 && !byId.has(v['@id'])) byId.set(v['@id'], v);
    const children = Object.values(v).filter((c) => typeof c === 'object' && c !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { nodes, byId };
}

function text(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const clean = v.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  return clean.length > MAX_TEXT ? clean.slice(0, MAX_TEXT - 1) + '…' : clean;
}

export function parseClaimReviews(blocks: readonly string[]): PageClaimReview[] {
  return claimReviewsFrom(blocks.map((b) => (typeof b === 'string' ? parseJsonLdBlock(b) : null)).filter((v) => v !== null));
}

/** The ClaimReviews in JSON-LD blocks parsed already (ExtractedArticle.jsonLd): the page's blocks are parsed once per analysis. */
export function claimReviewsFrom(parsed: readonly unknown[]): PageClaimReview[] {
  const { nodes, byId } = flatten([...parsed]);
  const resolve = (v: unknown): unknown => (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? (byId.get(v['@id']) ?? v) : v);
  const names = (v: unknown): string | null => {
    const list = (Array.isArray(v) ? v : [v]).map(resolve);
    const out = list.map((x) => (isNode(x) ? text(x.name) : text(x))).filter((x): x is string => !!x);
    return out.length ? [...new Set(out)].join(', ') : null;
  };
  const reviews: PageClaimReview[] = [];
  const keys = new Set<string>();
  for (const node of nodes) {
    if (!shortType(node['@type']).includes('ClaimReview')) continue;
    const item = resolve(Array.isArray(node.itemReviewed) ? node.itemReviewed[0] : node.itemReviewed);
    const claimNode = isNode(item) ? item : null;
    const ratingNode = resolve(Array.isArray(node.reviewRating) ? node.reviewRating[0] : node.reviewRating);
    const review: PageClaimReview = {
      claim: text(node.claimReviewed) ?? (claimNode ? (text(claimNode.text) ?? text(claimNode.name)) : null),
      claimant: claimNode ? names(claimNode.author) : null,
      rating: isNode(ratingNode) ? ratingText(ratingNode) : null,
      reviewer: names(node.author),
      url: webUrl(node.url),
    };
    if (!review.claim && !review.rating) continue;
    const key = JSON.stringify([review.claim, review.claimant, review.rating]);
    if (keys.has(key)) continue;
    keys.add(key);
    reviews.push(review);
    if (reviews.length >= MAX_REVIEWS) break;
  }
  return reviews;
}

/** The verdict in words where the page gives them; a bare number only with its scale, else as it stands. */
function ratingText(rating: Node): string | null {
  const words = text(rating.alternateName) ?? text(rating.name);
  if (words) return words;
  const value = text(rating.ratingValue);
  if (!value) return null;
  const best = text(rating.bestRating);
  return best ? `${value} of ${best}` : value;
}

function webUrl(v: unknown): string | null {
  const s = text(v);
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The ClaimReviews in a document's JSON-LD blocks. */
export function claimReviewsIn(doc: Document): PageClaimReview[] {
  const blocks = [...doc.querySelectorAll('script[type]')]
    .filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')
    .map((s) => s.textContent ?? '');
  return blocks.length ? parseClaimReviews(blocks) : [];
}
