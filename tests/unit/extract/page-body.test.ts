import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parse } from './helpers';

/**
 * Kind: a real article judged "not an article" because the parser outside
 * the browser put the page's body where `document.body` does not look. Pages
 * whose only `<html>` start tags sit inside IE conditional comments are
 * common on older templates; linkedom then leaves `document.body` empty and
 * hangs the real `<body>` on the document itself.
 */
const story = `<article><h1>Harbour wall to be rebuilt before winter</h1>
  <p>The council approved the money for the harbour wall on Tuesday night, after a storm in March tore a gap of
  twelve metres into the old stone and left the fishing boats without shelter for the rest of the season.</p>
  <p>Work is to start in August, the harbour master said, and the crews will use the granite from the quarry on the
  hill, as the builders of the first wall did, so that the new stretch weathers the same way as the rest.</p>
  <p>"We have waited long enough," said Mara Lind, who runs the boatyard, adding that two families had already sold
  their boats because they could not moor them safely through another winter.</p></article>`;

const ieComments = (body: string) => `<!DOCTYPE html><!--[if lte IE 9]> <html lang="en" class="lte-ie9"> <![endif]-->
<!--[if gt IE 9]> <html lang="en" class="no-js"> <![endif]--><head><meta charset="utf-8"><title>Harbour wall to be rebuilt</title>
<meta property="og:type" content="article"></head><body class="module"><header><a href="/">Home</a></header>${body}</body></html>`;

describe('a page whose only <html> tags are inside conditional comments', () => {
  it('finds the story in the body the parser hung beside the document element', () => {
    const a = extractArticle(parse(ieComments(story)), { url: 'https://news.example/harbour-wall' })!;
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('The council approved the money for the harbour wall');
    expect(a.text).toContain('"We have waited long enough," said Mara Lind');
  });

  it('still reads a well-formed page from its own body', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour wall</title></head><body><nav><a href="/">Home</a></nav>${story}</body></html>`;
    const a = extractArticle(parse(html), { url: 'https://news.example/harbour-wall' })!;
    expect(a.text).toContain('The council approved the money');
    expect(a.text).not.toContain('Home');
  });
});
