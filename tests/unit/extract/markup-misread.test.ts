import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { classAndId } from '../../../core/extract/dom';
import { page } from './helpers';

/**
 * Kind: a real article judged "not an article" because the markup around the
 * story was read as furniture: a class that states a setting of the page
 * ("comments-enabled") taken for the comment box, or the story's panels
 * wrapped in a row-of-controls role (role="tablist").
 */
const paragraphs = `
  <p>The water company will replace every lead pipe in the old town by the end of next year, its chief engineer told the
  council on Thursday, two months after tests at the primary school found levels above the legal limit.</p>
  <p>About 1,400 homes are connected through pipes laid before 1950, and the work will close one street at a time for
  roughly a week, the company said, with bottled water handed out at the town hall while the mains are off.</p>
  <p>"We should have done this ten years ago," said councillor Ines Varga, who asked for the tests after parents
  complained about the taste of the water at the school's drinking fountains.</p>`;
const URL = 'https://news.example/2025/05/lead-pipes-old-town';
const head = '<title>Lead pipes to go by next year</title><meta property="og:type" content="article">';

describe('a class that states a setting of the page is not what the element is', () => {
  it('reads the story in a wrapper classed "comments-enabled"', () => {
    const doc = page(`<div id="content"><div class="article-wrapper">
      <div id="article" class="None comments-enabled"><h1>Lead pipes to go by next year</h1><div class="text">${paragraphs}</div></div>
      </div></div><div class="comments"><p>Reader one: about time, frankly, and who pays for it is the question.</p></div>`, head);
    const a = extractArticle(doc, { url: URL })!;
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('replace every lead pipe in the old town');
    expect(a.text).toContain('said councillor Ines Varga');
    expect(a.text).not.toContain('Reader one');
  });

  it('drops state flags and keeps the words that say what a box is', () => {
    // Must be dropped: settings.
    expect(classAndId(page('<div class="story comments-enabled has-sidebar ads-off comments-open"></div>').body.firstElementChild!)).toBe('story');
    // Must stay: what the element is, and hiding classes.
    for (const cls of ['comments', 'comment-list', 'related-stories', 'ad-slot', 'is-hidden', 'show-comments', 'no-access-comment']) {
      expect(classAndId(page(`<div class="${cls}"></div>`).body.firstElementChild!)).toBe(cls);
    }
  });

  it('still drops a real comment box, and a box of related stories, beside the story', () => {
    const doc = page(`<article class="story">${paragraphs}</article>
      <section class="comments comment-list"><p>Reader two: the pipes on our street were done in 2019 and the taste is still odd.</p></section>
      <div class="related-stories"><p>Another story: the school reopened its fountains this week after new filters were fitted.</p></div>`, head);
    const a = extractArticle(doc, { url: URL })!;
    expect(a.text).toContain('replace every lead pipe');
    expect(a.text).not.toContain('Reader two');
    expect(a.text).not.toContain('Another story');
  });
});

describe('a story inside a role meant for a row of controls', () => {
  it('reads the story whose reading-mode panels sit in role="tablist"', () => {
    const doc = page(`<div class="article"><div class="titles"><h1>Lead pipes to go by next year</h1></div>
      <div class="tab-content" role="tablist"><div class="tab-pane active" id="long-form"><div class="article-content">${paragraphs}</div></div></div></div>`, head);
    const a = extractArticle(doc, { url: URL })!;
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('replace every lead pipe in the old town');
    expect(a.text).toContain('said councillor Ines Varga');
  });

  it('still drops a real tab list and a complementary column beside the story', () => {
    const doc = page(`<div role="tablist"><a role="tab" href="#a">Latest news and the stories everyone is reading</a><a role="tab" href="#b">Most read</a></div>
      <article class="story">${paragraphs}</article>
      <div role="complementary"><p>Live: the mayor will answer readers' questions about the pipes at noon, send yours now.</p></div>`, head);
    const a = extractArticle(doc, { url: URL })!;
    expect(a.text).toContain('replace every lead pipe');
    expect(a.text).not.toContain('Latest news');
    expect(a.text).not.toContain('answer readers');
  });
});

describe('a story whose column is classed as page furniture', () => {
  // The column is "widget" (furniture by its class), so the strict pass is
  // left with the subscription prompt, whose boxes are classed "content":
  // text enough, but no story.
  const paywalled = (column: string) =>
    page(`<div id="page"><div class="content noabo"><div class="text-wrapper"><p>You have no valid subscription.</p>
      <p>See your benefits at a glance <a href="/abo">here</a>.</p>
      <ul><li>Every story on the site</li><li>The e-paper at six</li><li>Fewer adverts</li><li>Cancel at any time</li>
      <li>Read on three devices</li><li>All newsletters</li><li>Puzzles and games</li><li>The archive since 1949</li>
      <li>Events for members</li><li>Gift articles</li></ul><p>Close</p></div></div>
      <main><div id="main" class="${column}"><article class="article">
        <div class="article-headlines"><h1>Lead pipes to go by next year</h1></div>
        <div class="article-img"><img src="pipes.jpg" alt=""><p>Old pipes at the depot on Mill Road. Photo: Archive</p></div>
        <div class="article-text" id="article-content">${paragraphs}</div>
      </article></div></main></div>`, head);

  it('reads the story once the strict pass has found none', () => {
    const a = extractArticle(paywalled('open widget mode-compact'), { url: URL })!;
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('replace every lead pipe in the old town');
    expect(a.text).toContain('said councillor Ines Varga');
    expect(a.text).not.toContain('no valid subscription');
  });

  it('gives the same story when the column is not misnamed', () => {
    const a = extractArticle(paywalled('column'), { url: URL })!;
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('said councillor Ines Varga');
    expect(a.text).not.toContain('no valid subscription');
  });
});
