/**
 * The one HTTP server of the tests and benches: static files from a folder,
 * plus pages held in memory, on 127.0.0.1 only (never on other interfaces).
 * The sample site (npm start, the e2e tests), bench:storage's page and
 * bench:content's pages are all served by it.
 */
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServerOptions {
  /** Folder to serve files from; without one, only routes answer. */
  root?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Sent with every response (bench:content makes its pages cross-origin isolated this way). */
  headers?: OutgoingHttpHeaders;
}

export interface StaticServer {
  origin: string;
  url: (path: string) => string;
  /**
   * Serve `body` at `path` instead of a file, replacing any earlier body.
   * A path ending in `/*` answers every path under it (`/page/*`: `/page/1`, `/page/x`).
   */
  route: (path: string, body: string | Uint8Array, type?: string) => void;
  /** Every request the server saw (path and query), for tests that audit traffic. */
  requests: string[];
  close: () => Promise<void>;
}

const NOT_FOUND = '<!doctype html><title>Not found</title><p>Not found</p>';

export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = options.root === undefined ? undefined : resolve(options.root);
  const extraHeaders = options.headers ?? {};
  const routes = new Map<string, { body: string | Uint8Array; type: string }>();
  const requests: string[] = [];

  function routed(pathname: string) {
    const exact = routes.get(pathname);
    if (exact) return exact;
    for (let cut = pathname.lastIndexOf('/'); cut >= 0; cut = pathname.lastIndexOf('/', cut - 1)) {
      const prefixed = routes.get(`${pathname.slice(0, cut)}/*`);
      if (prefixed) return prefixed;
      if (cut === 0) break;
    }
    return undefined;
  }

  /** The file for a URL path, or null when it would leave the root (`..`, an encoded slash trick). */
  function fileFor(pathname: string): string | null {
    if (!root) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    const file = resolve(root, '.' + (decoded.endsWith('/') ? `${decoded}index.html` : decoded));
    return file === root || file.startsWith(root + sep) ? file : null;
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const hit = routed(url.pathname);
    if (hit) {
      res.writeHead(200, { ...extraHeaders, 'content-type': hit.type });
      res.end(hit.body);
      return;
    }
    const file = fileFor(url.pathname);
    if (!file) {
      res.writeHead(root ? 403 : 404, { ...extraHeaders, 'content-type': 'text/plain' }).end(root ? 'Forbidden' : 'Not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...extraHeaders, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { ...extraHeaders, 'content-type': 'text/html; charset=utf-8' });
      res.end(NOT_FOUND);
    }
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', () => listening());
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`;
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

