import { request } from 'node:http';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server';

/** A raw GET, so paths like /../secret reach the server as sent (fetch would normalise them away). */
function get(server: StaticServer, path: string): Promise<{ status: number; type: string; body: string; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request(`${server.origin}/`, { path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the static server', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-static-'));
    root = join(dir, 'site');
    mkdirSync(join(root, 'news'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<p>front page</p>');
    writeFileSync(join(root, 'news', 'story.html'), '<p>story</p>');
    writeFileSync(join(dir, 'secret.txt'), 'outside the root');
    server = await startStaticServer({ root, headers: { 'cache-control': 'no-store' } });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves files with their type, index.html for /, and the extra headers', async () => {
    expect(await get(server, '/')).toMatchObject({ status: 200, body: '<p>front page</p>', type: 'text/html; charset=utf-8' });
    const story = await get(server, '/news/story.html?utm_source=x');
    expect(story).toMatchObject({ status: 200, body: '<p>story</p>' });
    expect(story.headers['cache-control']).toBe('no-store');
    expect((await get(server, '/news/missing.html')).status).toBe(404);
  });

  it('never serves a file outside its root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/news/..%2f..%2fsecret.txt', '/%E0%A4%A']) {
      const reply = await get(server, path);
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(reply.body).not.toContain('outside the root');
    }
  });

  it('serves routes before files, replaces them, and answers a /prefix/* route for any path under it', async () => {
    server.route('/news/story.html', '<p>edited story</p>');
    expect((await get(server, '/news/story.html')).body).toBe('<p>edited story</p>');
    server.route('/page/*', 'first');
    expect((await get(server, '/page/1')).body).toBe('first');
    server.route('/page/*', 'second');
    expect((await get(server, '/page/a/b')).body).toBe('second');
    expect((await get(server, '/pages/1')).status).toBe(404);
    expect(server.requests).toContain('/news/story.html?utm_source=x');
  });
});
