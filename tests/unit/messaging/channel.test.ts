/**
 * A write whose reply was lost because the service worker stopped is neither
 * reported with the browser's raw "message channel closed" text nor stored
 * twice: a message that is safe to send again (its write is idempotent) is
 * sent once more with the same arguments; others say plainly what happened.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The browser's runtime.sendMessage: each call takes the next scripted answer (a value, or an Error to reject with). */
const sent: unknown[] = [];
let answers: unknown[] = [];
const sendMessage = async (message: unknown) => {
  sent.push(message);
  const answer = answers.length > 1 ? answers.shift() : answers[0];
  if (answer instanceof Error) throw answer;
  return answer;
};
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage } } }));
const { sendToBackground } = await import('../../../messaging/channel');

const CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

beforeEach(() => {
  sent.length = 0;
  answers = [];
});

describe('sendToBackground when the service worker stops mid-reply', () => {
  it('sends an idempotent write once more, with the same id, and reports its outcome', async () => {
    const stored = { id: 'c0ffee00-0000-4000-8000-000000000001' };
    answers = [new Error(CLOSED), { ok: true, value: stored }];
    const data = { id: stored.id, article: {} as never, selector: [], color: 'yellow' as const };
    await expect(sendToBackground('highlight.add', data)).resolves.toEqual(stored);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
  });

  it('never shows the raw browser text', async () => {
    const messageOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: Error) => error.message);
    answers = [new Error(CLOSED)];
    const add = await messageOf(sendToBackground('highlight.add', { id: 'x', article: {} as never, selector: [], color: 'yellow' }));
    expect(add).toMatch(/^Newsmark .*nothing will be stored twice/);
    // A delete is not sent twice (its undo token would be lost); it says to check.
    const before = sent.length;
    const del = await messageOf(sendToBackground('highlight.delete', { id: 'x' }));
    expect(del).toMatch(/^Newsmark restarted/);
    expect(sent.length - before).toBe(1);
  });

  it('passes other errors on as they are', async () => {
    answers = [{ ok: false, error: { name: 'StorageFullError', message: 'disk full' } }];
    await expect(sendToBackground('settings.get', undefined)).rejects.toThrow('disk full');
    expect(sent).toHaveLength(1);
  });
});
