/**
 * Checks on what callers hand the store. Messages arrive from other contexts
 * (popup, content script via the background), so bad input is expected and
 * must fail with a message that says what is wrong, before any write starts.
 */
import type { TextSelector } from '../core/anchoring/types';
import { InvalidRecordError } from './errors';
import { tagKey } from '../core/tags';
import {
  CLAIM_STATUSES,
  HIGHLIGHT_COLORS,
  REACTIONS,
  type ArticleInput,
  type ClaimStatus,
  type ClaimStatusInput,
  type HighlightColor,
  type HighlightInput,
  type HighlightPatch,
  type Reaction,
  type Settings,
} from '../model';

/** Refuses a record with a message in the reader's words (every check of a record before it is stored). */
export function fail(message: string): never {
  throw new InvalidRecordError(message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function nonEmptyString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`${what} must be a non-empty string.`);
  return value;
}

function nullableString(value: unknown, what: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail(`${what} must be a string or null.`);
  return value;
}

export function isHighlightColor(value: unknown): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly unknown[]).includes(value);
}

export function isReaction(value: unknown): value is Reaction {
  return (REACTIONS as readonly unknown[]).includes(value);
}

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return (CLAIM_STATUSES as readonly unknown[]).includes(value);
}

export function checkArticle(input: unknown): ArticleInput {
  if (!isObject(input)) fail('The article is missing.');
  return {
    key: nonEmptyString(input.key, 'The article key'),
    url: nonEmptyString(input.url, 'The article URL'),
    title: nullableString(input.title, 'The article title'),
    siteName: nullableString(input.siteName, 'The article site name'),
    byline: nullableString(input.byline, 'The article byline'),
    published: nullableString(input.published, 'The article publication date'),
  };
}

/** An action on article `key` must come with that same article. */
export function checkArticleMatches(article: ArticleInput, articleKey: string): void {
  if (article.key !== articleKey) {
    fail(`The record belongs to article "${articleKey}" but came with article "${article.key}".`);
  }
}

export function checkSelectors(value: unknown, what: string): TextSelector[] {
  if (!Array.isArray(value)) fail(`${what} must be a list of text selectors.`);
  for (const s of value) {
    if (!isObject(s)) fail(`${what} holds something that is not a selector.`);
    if (s.type === 'TextQuoteSelector') {
      if (typeof s.exact !== 'string' || typeof s.prefix !== 'string' || typeof s.suffix !== 'string') {
        fail(`${what}: a TextQuoteSelector needs exact, prefix and suffix strings.`);
      }
    } else if (s.type === 'TextPositionSelector') {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || (s.start as number) > (s.end as number)) {
        fail(`${what}: a TextPositionSelector needs integer start <= end.`);
      }
    } else {
      fail(`${what}: unknown selector type ${JSON.stringify(s.type)}.`);
    }
  }
  return value as TextSelector[];
}

/** Tags as the user means them: trimmed, no empties, no repeats (first spelling kept). */
export function normalizeTags(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'string')) fail('Tags must be a list of strings.');
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of value as string[]) {
    const tag = raw.trim();
    const folded = tagKey(tag);
    if (tag && !seen.has(folded)) {
      seen.add(folded);
      tags.push(tag);
    }
  }
  return tags;
}

export function checkNote(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') fail('A note must be a string.');
  return value;
}

export function checkColor(value: unknown): HighlightColor {
  if (!isHighlightColor(value)) fail(`Unknown highlight colour ${JSON.stringify(value)}; use one of ${HIGHLIGHT_COLORS.join(', ')}.`);
  return value;
}

