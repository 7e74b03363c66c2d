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
