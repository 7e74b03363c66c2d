/**
 * Titles without the site's name. Pages append it to `<title>` and often to
 * og:title ("Storm hits coast | The Daily Planet"); it is removed when it
 * matches the site name or the host, or when the page's own headline shows
 * where the story title ends. A colon is never treated as a suffix separator:
 * in headlines it is part of the title ("Zimbabwe coup: Mugabe …").
 */

const SEPARATOR = /\s+(?:[|\-–—·•»«/]|::)\s+/;

function squash(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function matchesSite(part: string, siteName: string | null, host: string | null): boolean {
  const p = squash(part);
  if (!p) return false;
  if (siteName) {
    const s = squash(siteName);
    if (s && (p === s || p.includes(s) || s.includes(p))) return true;
  }
  if (host) {
    const stem = squash(host.replace(/^www\./, '').replace(/\.[a-z.]+$/, ''));
    if (stem && (p === stem || p.includes(stem) || stem.includes(p))) return true;
  }
  return false;
}

export function stripSiteName(title: string, siteName: string | null, host: string | null, headline: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(SEPARATOR);
  if (parts.length < 2) return t;
  const seps = t.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  const join = (from: number, to: number): string => {
    let out = parts[from];
    for (let i = from + 1; i < to; i++) out += seps[i - 1] + parts[i];
    return out;
  };
  if (headline) {
    const h = squash(headline);
    for (let end = parts.length - 1; end >= 1; end--) if (squash(join(0, end)) === h) return join(0, end);
    for (let start = 1; start < parts.length; start++) if (squash(join(start, parts.length)) === h) return join(start, parts.length);
  }
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && matchesSite(parts[to - 1], siteName, host)) to--;
  while (to - from > 1 && matchesSite(parts[from], siteName, host)) from++;
  if (to - from < parts.length) return join(from, to);
  // No known site name: a short last segment after a longer headline is the usual suffix.
  const last = parts[parts.length - 1];
  const head = join(0, parts.length - 1);
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  if (words(last) <= 4 && words(head) >= 3 && head.length > last.length * 2) return head;
  return t;
}

/**
 * The site's name as the window title gives it: the segment after the last
 * separator ("Storm hits coast | The Daily Planet"), when the rest is the
 * headline or longer than it, and it is short enough to be a name.
 */
export function siteFromTitle(title: string, headline: string | null): string | null {
  const t = title.replace(/\s+/g, ' ').trim();
  // "The Space Review: Seeking a bigger role": the name before the headline, a colon between.
  if (headline) {
    const h = squash(headline);
    const m = /^(.{2,40}?)\s*(?::|\s[|\-–—·•»«/]|::)\s+(.+)$/.exec(t);
    if (m && h && squash(m[2]) === h && m[1].split(/\s+/).length <= 5) return m[1].trim();
  }
  // "苏州地铁8号线南段明年6月通车_江南晨报网": Chinese sites join headline and site with an unspaced underscore.
  const underscored = /^(.{6,}?)[_＿]([^_＿\s]{2,16})$/u.exec(t);
  const parts = t.split(SEPARATOR).length >= 2 || !underscored ? t.split(SEPARATOR) : [underscored[1], underscored[2]];
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1].trim();
  const head = parts.slice(0, -1).join(' ');
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  if (!last || words(last) > 5 || last.length > 40) return null;
  if (headline && squash(last) === squash(headline)) return null;
  if (!headline && words(head) < 2) return null;
  return last;
}

/**
 * "Storm hits coast-Politicsㅣ Daily Planet" beside a declared "Storm hits
 * coast": where another title the page declares is the start of this one and
 * a separator follows it (any punctuation, spaced or not, or the Hangul bar
 * "ㅣ" Korean sites use), the rest is a suffix of section and site, however
 * it is written. A longer declared title never shortens to a few words of it.
 */
export function cutToDeclaredHeadline(title: string, declared: readonly string[]): string {
  const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const t = clean(title);
  let best = t;
  for (const d of declared) {
    const h = clean(d);
    if (h.length < 12 || h.length >= best.length || !t.startsWith(h)) continue;
    if (/^\s*[^\p{L}\p{N}\s]|^\s*ㅣ/u.test(t.slice(h.length)) && h.length >= t.length * 0.4) best = h;
  }
  return best;
}
