import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { page } from './helpers';

/**
 * Where the story starts and ends: all of its parts when a site cuts it into
 * sibling boxes, and nothing of the stories around it (a next story appended
 * below, a box of related excerpts, a ticker or a strip of latest stories
 * above the headline).
 */
const URL = 'https://news.example/2025/04/bridge-vote-set-for-may';
const head = '<title>Bridge vote set for May</title><meta property="og:type" content="article">';
const part = (n: number) => `<p>Part ${n}: the council met on Tuesday night, and the mayor, who had promised a decision before the summer,
  said the vote on the new bridge would come in May, once the survey of the riverbed is in.</p>`;
const other = (n: number) => `<p>Other story ${n}: the ferry company, which lost its licence in March, will run a reduced timetable,
  with two crossings a day, until the regulator has looked at its safety record again.</p>`;

function textOf(body: string): string {
  const a = extractArticle(page(body, head), { url: URL })!;
  expect(a.isArticle).toBe(true);
  return a.text;
}

describe('a story split over sibling boxes', () => {
  it('keeps every part when ads and embeds sit between them', () => {
    const text = textOf(`<div class="page"><h1>Bridge vote set for May</h1>
      <div class="story-part">${part(1)}${part(2)}</div>
      <div class="ad-slot"><iframe src="https://ads.example/1"></iframe><span>Advertisement</span></div>
      <div class="story-part">${part(3)}</div>
      <div class="embed-video"><iframe src="https://video.example/2"></iframe></div>
      <div class="story-part">${part(4)}${part(5)}</div>
      <div>${part(6)}</div></div>`);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`Part ${n}:`);
    expect(text).not.toContain('Advertisement');
  });

  it('keeps a part in an unnamed box after a figure', () => {
    const text = textOf(`<main><header><h1>Bridge vote set for May</h1></header>
      <div>${part(1)}${part(2)}${part(3)}</div><div><div id="ad-1"></div></div><div>${part(4)}</div>
      <figure><img src="bridge.jpg" alt=""><figcaption>The old bridge at dusk</figcaption></figure><div>${part(5)}</div></main>`);
    for (const n of [1, 2, 3, 4, 5]) expect(text).toContain(`Part ${n}:`);
    expect(text).not.toContain('The old bridge at dusk');
  });

  it('does not merge a box of related excerpts into the story', () => {
    const teaser = (n: number) => `<div class="teaser"><h3><a href="/s${n}">Ferry timetable cut ${n}</a></h3>${other(n)}</div>`;
    const text = textOf(`<div class="page"><article class="story"><h1>Bridge vote set for May</h1>${part(1)}${part(2)}${part(3)}</article>
      <div class="more-from-the-region">${teaser(1)}${teaser(2)}${teaser(3)}</div></div>`);
    expect(text).toContain('Part 3:');
    expect(text).not.toContain('Other story');
  });
});

describe('the next story appended below the first', () => {
  const next = `<div class="under-article"><article class="article-entity" id="second-article"><h1>Ferry timetable cut</h1>
    ${other(1)}${other(2)}${other(3)}${other(4)}${other(5)}${other(6)}</article></div>`;

  it('keeps only the story under the page headline, even when the next one is longer', () => {
    const text = textOf(`<main id="main"><article class="article-entity" id="main-article"><h1>Bridge vote set for May</h1>
      <div class="bodytext">${part(1)}${part(2)}${part(3)}</div></article>${next}</main>`);
    expect(text).toContain('Part 1:');
    expect(text).toContain('Part 3:');
    expect(text).not.toContain('Other story');
  });

  it('still merges a plain box of prose that continues the story beside it', () => {
    const text = textOf(`<main id="main"><article class="article-entity"><h1>Bridge vote set for May</h1>${part(1)}${part(2)}</article>
      <div class="article-continued">${part(3)}${part(4)}</div></main>`);
    expect(text).toContain('Part 4:');
  });
});

