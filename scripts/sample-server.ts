/**
 * The bundled sample news pages (tests/fixtures/site), served by the one
 * static server. Tests add routes for page variants (an edited article, a
 * tracking-parameter URL) without writing files.
 */
import { resolve } from 'node:path';
import { startStaticServer, type StaticServer } from './static-server';

export const SITE_DIR = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'site');

export type SampleServer = StaticServer;

export function startSampleServer(port = 0, siteDir = SITE_DIR): Promise<SampleServer> {
  return startStaticServer({ root: siteDir, port });
}
