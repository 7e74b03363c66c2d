/**
 * One key per article, whatever URL it was reached by: everything stored about
 * an article (highlights, claims' statuses, reactions) is keyed by it.
 *
 * The page's own canonical link wins when it is usable; otherwise the URL is
 * cleaned of what varies between visits to the same article (tracking
 * parameters, fragment) and of AMP/mobile variants. Both go through the same
 * normalisation so that a page with a canonical and a copy without one meet.
 *
 * The key is an identity, not a link to follow: it uses https, drops "www.",
 * sorts query parameters and drops a trailing slash, because none of those
 * tell two articles apart on real sites but each splits one article in two.
 */

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

/** AMP cache URLs (https://www-site-com.cdn.ampproject.org/c/s/www.site.com/path) name the publisher's URL. */
function unwrapAmpCache(u: URL): URL {
  if (!u.hostname.endsWith('.cdn.ampproject.org')) return u;
  const m = /^\/[cvi]\/(s\/)?([^/]+)(\/.*)?$/.exec(u.pathname);
  if (!m) return u;
  try {
    return new URL(`${m[1] ? 'https' : 'http'}://${m[2]}${m[3] ?? '/'}${u.search}`);
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
 * web, not a template placeholder or local host, and not a site's home page
 * given by an article page (a common CMS bug that would merge every article
 * of a site into one).
 */
function usableCanonical(doc: Document, page: URL): URL | null {
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
    if (isHomePath(u) && !isHomePath(unwrapAmpCache(page))) continue;
    return u;
  }
  return null;
}

/**
 * The key of the article shown by `doc` at `url`. `doc` may be null when only
 * the URL is known. A URL that does not parse is returned trimmed and without
 * its fragment, so a key always exists; non-web URLs (file:, extension pages)
 * only lose their fragment.
 */
export function articleKey(doc: Document | null, url: string): string {
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
  const canonical = doc ? usableCanonical(doc, page) : null;
  if (canonical) return normalize(unwrapAmpCache(canonical));
  const u = unwrapAmpCache(page);
  stripVariants(u);
  return normalize(u);
}
