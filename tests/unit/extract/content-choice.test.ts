import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parse } from './helpers';

describe('choosing the content of a page cut into many small boxes', () => {
  it('takes every box when no single one holds most of the prose', () => {
    const card = (name: string) => `<li class="feature"><h3>${name}</h3>
      <p>The ${name.toLowerCase()} lets you look inside the page while it runs, change what you see and keep the changes.</p>
      <a href="/docs/${name.toLowerCase()}">Learn more about ${name}</a></li>`;
    const html = `<!DOCTYPE html><html><head><title>Tools for builders</title></head><body>
      <nav><a href="/">Home</a> <a href="/download">Download</a></nav>
      <main>
        <section class="intro"><header><p>Get to know the tools that make the browser the one for building the web.</p></header>
          <ul class="features">${card('Inspector')}${card('Console')}</ul>
          <div class="notice"><h4>Important: sync your profile</h4><p>The edition comes with a new profile, so sign in to bring your bookmarks, history and saved passwords along with you.</p>
          <p>Your old profile stays where it was, and you can switch back to it at any time from the profile manager.</p></div></section>
        <section class="more"><div class="container"><header><h2>Features and tools</h2></header>
          <ul class="features">${card('Debugger')}${card('Network monitor')}${card('Style editor')}${card('Profiler')}</ul></div></section>
      </main>
      <footer><p>Content available under a licence, with a long line of legal small print under it.</p></footer></body></html>`;
    const a = extractArticle(parse(html), { url: 'https://tools.example/developer/' })!;
    for (const part of ['The inspector lets you', 'sign in to bring your bookmarks', 'The debugger lets you', 'The profiler lets you']) {
      expect(a.text).toContain(part);
    }
    expect(a.text).not.toContain('legal small print');
  });

  it('keeps the header of a content section of the page content, drops the page masthead', () => {
    const card = (name: string) => `<li><h3>${name}</h3><p>The ${name.toLowerCase()} lets you look inside the page while it runs, change what you see and keep the changes.</p></li>`;
    const html = `<!DOCTYPE html><html><head><title>Tools for builders</title></head><body>
      <header><a href="/">Home</a> <p>The browser made for the people who build the web, every day.</p></header>
      <main><section class="intro"><header><p>Get to know the tools that make the browser the one for building the web.</p></header>
        <ul class="features">${card('Inspector')}${card('Console')}${card('Debugger')}</ul></section></main></body></html>`;
    const a = extractArticle(parse(html), { url: 'https://tools.example/developer/' })!;
    expect(a.text).toContain('Get to know the tools');
    expect(a.text).toContain('The debugger lets you');
    expect(a.text).not.toContain('made for the people who build the web');
  });
});

describe('a short story above a box of longer excerpts from other posts', () => {
  // Each excerpt is about as long as the story, and there are four of them:
  // on length alone the box of other posts outscores the story.
  const excerpt = (n: number) => `<article class="post teaser post-${n}"><p>Excerpt ${n}: the river rose through the night, and by morning the lower town,
    its bakery, its school and the old stone bridge, stood in brown water while neighbours, volunteers and the fire crew carried
    what they could up the hill, a chair, a cage of hens, a box of photographs, before the next wave of rain came in …</p></article>`;
  const page = (storyWrapper: string, close: string) => `<!DOCTYPE html><html><head><title>The ferry returns to the island</title></head><body>
    <div id="primary">
      ${storyWrapper}<h1>The ferry returns to the island</h1>
        <p>After two winters without a crossing, the ferry came back to the island on Monday, with a new hull, a new captain and,
        for the first time, room for bicycles on the lower deck. The first trip took forty minutes, and the harbour master said
        the timetable would stay as it was until the spring, when an evening crossing is to be added for workers on the mainland.</p>
      ${close}
      <article class="post related"><h3>You may also like</h3>${[1, 2, 3, 4].map(excerpt).join('')}</article>
    </div></body></html>`;

  it('keeps the story that holds the headline, not the other posts beside it', () => {
    const a = extractArticle(parse(page('<article class="post">', '</article>')), { url: 'https://news.example/ferry' })!;
    expect(a.text).toContain('the ferry came back to the island on Monday');
    expect(a.text).not.toContain('Excerpt 1');
    expect(a.text).not.toContain('Excerpt 4');
  });

  it('takes a schema.org article container as the story as well', () => {
    const a = extractArticle(parse(page('<div itemscope itemtype="http://schema.org/BlogPosting">', '</div>')), { url: 'https://news.example/ferry' })!;
    expect(a.text).toContain('the ferry came back to the island on Monday');
    expect(a.text).not.toContain('Excerpt 2');
  });
});

describe('boxes that score by their class words alone', () => {
  // A headline box, a picture box and a prompt box each hold one short line
  // and a class that says "article" or "content": near the story's score on
  // class words alone, but none of them is a part of the story, so the
  // choice must not widen to the ancestor they share with it (the whole page).
  const html = `<!DOCTYPE html><html><head><title>Night buses return</title><meta property="og:type" content="article"></head><body>
    <div id="page"><div class="content prompt"><p>Get the app for the best way to read the news today.</p></div>
    <div class="menu-wrap"><a href="/a">Politics</a> <a href="/b">Sport</a> <a href="/c">Culture</a> <a href="/d">Weather</a> <a href="/e">Travel</a></div>
    <div class="layout"><div class="article-headlines"><h1>Night buses return</h1><p>The city brings back its night routes from June.</p></div>
      <div class="article-img"><img src="bus.jpg" alt=""><p>A night bus at the central station before the cuts.</p></div>
      <div class="article-text"><p>Night buses will run again from the first of June on four routes that were cut two years ago.</p>
      <p>The transport board found the money in savings on fuel and says the buses will leave every half hour.</p>
      <p>Workers on late shifts asked for the routes back in a petition signed by three thousand people.</p></div></div>
    <div class="footer-links"><a href="/1">Imprint</a> <a href="/2">Privacy</a> <a href="/3">Contact</a> <a href="/4">Jobs</a></div></div></body></html>`;

  it('keeps the story and leaves the prompt and the menu out', () => {
    const a = extractArticle(parse(html), { url: 'https://city.example/2025/night-buses' })!;
    expect(a.text).toContain('Night buses will run again from the first of June');
    expect(a.text).toContain('signed by three thousand people');
    expect(a.text).not.toContain('Get the app');
    expect(a.text).not.toContain('Imprint');
  });
});
