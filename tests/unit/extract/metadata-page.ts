/**
 * The small story every metadata-kind test wraps its head and byline around: three paragraphs long enough
 * to be read as an article, so what a test varies is only the metadata it is about.
 */
import { extractArticle } from '../../../core/extract/index';
import { page } from './helpers';

export const PARA = (n: number) =>
  `<p>${'The council voted late on Tuesday to close the old bridge for repairs, and drivers were told to expect long detours. '.repeat(2)} (${n})</p>`;
export const STORY = `${PARA(1)}${PARA(2)}${PARA(3)}`;

export function meta(head: string, body: string, url = 'https://riverside.example/news/2024/bridge', lang = 'en') {
  const doc = page(body, head);
  doc.documentElement.setAttribute('lang', lang);
  return extractArticle(doc, { url })!;
}
export const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
