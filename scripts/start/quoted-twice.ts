/**
 * Two articles of the sample site quoting one speaker in different words ("Ada Okafor" in one, "Ms
 * Okafor" in the other): what the Speakers and Variants views are shown with, by `npm start` and the
 * e2e test. Made from the sample article (tests/fixtures/site) with one paragraph added.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SampleServer } from '../sample-server';

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'site', 'sample-article.html');

export const FIRST_QUOTE = 'The harbour plan is dead and nobody at the council will admit it';
export const SECOND_QUOTE = 'The harbour plan is not dead but nobody at the council will defend it';
export const FIRST_TITLE = 'Harbour master doubts the plan';
export const SECOND_TITLE = 'Council defends harbour plan';

function serve(site: SampleServer, path: string, title: string, paragraph: string): string {
  const html = readFileSync(SAMPLE, 'utf8')
    .replace(/<link rel="canonical"[^>]*>/, '')
    .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '')
    .replaceAll('Varga urges port operators and unions to end weekend stoppages', title)
    .replace(/(<p>Tom Becker, who heads)/, `<p>${paragraph}</p>\n      $1`);
  site.route(path, html);
  return site.url(path);
}

/** Serves both articles; returns their addresses. */
export function serveQuotedTwice(site: SampleServer): { first: string; second: string } {
  return {
    first: serve(site, '/okafor-one.html', FIRST_TITLE, `"${FIRST_QUOTE}," said Ada Okafor, the harbour master.`),
    second: serve(site, '/okafor-two.html', SECOND_TITLE, `"${SECOND_QUOTE}," Ms Okafor said on Tuesday.`),
  };
}
