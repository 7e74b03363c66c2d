/**
 * One key per article, whatever URL it was reached by: everything stored about
 * an article (highlights, claims' statuses, reactions) is keyed by it.
 *
 * The page's own canonical link wins when it is usable and on the same site
 * as the page (same registrable domain by the Public Suffix List, see
 * core/site.ts; an AMP cache page counts as the publisher's URL it names).
 * A canonical on another site never counts: otherwise any page could claim an
 * article's identity and be shown, and handed, the reader's highlights and
 * notes on it. Syndicated copies on partner sites are therefore their own
 * articles. Otherwise the URL is cleaned of what varies between visits to the same article (tracking
 * parameters, fragment) and of AMP/mobile variants. Both go through the same
 * normalisation so that a page with a canonical and a copy without one meet.
 *
 * The key is an identity, not a link to follow: it uses https, drops "www.",
 * sorts query parameters and drops a trailing slash, because none of those
 * tell two articles apart on real sites but each splits one article in two.
 */

/**
 * Whether two hosts are one site. core/site.ts answers by the Public Suffix
 * List; the content script asks the background instead of carrying the list
 * (about 280 kB of source) into every page.
 */
export type SameSite = (a: string, b: string) => boolean;

/** Query parameters that identify a click, a campaign or a share, never the content. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'igsh', 'mc_cid', 'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi',
  'hsctatracking', 'ref_src', 'ref_url', 's_cid', 'cmpid', 'icid', 'ocid', 'ncid', 'smid', 'smtyp',
  'cmp', 'xtor', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'sr_share', 'spm',
  'ito', 'wt.mc_id', 'wt_mc_id', 'vero_id', 'oly_enc_id', 'oly_anon_id', 'rb_clickid', '__twitter_impression',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_'];

/** Parameters that only ask for the AMP rendering of the same article. */
function isAmpParam(name: string, value: string): boolean {
  const v = value.toLowerCase();
  if (name === 'amp') return v === '' || v === '1' || v === 'true' || v === 'yes';
  return (name === 'outputtype' || name === 'output' || name === 'format') && v === 'amp';
}

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

function isWebUrl(u: URL): boolean {
  return u.protocol === 'http:' || u.protocol === 'https:';
}

function isLocalHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.startsWith('127.') ||
    host === '0.0.0.0' ||
    host === '[::1]'
  );
}

/** The AMP caches whose URLs name the publisher's page: Google's and Bing's. */
const AMP_CACHE_SUFFIXES = ['.cdn.ampproject.org', '.bing-amp.com'];

/**
 * The cache's subdomain for a publisher host: "-" doubled, "." turned into "-"
 * (www.site.com -> www-site-com). Caches fall back to a hash for names that
 * do not fit; those pages are keyed as themselves.
 */
function ampCacheSubdomain(host: string): string {
  return host.toLowerCase().replace(/-/g, '--').replace(/\./g, '-');
}

/**
 * AMP cache URLs (https://www-site-com.cdn.ampproject.org/c/s/www.site.com/path)
 * name the publisher's URL. Only when the cache's subdomain is the one made
 * from that publisher's host: a cache URL naming another host in its path is
 * not taken at its word.
 */
export function unwrapAmpCache(u: URL): URL {
  const suffix = AMP_CACHE_SUFFIXES.find((s) => u.hostname.endsWith(s));
  if (!suffix) return u;
  const m = /^\/[cvi]\/(s\/)?([^/]+)(\/.*)?$/.exec(u.pathname);
  if (!m) return u;
  try {
    const publisher = new URL(`${m[1] ? 'https' : 'http'}://${m[2]}${m[3] ?? '/'}${u.search}`);
    const subdomain = u.hostname.slice(0, -suffix.length);
    return subdomain === ampCacheSubdomain(publisher.hostname) ? publisher : u;
  } catch {
    return u;
  }
}

