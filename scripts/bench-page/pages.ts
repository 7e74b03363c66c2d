/**
 * The pages bench:page loads, all of our own making so anyone can rebuild
 * them: each stands for a kind of page the content script meets in the wild
 * (a giant text block, a giant article, a page that rewrites itself, one
 * whose content arrives late among constant changes, one that grows as the
 * reader scrolls). The text is generated from small word lists with a fixed
 * seed, so every run loads the same bytes.
 *
 * Every page carries the same probe: a 10 ms interval that records the
 * largest gap between its firings (the page's own view of how long its main
 * thread was held), read back by the bench as `window.__benchGap`.
 */
import { seededRandom } from '../lib/seeded-random';

export interface GeneratedPage {
  id: string;
  /** What the page is, in a few words, for the report. */
  about: string;
  html: string;
  /** After load, what the bench does to the page while it watches (scrolling, for the infinite feed). */
  drive?: 'scroll';
}

const FIRST = ['Maria', 'Jonas', 'Amira', 'Tomas', 'Helena', 'Ravi', 'Ingrid', 'Kwame', 'Lucia', 'Oren', 'Sofia', 'Pavel'];
const LAST = ['Lopez', 'Berg', 'Haddad', 'Novak', 'Varga', 'Menon', 'Lund', 'Mensah', 'Ferri', 'Katz', 'Moreau', 'Duda'];
const ROLES = ['the transport minister', 'a union spokesperson', 'the council leader', 'the port director', 'an analyst at the bank'];
const WORDS =
  'the council port union said would plan budget week vote strike talks ministry harbour cargo ships workers season contract offer proposal pay hours berth terminal schedule review report inquiry safety record public money'.split(
    ' ',
  );

function phrase(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

function person(rand: () => number): string {
  return `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`;
}

/** One paragraph of reported news with a quote or two, as a news site would mark it up (links, emphasis). */
function newsParagraph(rand: () => number, n: number): string {
  const who = person(rand);
  const role = ROLES[Math.floor(rand() * ROLES.length)];
  const kind = n % 3;
  if (kind === 0)
    return `<p>"${phrase(rand, 12)}," said <a href="/people/${n}">${who}</a>, ${role}. <em>${phrase(rand, 8)}</em> and <span class="c">${phrase(rand, 10)}</span>.</p>`;
  if (kind === 1)
    return `<p><a href="/people/${n}">${who}</a> told reporters that ${phrase(rand, 14).toLowerCase()}. <span class="c">${phrase(rand, 9)}</span>, <b>${phrase(rand, 4)}</b>.</p>`;
  return `<p>${phrase(rand, 11)}. <span>${who}</span>, ${role}, said: "${phrase(rand, 13)}." <a href="/topic/${n}">${phrase(rand, 3)}</a></p>`;
}

const PROBE = `<script>
(() => {
  let last = performance.now();
  window.__benchGap = 0;
  setInterval(() => {
    const t = performance.now();
    window.__benchGap = Math.max(window.__benchGap, t - last);
    last = t;
  }, 10);
})();
</script>`;

function shell(title: string, body: string, extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta name="author" content="Bench Desk">${extraHead}${PROBE}</head>
<body><header><nav><a href="/">Bench Ledger</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Bench Desk</p>${body}</article></main>
<footer><p>Bench Ledger, all rights reserved.</p></footer></body></html>`;
}

/** A text dump: one `<pre>` of quote-like lines, `bytes` long (a transcript, a log of statements). */
export function prePage(bytes = 2_000_000): GeneratedPage {
  const rand = seededRandom(7);
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const line = n % 2 ? `${person(rand)} said: "${phrase(rand, 9)}."` : `"${phrase(rand, 8)}," ${person(rand)} said.`;
    lines.push(line);
    size += line.length + 1;
  }
  return { id: 'pre-2mb', about: `one <pre> of ${lines.length} quote-like lines, ${(size / 1e6).toFixed(1)} MB`, html: shell('Statements on the port dispute, full transcript', `<pre>${lines.join('\n')}</pre>`) };
}

/** A giant article: ~5 MB of marked-up paragraphs (about 117k elements, thousands of claims). */
export function hugeArticlePage(bytes = 5_000_000): GeneratedPage {
  const rand = seededRandom(11);
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  for (; size < bytes; n++) {
    // Paragraphs in sections, as long reads are laid out.
    const p = (n % 12 === 0 ? `<h2>${phrase(rand, 5)}</h2>` : '') + `<div class="para-wrap"><div class="inner">${newsParagraph(rand, n)}</div></div>`;
    parts.push(p);
    size += p.length;
  }
  return { id: 'article-5mb', about: `${n} paragraphs, ${(size / 1e6).toFixed(1)} MB of markup`, html: shell('The port dispute: the whole story', parts.join('\n')) };
}

/** An ordinary article of `paragraphs` paragraphs. */
function articleBody(seed: number, paragraphs: number): string {
  const rand = seededRandom(seed);
  return Array.from({ length: paragraphs }, (_, n) => newsParagraph(rand, n)).join('\n');
}

/** A paragraph the page re-renders every 100 ms with the same text (a framework re-rendering, hydration). */
export function rerenderPage(): GeneratedPage {
  const body = `<div id="live">${articleBody(3, 1)}</div>\n${articleBody(4, 30)}`;
  const script = `<script>
const live = document.getElementById('live');
const html = live.innerHTML;
setInterval(() => { live.innerHTML = html; }, 100);
</script>`;
  return { id: 'rerender-100ms', about: 'an article whose first paragraph is rewritten (innerHTML) every 100 ms', html: shell('Council backs the harbour plan', body + script) };
}

/** A clock and a ticker changing all the time, and the article's second half arriving 1.5 s after load. */
export function tickerPage(): GeneratedPage {
  const late = articleBody(6, 20);
  const body = `<div id="clock" aria-live="off"></div><div id="ticker"></div><div class="article-body">${articleBody(5, 10)}</div>
<script>
const clock = document.getElementById('clock');
const ticker = document.getElementById('ticker');
let i = 0;
setInterval(() => { clock.textContent = new Date().toISOString(); }, 200);
setInterval(() => { ticker.textContent = 'Markets: index ' + (1000 + (i++ % 97)) + ' points'; }, 300);
setTimeout(() => document.querySelector('.article-body').insertAdjacentHTML('beforeend', ${JSON.stringify(late)}), 1500);
</script>`;
  return { id: 'ticker-late', about: 'clock every 200 ms, ticker every 300 ms, 20 more paragraphs 1.5 s after load', html: shell('Strike talks resume at the port', body) };
}

/** An infinite feed: 10 paragraphs per screen, 10 more each time the reader nears the bottom (up to 30 screens). */
export function infiniteScrollPage(): GeneratedPage {
  const screens = Array.from({ length: 30 }, (_, s) => articleBody(100 + s, 10));
  const body = `<div class="article-body" id="feed">${screens[0]}</div>
<script>
const screens = ${JSON.stringify(screens)};
let next = 1;
addEventListener('scroll', () => {
  if (next >= screens.length) return;
  if (innerHeight + scrollY < document.body.scrollHeight - 800) return;
  document.getElementById('feed').insertAdjacentHTML('beforeend', screens[next++]);
}, { passive: true });
</script>`;
  return { id: 'infinite-scroll', about: '10 paragraphs, 10 more each time the reader scrolls near the bottom', html: shell('Live: the port dispute, day by day', body), drive: 'scroll' };
}

export function allPages(): GeneratedPage[] {
  return [prePage(), hugeArticlePage(), rerenderPage(), tickerPage(), infiniteScrollPage()];
}
