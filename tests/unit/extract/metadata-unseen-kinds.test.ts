/**
 * More of issue 11's kinds of citation-metadata failure, found by sorting the
 * misses on the development sets into kinds. Each block names the kind and
 * holds small pages of our own writing the rule must and must not match; every
 * case goes through extractArticle, the path the content script and the CLI use.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { page } from './helpers';

const PARA = (n: number) =>
  `<p>${'The council voted late on Tuesday to close the old bridge for repairs, and drivers were told to expect long detours. '.repeat(2)} (${n})</p>`;
const STORY = `${PARA(1)}${PARA(2)}${PARA(3)}`;

function meta(head: string, body: string, url = 'https://riverside.example/news/2024/bridge', lang = 'en') {
  const doc = page(body, head);
  doc.documentElement.setAttribute('lang', lang);
  return extractArticle(doc, { url })!;
}
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('authors: a JSON-LD Person given only by its parts', () => {
  it('joins givenName and familyName, given name first, for each person', () => {
    const a = meta(
      ld({
        '@type': 'NewsArticle',
        headline: 'Bridge to close',
        author: [
          { '@type': 'Person', givenName: 'Anna Maria', familyName: 'Lindqvist' },
          { '@type': 'Person', familyName: 'Okafor', givenName: 'Chidi' },
        ],
      }),
      `<h1>Bridge to close</h1>${STORY}`,
    );
    expect(a.authors).toEqual(['Anna Maria Lindqvist', 'Chidi Okafor']);
    expect(a.sources.authors).toBe('json-ld');
  });

  it('still prefers a written name to the parts, and finds nobody in a Person with neither', () => {
    const a = meta(
      ld({ '@type': 'NewsArticle', headline: 'Bridge to close', author: [{ '@type': 'Person', name: 'Dr. Ana Ruiz', givenName: 'Ana', familyName: 'Ruiz' }, { '@type': 'Person', jobTitle: 'Reporter' }] }),
      `<h1>Bridge to close</h1>${STORY}`,
    );
    expect(a.authors).toEqual(['Dr. Ana Ruiz']);
  });
});
