/**
 * The background's door: every message is checked here before a handler
 * sees it. Two kinds of sender:
 * - the extension's own pages (popup, library, the note editor framed in a
 *   tab), recognised by their URL in the extension's origin: they may send
 *   anything the protocol has;
 * - content scripts, which run inside pages a stranger wrote (a page can
 *   drive them, and a compromised renderer can send anything in their name):
 *   they may send only what the content script needs (list, make, recolour,
 *   delete and restore highlights, say which highlight's note to open, ask
 *   whether their own site is paused and whether a canonical is on it, offer
 *   a selection to the add-claim form, send the text and analysis of their
 *   saved article), and only about articles of the site
 *   the sending tab shows. Settings, pauses, article deletes, claims,
 *   corrections, reactions and notes come only from extension pages.
 * Any other sender is refused. Every message's arguments are checked for
 * shape and size first; a refusal is logged with the sender and the reason,
 * and nothing is written.
 */
import type { Runtime } from 'webextension-polyfill';
import { isPartName } from '../content/parts';
import type { Handlers } from '../../messaging/channel';
import type { BackgroundProtocol } from '../../messaging/protocol';
import type { NewsmarkDB } from '../../storage/db';
import { getHighlight } from '../../storage/highlights';
import { recordsFromExport } from '../../storage/import';
import type { ExportLibrary } from '../../core/export/types';
import { InvalidRecordError } from '../../storage/errors';
import { checkCitationPatch } from '../../storage/citation';
import {
  checkArticle,
  checkColor,
  checkHighlightPatch,
  checkNote,
  checkReaction,
  checkSelectors,
  checkSettingsPatch,
  isClaimStatus,
  nonEmptyString,
  normalizeHostname,
  normalizeTags,
} from '../../storage/validate';
import { checkCorrection, checkCorrectionRecord } from '../../storage/corrections-validate';
import { checkPendingClaim } from './door-corrections';
import { LIBRARY_SHAPES } from './door-library';
import { checkSnapshotInput } from '../../storage/snapshots';
import { unwrapAmpCache } from '../../core/article-key';
import { siteOf } from '../../core/site';

/** A message refused at the door. The name survives messaging; the message says why. */
export class RefusedMessageError extends Error {
  name = 'RefusedMessageError';
}

/** Big enough for any note or quote a reader makes; small enough that no message can flood the database. */
export const MAX_MESSAGE_CHARS = 1_000_000;
/**
 * An import carries a whole backup, which must be stored in one transaction (all or nothing), so it
 * cannot be split into messages; extension pages only, and the file was already refused above 32 MB.
 */
const MAX_CHARS: Partial<Record<keyof BackgroundProtocol, number>> = {
  'library.import': 64 * 1024 * 1024,
  // A snapshot's text is cut to a million characters by its sender (core/snapshot/build.ts); its claims and selectors add the rest.
  'article.snapshot': 4 * 1024 * 1024,
};

type Type = keyof BackgroundProtocol;
type Sender = Runtime.MessageSender;

/** What a content script may send. Everything else is for extension pages only. */
const FROM_CONTENT_SCRIPTS = new Set<Type>([
  'highlights.list',
  'highlight.add',
  'highlight.update',
  'highlight.delete',
  'highlight.restore',
  'site.isPaused',
  'site.sameSite',
  'note.open',
  'claim.open',
  'content.loadPart',
  'article.snapshot',
]);

