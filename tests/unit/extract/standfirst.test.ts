import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { page } from './helpers';

/**
 * The standfirst (lead, dek, Vorspann) set under the headline in the story's
 * header is the story's opening: kept, before the body, whatever its class.
 * Captions, bylines, dates, the headline said again, a box's heading and
 * other stories' links between headline and body are not.
 */
const URL = 'https://news.example/2025/04/harbour-cranes';
const head = '<title>Harbour cranes to go electric</title><meta property="og:type" content="article">';
const body = `<div class="article-body">
  <p>The port authority said on Monday that the first of the new cranes, built in Rotterdam, would arrive in the autumn and be working by the new year.</p>
  <p>Dock workers, who had asked for quieter machines for years, welcomed the plan, although the union said it wanted to see the shift patterns first.</p>
  <p>The old diesel cranes, some of them forty years old, will be sold to a scrapyard in the north, the authority's spokeswoman, Ines Berg, said.</p></div>`;

function extract(markup: string) {
  const a = extractArticle(page(markup, head), { url: URL })!;
  expect(a.isArticle).toBe(true);
  return a;
}

describe('the standfirst under the headline', () => {
  it('opens the text, before the body, when it sits in a header the body container does not hold', () => {
    const a = extract(`<article><header><h1>Harbour cranes to go electric</h1>
      <p class="Xq7">Die Hafenbehörde ersetzt alle Dieselkräne bis 2027 – the port will be quieter and cleaner, its chief says.</p>
      <div class="byline">By Ana Ruiz</div><time datetime="2025-04-07">7 April 2025</time></header>${body}</article>`);
    expect(a.text.startsWith('Die Hafenbehörde ersetzt alle Dieselkräne bis 2027')).toBe(true);
    expect(a.text).toContain('The port authority said on Monday');
    expect(a.text).not.toContain('By Ana Ruiz');
  });

  it('keeps two or three lead lines of the same kind in a row, and passes over a caption before them', () => {
    const a = extract(`<header class="top"><h1>Harbour cranes to go electric</h1>
      <figure><img src="c.jpg" alt=""><figcaption>A crane at the north quay. Foto: Lena Holm/AP</figcaption></figure>
      <p class="lead">Every diesel crane in the port will be replaced by 2027.</p>
      <p class="lead">The first electric crane arrives in the autumn.</p></header>${body}`);
    expect(a.text).toMatch(/^Every diesel crane in the port will be replaced by 2027\.\s+The first electric crane arrives in the autumn\./);
    expect(a.text).not.toContain('north quay');
  });

  it('is not said twice when the body repeats it as its first paragraph', () => {
    const lead = 'The port authority said on Monday that the first of the new cranes, built in Rotterdam, would arrive in the autumn and be working by the new year.';
    const a = extract(`<header><h1>Harbour cranes to go electric</h1><p class="dek">${lead}</p></header>${body}`);
    expect(a.text.split('The port authority said on Monday').length).toBe(2);
  });

  it('is not the headline said again, a dateline, a box heading or a link to another story', () => {
    const a = extract(`<header><h1>Harbour cranes to go electric</h1>
      <p class="Zk2">Harbour cranes to go electric, port says</p>
      <p class="Zk3">Updated 7 April 2025, 14:02</p>
      <h2 class="Zk4">Trump may have changed his mind</h2>
      <p class="Zk5"><a href="/other">Ferry company loses its licence after a second failed safety inspection this year</a></p></header>${body}`);
    expect(a.text.startsWith('The port authority said on Monday')).toBe(true);
  });

  it('is not taken from a gallery, a sign-up or an author box between headline and body', () => {
    const a = extract(`<h1>Harbour cranes to go electric</h1>
      <div class="carousel-slide"><p>Cranes at the quay in 1985, when the port handled twice as many ships as it does now.</p></div>
      <div class="author-bio"><p>Ana Ruiz has covered the port and its unions for the paper since 2015.</p></div>
      <form><p>I would like to be emailed about offers, events and updates from the paper.</p><input type="email"></form>${body}`);
    expect(a.text.startsWith('The port authority said on Monday')).toBe(true);
  });
});
