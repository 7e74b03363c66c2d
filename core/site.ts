/**
 * Which site a host belongs to, by the Public Suffix List (tldts): the
 * registrable domain ("example.co.uk" for "news.example.co.uk"), private
 * suffixes included, so two blogs on "github.io" or "blogspot.com" are two
 * sites, not one. An IP address or single-label host (localhost) is its own
 * site: nothing but the same host is "the same site" as it.
 *
 * The list travels with the code (no network), so it is as current as the
 * pinned tldts version.
 */
import { getDomain } from 'tldts';

/** The registrable domain of `hostname`, or the lower-cased host itself where there is none. */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Whether two hosts are on the same registrable domain. */
export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