function refuse(reason: string): never {
  throw new InvalidRecordError(reason);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fields(data: unknown): Record<string, unknown> {
  return isObject(data) ? data : refuse('the message has no arguments object.');
}

function id(value: unknown, what: string): string {
  const text = nonEmptyString(value, what);
  return text.length <= 200 ? text : refuse(`${what} is too long.`);
}

/** Shape checks per message, whoever sends it. They throw with what is wrong. */
const SHAPES: { [K in Type]: (data: unknown) => void } = {
  ...LIBRARY_SHAPES,
  'article.save': (d) => void checkArticle(fields(d).article),
  'article.delete': (d) => void nonEmptyString(fields(d).key, 'The article key'),
  'article.setCitation': (d) => {
    const f = fields(d);
    checkArticle(f.article);
    checkCitationPatch(f.patch);
  },
  'article.trash': (d) => void nonEmptyString(fields(d).key, 'The article key'),
  'article.restore': (d) => void nonEmptyString(fields(d).key, 'The article key'),
  'article.snapshot': (d) => {
    const f = fields(d);
    checkArticle(f.article);
    checkSnapshotInput(f.snapshot);
    if (typeof f.refresh !== 'boolean') refuse('refresh must be true or false.');
  },
  'library.import': (d) => void recordsFromExport(fields(d).library as ExportLibrary),
  'highlight.add': (d) => {
    const f = fields(d);
    checkArticle(f.article);
    if (f.id !== undefined) id(f.id, "The highlight's id");
    checkSelectors(f.selector, "The highlight's selectors");
    checkColor(f.color);
    checkNote(f.note);
    normalizeTags(f.tags);
  },
  'highlight.update': (d) => {
    const f = fields(d);
    id(f.id, "The highlight's id");
    checkHighlightPatch(f.patch);
  },
  'highlight.delete': (d) => void id(fields(d).id, "The highlight's id"),
  'highlight.restore': (d) => {
    const f = fields(d);
    id(f.highlightId, "The undo token's highlight id");
    if (typeof f.deletedAt !== 'number' || !Number.isFinite(f.deletedAt)) refuse('The undo token has no deletion time.');
  },
  'highlights.list': (d) => void nonEmptyString(fields(d).articleKey, 'The article key'),
  'claim.setStatus': (d) => {
    const f = fields(d);
    checkArticle(f.article);
    nonEmptyString(f.quote, "The claim's text");
    if (typeof f.speaker !== 'string') refuse("The claim's speaker must be a string.");
    checkSelectors(f.selector, "The claim's selector");
    if (!isClaimStatus(f.status)) refuse(`Unknown claim status ${JSON.stringify(f.status)}.`);
    checkNote(f.note);
  },
  'claims.list': (d) => void nonEmptyString(fields(d).articleKey, 'The article key'),
  'reaction.set': (d) => {
    const f = fields(d);
    checkArticle(f.article);
    checkReaction(f.reaction);
  },
  'settings.get': () => undefined,
  'settings.update': (d) => void checkSettingsPatch(d),
  'site.setPaused': (d) => {
    const f = fields(d);
    normalizeHostname(f.host);
    if (typeof f.paused !== 'boolean') refuse('paused must be true or false.');
  },
  'site.isPaused': (d) => void normalizeHostname(fields(d).host),
  'site.sameSite': (d) => {
    const f = fields(d);
    normalizeHostname(f.page);
    normalizeHostname(f.canonical);
  },
  'correction.put': (d) => {
    const f = fields(d);
    const article = checkArticle(f.article);
    checkCorrection({ ...fields(f.correction), articleKey: article.key });
  },
  'correction.delete': (d) => void id(fields(d).id, "The correction's id"),
  'correction.restore': (d) => void checkCorrectionRecord(d),
  'claim.open': (d) => checkPendingClaim(fields(d)),
  'claim.pending': () => undefined,
  'note.open': (d) => void id(fields(d).id, "The highlight's id"),
  'note.target': () => undefined,
  'note.close': () => undefined,
  'content.loadPart': (d) => {
    if (!isPartName(fields(d).part)) refuse('there is no such part of Newsmark.');
  },
};

type SenderKind = { kind: 'extension-page' } | { kind: 'content-script'; page: URL } | { kind: 'unknown' };

function classify(sender: Sender, extensionOrigin: string): SenderKind {
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  if (sender.tab && /^https?:\/\//i.test(url)) {
    try {
      return { kind: 'content-script', page: new URL(url) };
    } catch {
      return { kind: 'unknown' };
    }
  }
  return { kind: 'unknown' };
}

/** The site an article key or page URL belongs to (an AMP cache URL: its publisher's), or null for what is not a web URL. */
function siteOfKey(key: string): string | null {
  try {
    const u = new URL(key);
    return /^https?:$/.test(u.protocol) ? siteOf(unwrapAmpCache(u).hostname) : null;
  } catch {
    return null;
  }
}

/** The checks a content script's message must pass on top of its shape: it acts on its own site only. */
async function checkContentScript(type: Type, data: unknown, page: URL, db: NewsmarkDB): Promise<void> {
  const site = siteOf(unwrapAmpCache(page).hostname);
  const ownKey = (key: unknown) => {
    if (siteOfKey(String(key)) !== site) refuse(`the article ${JSON.stringify(key)} is not on the sending page's site.`);
  };
  const ownHighlight = async (highlightId: unknown) => {
    const found = await getHighlight(db, String(highlightId));
    if (found) ownKey(found.articleKey);
  };
  const f = data as Record<string, unknown>;
  switch (type) {
    case 'highlights.list':
      return ownKey(f.articleKey);
    case 'highlight.add': {
      const article = f.article as { key: string; url: string };
      ownKey(article.key);
      ownKey(article.url);
      return;
    }
    case 'highlight.update': {
      const patch = f.patch as Record<string, unknown>;
      if (Object.keys(patch).some((k) => k !== 'color')) refuse('a content script may only change a highlight’s colour.');
      return ownHighlight(f.id);
    }
    case 'highlight.delete':
      return ownHighlight(f.id);
    case 'highlight.restore':
      return ownHighlight(f.highlightId);
    case 'note.open':
      return ownHighlight(f.id);
    case 'article.snapshot':
      ownKey((f.snapshot as { url: string }).url);
    // falls through: its article is checked as the add-claim form's is
    case 'claim.open': {
      const article = f.article as { key: string; url: string };
      ownKey(article.key);
      ownKey(article.url);
      return;
    }
    case 'site.isPaused':
      if (normalizeHostname(f.host) !== normalizeHostname(page.hostname)) refuse('a page may only ask about its own site.');
      return;
    default:
      return;
  }
}

function describeSender(sender: Sender): string {
  return sender.url ? `${sender.url}${sender.tab?.id !== undefined ? ` (tab ${sender.tab.id})` : ''}` : 'an unknown sender';
}

export interface DoorOptions {
  /** The extension's own origin with a trailing slash (runtime.getURL('/')). */
  extensionOrigin: string;
  db: NewsmarkDB;
  /** Where refusals are logged (console.warn by default). */
  log?: (message: string) => void;
}

/** `handlers` behind the door: the same protocol, with every message checked first. */
export function guardHandlers(handlers: Handlers<BackgroundProtocol>, options: DoorOptions): Handlers<BackgroundProtocol> {
  const log = options.log ?? ((message: string) => console.warn(message));
  async function admit(type: Type, data: unknown, sender: Sender): Promise<void> {
    try {
      let size: number;
      try {
        size = JSON.stringify(data ?? null).length;
      } catch {
        refuse('its arguments are not plain data.');
      }
      const max = MAX_CHARS[type] ?? MAX_MESSAGE_CHARS;
      if (size > max) refuse(`its arguments are ${size} characters long (at most ${max}).`);
      const from = classify(sender, options.extensionOrigin);
      if (from.kind === 'unknown') refuse('it comes from neither an extension page nor a web page.');
      if (from.kind === 'content-script' && !FROM_CONTENT_SCRIPTS.has(type)) refuse('only the extension’s own pages may send it.');
      SHAPES[type](data);
      if (from.kind === 'content-script') await checkContentScript(type, data, from.page, options.db);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`Newsmark refused a "${type}" message from ${describeSender(sender)}: ${reason}`);
      throw new RefusedMessageError(`Newsmark refused the request: ${reason}`);
    }
  }
  const guarded = {} as Record<Type, (data: unknown, sender: Sender) => Promise<unknown>>;
  for (const type of Object.keys(handlers) as Type[]) {
    const handler = handlers[type] as (data: unknown, sender: Sender) => unknown;
    guarded[type] = async (data, sender) => {
      await admit(type, data, sender);
      return handler(data, sender);
    };
  }
  return guarded as unknown as Handlers<BackgroundProtocol>;
}
