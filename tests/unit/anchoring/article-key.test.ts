import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleKey as keyWith, canonicalHostToCheck } from '../../../core/article-key';
import { sameSite } from '../../../core/site';

const articleKey = (doc: Document | null, url: string) => keyWith(doc, url, sameSite);

function page(head = ''): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body><p>Story</p></body></html>`).document as unknown as Document;
}

describe('articleKey', () => {
  const key = 'https://news.example.com/2024/05/budget-vote';

  it('drops campaign, click and share tracking parameters but keeps real ones', () => {
    expect(articleKey(null, 'https://news.example.com/2024/05/budget-vote?utm_source=x&utm_medium=social&utm_campaign=y')).toBe(key);
    expect(articleKey(null, 'https://news.example.com/2024/05/budget-vote?fbclid=IwAR0abc')).toBe(key);
    expect(articleKey(null, 'https://news.example.com/2024/05/budget-vote?gclid=1&msclkid=2&mc_cid=3&mc_eid=4&igshid=5&_ga=6&ref_src=twsrc')).toBe(key);
    expect(articleKey(null, 'https://news.example.com/story?id=42&utm_source=x')).toBe('https://news.example.com/story?id=42');
  });

  it('drops the fragment', () => {
    expect(articleKey(null, `${key}#comments`)).toBe(key);
  });

  it('normalises host case, default port, www, scheme, trailing slash and parameter order', () => {
    expect(articleKey(null, 'HTTP://WWW.News.Example.com:80/2024/05/budget-vote/')).toBe(key);
    expect(articleKey(null, 'https://news.example.com:443/2024/05/budget-vote')).toBe(key);
    expect(articleKey(null, 'https://news.example.com/s?b=2&a=1')).toBe(articleKey(null, 'https://news.example.com/s?a=1&b=2'));
    expect(articleKey(null, 'https://news.example.com:8080/x')).toBe('https://news.example.com:8080/x');
  });

  it('uses the canonical link, resolved against the page URL', () => {
    const doc = page('<link rel="canonical" href="/2024/05/budget-vote?utm_source=feed">');
    expect(articleKey(doc, 'https://news.example.com/print/8812?x=1')).toBe(key);
    const abs = page('<link rel="Canonical" href="https://news.example.com/2024/05/budget-vote/">');
    expect(articleKey(abs, 'https://www.example.com/print/8812')).toBe(key);
  });

  it("takes a canonical only from the page's own site (registrable domain by the Public Suffix List)", () => {
    const pointsAtArticle = page('<link rel="canonical" href="https://news.example.com/2024/05/budget-vote">');
    // Same registrable domain, other subdomains: one site.
    expect(articleKey(pointsAtArticle, 'https://edition.example.com/x/123')).toBe(key);
    expect(articleKey(pointsAtArticle, 'https://example.com/x/123')).toBe(key);
    // Another site claiming the article's identity gets its own key instead.
    expect(articleKey(pointsAtArticle, 'https://attacker.example.org/copy')).toBe('https://attacker.example.org/copy');
    expect(articleKey(pointsAtArticle, 'https://partner.example.org/syndicated/123?utm_source=x')).toBe(
      'https://partner.example.org/syndicated/123',
    );
    // A public suffix is not a site: example.co.uk and other.co.uk differ; so do two github.io blogs.
    const uk = page('<link rel="canonical" href="https://www.example.co.uk/news/1">');
    expect(articleKey(uk, 'https://www.other.co.uk/news/1')).toBe('https://other.co.uk/news/1');
    expect(articleKey(uk, 'https://live.example.co.uk/news/1')).toBe('https://example.co.uk/news/1');
    const blog = page('<link rel="canonical" href="https://victim.github.io/post">');
    expect(articleKey(blog, 'https://attacker.github.io/post')).toBe('https://attacker.github.io/post');
    // Hosts with no registrable domain (IP addresses, localhost) are only the same site as themselves.
    const local = page('<link rel="canonical" href="http://127.0.0.1:8080/article">');
    expect(articleKey(local, 'http://localhost:8080/evil')).toBe('https://localhost:8080/evil');
    expect(articleKey(local, 'http://127.0.0.1:8080/print/article')).toBe('https://127.0.0.1:8080/article');
  });

  it('asks about a canonical on another host only; www, amp and mobile hosts are the same site without asking', () => {
    const doc = page('<link rel="canonical" href="https://www.example.com/story">');
    expect(canonicalHostToCheck(doc, 'https://edition.example.com/story')).toEqual({ page: 'edition.example.com', canonical: 'www.example.com' });
    expect(canonicalHostToCheck(doc, 'https://m.example.com/story')).toBeNull();
    expect(canonicalHostToCheck(doc, 'https://example.com/print/story')).toBeNull();
    // Without an answer (a SameSite that says no), the page keys as itself.
    expect(keyWith(doc, 'https://edition.example.com/story?utm_source=x', () => false)).toBe('https://edition.example.com/story');
    expect(keyWith(doc, 'https://m.example.com/print', () => false)).toBe('https://example.com/story');
  });

  it("maps an AMP cache page to its publisher only when the cache's host names that publisher", () => {
    const forged = 'https://attacker-example-org.cdn.ampproject.org/c/s/news.example.com/2024/05/budget-vote';
    expect(articleKey(null, forged)).not.toBe(key);
    expect(articleKey(null, 'https://news-example-com.bing-amp.com/c/s/news.example.com/2024/05/budget-vote')).toBe(key);
  });

  it('ignores a canonical that names a home page or nonsense', () => {
    const url = 'https://news.example.com/2024/05/budget-vote?utm_source=x';
    expect(articleKey(page('<link rel="canonical" href="https://other.example.net/">'), url)).toBe(key);
    expect(articleKey(page('<link rel="canonical" href="https://news.example.com/">'), url)).toBe(key);
    expect(articleKey(page('<link rel="canonical" href="{{canonical_url}}">'), url)).toBe(key);
    expect(articleKey(page('<link rel="canonical" href="undefined">'), url)).toBe(key);
    expect(articleKey(page('<link rel="canonical" href="http://localhost:3000/2024/05/budget-vote">'), url)).toBe(key);
    expect(articleKey(page('<link rel="canonical" href="javascript:void(0)">'), url)).toBe(key);
  });

  it('maps AMP pages to their canonical article', () => {
    const amp = page('<link rel="canonical" href="https://news.example.com/2024/05/budget-vote">');
    expect(articleKey(amp, 'https://news.example.com/amp/2024/05/budget-vote')).toBe(key);
    expect(articleKey(amp, 'https://news-example-com.cdn.ampproject.org/c/s/news.example.com/amp/2024/05/budget-vote')).toBe(key);
  });

  it('maps AMP URLs without a canonical to the article', () => {
    expect(articleKey(null, 'https://news.example.com/amp/2024/05/budget-vote')).toBe(key);
    expect(articleKey(null, 'https://news.example.com/2024/05/budget-vote/amp/')).toBe(key);
    expect(articleKey(null, 'https://news.example.com/2024/05/budget-vote?amp=1')).toBe(key);
    expect(articleKey(null, 'https://news.example.com/2024/05/budget-vote?outputType=amp')).toBe(key);
    expect(articleKey(null, 'https://amp.news.example.com/2024/05/budget-vote')).toBe(key);
    expect(articleKey(null, 'https://news.example.com/2024/05/budget-vote.amp')).toBe(key);
    expect(articleKey(null, 'https://news-example-com.cdn.ampproject.org/c/s/news.example.com/2024/05/budget-vote?amp')).toBe(key);
  });

  it('maps mobile hosts to the main site', () => {
    expect(articleKey(null, 'https://m.news.example.com/2024/05/budget-vote')).toBe(key);
    expect(articleKey(null, 'https://mobile.news.example.com/2024/05/budget-vote')).toBe(key);
    expect(articleKey(null, 'https://m.example.co.uk/news/1')).toBe(articleKey(null, 'https://www.example.co.uk/news/1'));
  });

  it('keeps different articles apart', () => {
    expect(articleKey(null, 'https://news.example.com/a')).not.toBe(articleKey(null, 'https://news.example.com/b'));
    expect(articleKey(null, 'https://news.example.com/story?id=1')).not.toBe(articleKey(null, 'https://news.example.com/story?id=2'));
    expect(articleKey(null, 'https://news.example.com/Story')).not.toBe(articleKey(null, 'https://news.example.com/story'));
  });

  it('answers for non-web and unparseable URLs without throwing', () => {
    expect(articleKey(null, 'file:///home/me/page.html#x')).toBe('file:///home/me/page.html');
    expect(articleKey(null, 'not a url#frag')).toBe('not a url');
  });
});
