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

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: Req<BackgroundProtocol, K>,
): Promise<Res<BackgroundProtocol, K>> {
  const message: WireMessage = { newsmark: 1, type, data };
  return unwrap(await browser.runtime.sendMessage(message)) as Res<BackgroundProtocol, K>;
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
