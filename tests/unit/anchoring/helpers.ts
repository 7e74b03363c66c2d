import { parseHTML } from 'linkedom';

/** A linkedom document (Node has no DOM of its own). */
export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A small news page; paragraphs are given as HTML so tests can vary markup. */
export function newsPage(paragraphs: string[], indent = '\n      '): string {
  return `<!doctype html><html><head><title>T</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <article><h1>Parliament passes the budget after a long night</h1>${paragraphs
      .map((p) => `${indent}<p>${p}</p>`)
      .join('')}
    <script>window.__state = {"headline": "Parliament passes the budget"};</script>
    </article><footer>© Example News</footer></body></html>`;
}

export const PARAGRAPHS = [
  'The finance minister said the budget would <em>raise spending on schools</em> by four percent next year.',
  'Opposition leaders called the plan unrealistic and warned that borrowing costs would climb.',
  'After eleven hours of debate, the chamber approved the bill by 212 votes to 190.',
  'Economists at the central bank said the figures were broadly in line with their forecasts.',
  'The vote clears the way for the new tax on sugary drinks, which takes effect in March.',
];
