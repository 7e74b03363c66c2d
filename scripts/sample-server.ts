/**
 * Serves the bundled sample news pages on 127.0.0.1 (never on other
 * interfaces). Tests add routes for page variants (an edited article, a
 * tracking-parameter URL) without writing files.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const SITE_DIR = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'site');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface SampleServer {
  origin: string;
  url: (path: string) => string;
  /** Serve `body` at `path` (exact pathname) instead of a file. */
  route: (path: string, body: string, type?: string) => void;
  /** Every request the server saw, for tests that audit traffic. */
  requests: string[];
  close: () => Promise<void>;
}

export async function startSampleServer(port = 0, siteDir = SITE_DIR): Promise<SampleServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const routed = routes.get(url.pathname);
    if (routed) {
      res.writeHead(200, { 'content-type': routed.type });
      res.end(routed.body);
      return;
    }
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    const file = join(siteDir, relative === '' ? 'index.html' : relative);
    if (!file.startsWith(siteDir)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><p>Not found</p>');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    route: (path, body, type = 'text/html; charset=utf-8') => routes.set(path, { body, type }),
    requests,
    close: () =>
      new Promise<void>((done) => {
        // Browsers keep connections alive; without this, close waits for them.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
