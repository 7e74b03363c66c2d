/**
 * A small typed wrapper over runtime/tabs messaging. Every reply is an
 * envelope, so a handler's error (a full disk, say) arrives with its own name
 * and message rather than as a closed port.
 */
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type {
  BackgroundProtocol,
  ContentProtocol,
  Req,
  Res,
  WireMessage,
  WireReply,
} from './protocol';

export class MessageError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export type Handlers<P> = {
  [K in keyof P]: (data: Req<P, K>, sender: Runtime.MessageSender) => Promise<Res<P, K>> | Res<P, K>;
};

function isWireMessage(value: unknown): value is WireMessage {
  return typeof value === 'object' && value !== null && (value as WireMessage).newsmark === 1;
}

function unwrap(reply: unknown): unknown {
  const envelope = reply as WireReply | undefined;
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
    throw new MessageError('NoReceiver', 'Nobody answered the message.');
  }
  if (envelope.ok) return envelope.value;
  throw new MessageError(envelope.error.name, envelope.error.message);
}

function listen<P>(handlers: Partial<Handlers<P>>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isWireMessage(message)) return undefined;
    const handler = (handlers as Record<string, Handlers<P>[keyof P] | undefined>)[message.type];
    // Not ours to answer: returning undefined lets another context reply.
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message.data as never, sender))
      .then(
        (value): WireReply => ({ ok: true, value }),
        (error: unknown): WireReply => ({
          ok: false,
          error: {
            name: error instanceof Error ? error.name : 'Error',
            message: error instanceof Error ? error.message : String(error),
          },
        }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function handleBackgroundMessages(handlers: Handlers<BackgroundProtocol>): () => void {
  return listen<BackgroundProtocol>(handlers);
}

export function handleContentMessages(handlers: Partial<Handlers<ContentProtocol>>): () => void {
  return listen<ContentProtocol>(handlers);
}

/**
 * What the browser says when the service worker stopped (or restarted) after
 * taking a message and before replying: the write may well have happened.
 */
const CHANNEL_CLOSED = /message (?:channel|port) closed|Receiving end does not exist|Could not establish connection/i;

function isChannelClosed(error: unknown): boolean {
  return error instanceof Error && CHANNEL_CLOSED.test(error.message);
}

/**
 * Messages whose second delivery changes nothing: reads, puts, and
 * highlight.add (idempotent on its client-made id). A delete or restore sent
 * twice would lose its undo token, so those are not resent.
 */
const SAFE_TO_RESEND: ReadonlySet<keyof BackgroundProtocol> = new Set<keyof BackgroundProtocol>([
  'article.save',
  'highlight.add',
  'highlight.update',
  'highlights.list',
  'claim.setStatus',
  'claims.list',
  'correction.put',
  'claim.open',
  'claim.pending',
  'reaction.set',
  'settings.get',
  'settings.update',
  'site.setPaused',
  'site.isPaused',
  'site.sameSite',
]);

/**
 * Sends to the background. When the service worker stops before replying,
 * a message that is safe to resend is sent once more with the same arguments,
 * so its outcome is known; otherwise (or if that fails the same way) the
 * reader gets a sentence, not the browser's "message channel closed".
 */
export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: Req<BackgroundProtocol, K>,
): Promise<Res<BackgroundProtocol, K>> {
  const message: WireMessage = { newsmark: 1, type, data };
  const send = async () => unwrap(await browser.runtime.sendMessage(message)) as Res<BackgroundProtocol, K>;
  try {
    return await send();
  } catch (error) {
    if (!isChannelClosed(error)) throw error;
    if (!SAFE_TO_RESEND.has(type)) {
      throw new MessageError('Restarted', 'Newsmark restarted before it could confirm this. Check whether it took effect, then try again.');
    }
    try {
      return await send();
    } catch (again) {
      if (!isChannelClosed(again)) throw again;
      throw new MessageError('Restarted', 'Newsmark was restarting and could not confirm this. Try again: nothing will be stored twice.');
    }
  }
}

/** Sends to the top frame of a tab: the article lives there, not in ad iframes. */
export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  data: Req<ContentProtocol, K>,
): Promise<Res<ContentProtocol, K>> {
  const message: WireMessage = { newsmark: 1, type, data };
  return unwrap(await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as Res<ContentProtocol, K>;
}
