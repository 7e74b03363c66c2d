import { describe, expect, it } from 'vitest';
import { classifyUnreachable, UNREACHABLE_MESSAGES } from '../../../entrypoints/popup/reachability';

describe('why the content script did not answer', () => {
  it('says to reload an ordinary web page (it was open before Newsmark was installed or updated)', () => {
    for (const url of ['https://news.example/2026/11/story', 'http://127.0.0.1:8080/sample-article.html']) {
      expect(UNREACHABLE_MESSAGES[classifyUnreachable(url)]).toBe('Reload this page to use Newsmark');
    }
  });

  it("says it can't read browser pages, web stores and PDF viewers", () => {
    for (const url of [
      undefined,
      'chrome://settings/',
      'about:blank',
      'edge://extensions',
      'chrome-extension://abcdefghijklmnop/popup.html',
      'file:///home/reader/story.html',
      'https://chromewebstore.google.com/detail/xyz',
      'https://chrome.google.com/webstore/detail/xyz',
      'https://addons.mozilla.org/en-US/firefox/addon/xyz/',
      'https://reports.example/annual-report.PDF',
      'not a url',
    ]) {
      expect(UNREACHABLE_MESSAGES[classifyUnreachable(url)], String(url)).toBe("Newsmark can't read this page");
    }
  });
});