/** The AMP and mobile variants' hosts and paths, mapped to the main site's. */
function stripVariants(u: URL): void {
  u.hostname = u.hostname.replace(/^(?:amp|m|mobile)\./, '');
  const segments = u.pathname.split('/');
  const kept = segments.filter((s, i) => i === 0 || s.toLowerCase() !== 'amp');
  let path = kept.join('/') || '/';
  // "story.amp" / "story.amp.html" name the AMP copy of "story" / "story.html".
  path = path.replace(/\.amp(\.html?)?$/i, (_m, ext: string | undefined) => ext ?? '');
  u.pathname = path;
  for (const [name, value] of [...u.searchParams]) {
    if (isAmpParam(name.toLowerCase(), value)) u.searchParams.delete(name);
  }
}

/** Normalisation shared by canonical links and page URLs. */
function normalize(u: URL): string {
  u.hash = '';
  u.protocol = 'https:';
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '');
  if (u.port === '80' || u.port === '443') u.port = '';
  u.username = '';
  u.password = '';
  const params = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
  return `${u.protocol}//${u.host}${path}${query ? `?${query}` : ''}`;
}

function isHomePath(u: URL): boolean {
  return (u.pathname === '/' || u.pathname === '') && u.search === '';
}

/**
 * The page's canonical URL, when it is one we can trust: resolvable, on the
 * web, on the page's own site, not a template placeholder or local host, and
 * not a site's home page given by an article page (a common CMS bug that
 * would merge every article of a site into one).
 */
function usableCanonical(doc: Document, page: URL, sameSite: SameSite): URL | null {
  let base = page;
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  if (baseHref) {
    try {
      base = new URL(baseHref, page);
    } catch {
      // A broken <base> is ignored, as browsers do.
    }
  }
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('canonical')) continue;
    const href = (link.getAttribute('href') ?? '').trim();
    if (!href || /[{}<>\s]|\$\{|%7B%7B/i.test(href)) continue;
    let u: URL;
    try {
      u = new URL(href, base);
    } catch {
      continue;
    }
    if (!isWebUrl(u)) continue;
    if (/\/(?:undefined|null|\[object%20object\])$/i.test(u.pathname)) continue;
    if (isLocalHost(u.hostname) && !isLocalHost(page.hostname)) continue;
    const publisher = unwrapAmpCache(page);
    if (isHomePath(u) && !isHomePath(publisher)) continue;
    const host = unwrapAmpCache(u).hostname;
    if (!sameHost(host, publisher.hostname) && !sameSite(host, publisher.hostname)) continue;
    return u;
  }
  return null;
}

/** The hosts one site serves the same page under (www., amp., m.): no list needed to call them one site. */
function sameHost(a: string, b: string): boolean {
  const bare = (h: string) => h.toLowerCase().replace(/\.$/, '').replace(/^(?:www\d*|amp|m|mobile)\./, '');
  return bare(a) === bare(b);
}

/**
 * The other host a canonical link would make this page's identity, if any:
 * the host to ask `SameSite` about before calling articleKey.
 */
export function canonicalHostToCheck(doc: Document, url: string): { page: string; canonical: string } | null {
  let page: URL;
  try {
    page = new URL(url.trim());
  } catch {
    return null;
  }
  if (!isWebUrl(page)) return null;
  const canonical = usableCanonical(doc, page, () => true);
  if (!canonical) return null;
  const pair = { page: unwrapAmpCache(page).hostname, canonical: unwrapAmpCache(canonical).hostname };
  return sameHost(pair.page, pair.canonical) ? null : pair;
}

/**
 * The key of the article shown by `doc` at `url`; `sameSite` decides whether
 * a canonical on another host counts. `doc` may be null when only
 * the URL is known. A URL that does not parse is returned trimmed and without
 * its fragment, so a key always exists; non-web URLs (file:, extension pages)
 * only lose their fragment.
 */
export function articleKey(doc: Document | null, url: string, sameSite: SameSite): string {
  let page: URL;
  try {
    page = new URL(url.trim());
  } catch {
    return url.trim().replace(/#.*$/, '');
  }
  if (!isWebUrl(page)) {
    page.hash = '';
    return page.href;
  }
  const canonical = doc ? usableCanonical(doc, page, sameSite) : null;
  if (canonical) return normalize(unwrapAmpCache(canonical));
  const u = unwrapAmpCache(page);
  stripVariants(u);
  return normalize(u);
}