describe('a ticker or a strip of latest stories above the headline', () => {
  it('leaves a breaking-news ticker out of the first paragraph', () => {
    const text = textOf(`<div class="ticker"><span>Breaking</span> <a href="/storm">Storm closes the coast road, ferries cancelled until Friday</a></div>
      <article><h1>Bridge vote set for May</h1>${part(1)}${part(2)}${part(3)}</article>`);
    expect(text.startsWith('Part 1:')).toBe(true);
  });

  it('leaves a strip of latest stories out', () => {
    const text = textOf(`<div class="top"><div class="latest"><a href="/1">Latest: Storm closes the coast road</a>
      <a href="/2">Ferries cancelled until Friday night</a><a href="/3">School reopens after the floods</a></div></div>
      <div class="content"><h1>Bridge vote set for May</h1>${part(1)}${part(2)}${part(3)}</div>`);
    expect(text.startsWith('Part 1:')).toBe(true);
    expect(text).not.toContain('Ferries cancelled');
  });
});

describe('boxes with controls inside the story', () => {
  it('drops a newsletter sign-up, a collapsed summary and a media teaser with their small print', () => {
    const text = textOf(`<article><h1>Bridge vote set for May</h1>${part(1)}
      <div class="nl-box"><p>The Morning: the perfect start to the day with news from the region.</p><input type="email" placeholder="Email">
        <p>We use your sign-up to provide content in ways you have consented to.</p><button>Subscribe</button></div>
      ${part(2)}
      <div class="summary"><button>Short version</button><ul><li>The council met on Tuesday about the bridge.</li><li>The vote is set for May after the survey.</li></ul></div>
      ${part(3)}
      <div class="media"><button aria-label="Play"></button><p>Interview: the engineer who surveyed the old bridge explains the risks.</p></div>
      ${part(4)}</article>`);
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Part ${n}:`);
    expect(text).not.toContain('perfect start to the day');
    expect(text).not.toContain('We use your sign-up');
    expect(text).not.toContain('The council met on Tuesday about the bridge.');
    expect(text).not.toContain('Interview: the engineer');
  });

  it('keeps a section of the story that carries a button among long prose', () => {
    const text = textOf(`<article><h1>Bridge vote set for May</h1>${part(1)}
      <div class="section">${part(2)}${part(3)}${part(4)}<button>Share this section</button></div></article>`);
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Part ${n}:`);
  });
});

describe('labels around the story in other languages', () => {
  it('drops a byline led by the kind of piece, a timestamp line and the author box', () => {
    const text = textOf(`<article><h1>Bridge vote set for May</h1><div class="meta-line">Kommentar von Nicole Weber</div>
      <div class="stamp">28.4.2023 18:41 Uhr</div><div class="stamp">Stand: 22.04.2024, 06:00 Uhr</div>
      ${part(1)}${part(2)}<div class="video-label">02:57 Min. Verfügbar bis 06.05.2024</div>${part(3)}
      <div class="author-container"><div class="author-description"><p>Editor since 2019, writes about health, feminism and inequality.</p></div></div></article>`);
    for (const n of [1, 2, 3]) expect(text).toContain(`Part ${n}:`);
    for (const gone of ['Kommentar von', '18:41', 'Stand:', 'Verfügbar bis', 'Editor since 2019']) expect(text).not.toContain(gone);
  });

  it('keeps a sentence with a time in it and a table of figures', () => {
    const text = textOf(`<article><h1>Bridge vote set for May</h1>${part(1)}<p>At 10:30 the council voted to close the bridge.</p>
      <table><tr><td>HD</td><td>THE HOME DEPOT INC.</td><td>225.86</td><td>-12.99</td></tr></table>${part(2)}
      ${part(3)}</article>`);
    expect(text).toContain('At 10:30 the council voted');
    expect(text).toContain('225.86');
  });
});