export function checkHighlightInput(input: unknown): HighlightInput & { body: { note: string; tags: string[] } } {
  if (!isObject(input)) fail('The highlight is missing.');
  const articleKey = nonEmptyString(input.articleKey, "The highlight's article key");
  if (input.id !== undefined) nonEmptyString(input.id, "The highlight's id");
  const target = input.target;
  if (!isObject(target)) fail('The highlight has no target.');
  if (target.source !== undefined && target.source !== articleKey) {
    fail("The highlight's target source must be its article key.");
  }
  const selector = target.selector;
  if (!isObject(selector) || selector.v !== 1) fail("The highlight's selector must be { v: 1, selectors: [...] }.");
  const selectors = checkSelectors(selector.selectors, "The highlight's selectors");
  if (!selectors.some((s) => s.type === 'TextQuoteSelector' && s.exact.trim() !== '')) {
    fail('A highlight needs a TextQuoteSelector with the highlighted text.');
  }
  const body = input.body;
  if (!isObject(body)) fail('The highlight has no body.');
  return {
    id: input.id as string | undefined,
    articleKey,
    target: { source: articleKey, url: nonEmptyString(target.url, "The highlight's URL"), selector: { v: 1, selectors } },
    body: { color: checkColor(body.color), note: checkNote(body.note), tags: normalizeTags(body.tags) },
  };
}

export function checkHighlightPatch(patch: unknown): HighlightPatch {
  if (!isObject(patch)) fail('The highlight change is missing.');
  const out: HighlightPatch = {};
  if (patch.color !== undefined) out.color = checkColor(patch.color);
  if (patch.note !== undefined) out.note = checkNote(patch.note);
  if (patch.tags !== undefined) out.tags = normalizeTags(patch.tags);
  return out;
}

export function checkClaimStatus(input: unknown): ClaimStatusInput {
  if (!isObject(input)) fail('The claim is missing.');
  if (!isClaimStatus(input.status)) {
    fail(`Unknown claim status ${JSON.stringify(input.status)}; use one of ${CLAIM_STATUSES.join(', ')}.`);
  }
  return {
    id: nonEmptyString(input.id, "The claim's id"),
    articleKey: nonEmptyString(input.articleKey, "The claim's article key"),
    quote: nonEmptyString(input.quote, "The claim's text"),
    speaker: typeof input.speaker === 'string' ? input.speaker : fail("The claim's speaker must be a string."),
    selector: input.selector === undefined ? [] : checkSelectors(input.selector, "The claim's selector"),
    status: input.status,
    note: checkNote(input.note),
  };
}

export function checkReaction(value: unknown): Reaction | null {
  if (value === null) return null;
  if (!isReaction(value)) fail(`Unknown reaction ${JSON.stringify(value)}; use one of ${REACTIONS.join(', ')}, or null.`);
  return value;
}

/** A hostname as the pause switch compares it: lower case, no trailing dot. */
export function normalizeHostname(value: unknown): string {
  const host = nonEmptyString(value, 'A site').trim().toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9.\-:\[\]]+$/.test(host)) fail(`"${String(value)}" is not a hostname (give a name like news.example.com).`);
  return host;
}

export function checkSettingsPatch(patch: unknown): Partial<Settings> {
  if (!isObject(patch)) fail('The settings change is missing.');
  const out: Partial<Settings> = {};
  for (const key of Object.keys(patch)) {
    if (key === 'pausedSites') {
      if (!Array.isArray(patch.pausedSites)) fail('pausedSites must be a list of hostnames.');
      out.pausedSites = [...new Set(patch.pausedSites.map(normalizeHostname))];
    } else if (key === 'storeIncognito') {
      if (typeof patch.storeIncognito !== 'boolean') fail('storeIncognito must be true or false.');
      out.storeIncognito = patch.storeIncognito;
    } else if (key === 'lastBackupAt') {
      const at = patch.lastBackupAt;
      if (at !== null && (typeof at !== 'number' || !Number.isFinite(at) || at < 0)) fail('lastBackupAt must be a time or null.');
      out.lastBackupAt = at;
    } else {
      fail(`Unknown setting "${key}".`);
    }
  }
  return out;
}
