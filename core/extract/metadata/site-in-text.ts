import { hostStem } from './names';

/**
 * The site's name as its own text writes it, where every name it declares is
 * a tagline: og:site_name, the app title and the window title's suffix all
 * say "Expert how-to for English Riders" on practicalhorsemanmag.com, while
 * its description and desk credit say "Practical Horseman's top picks",
 * "Practical Horseman Editorial Staff". A run of capitalised words whose
 * letters the address spells ("practicalhorseman" in "practicalhorsemanmag")
 * is the name a reader cites.
 *
 * Only for a tagline: a declared name of three or more words with a word in
 * lower case that is not a short joining word ("how-to", "news and views"),
 * so "Prefeitura Municipal de Jaraguá do Sul" or "Sputnik International",
 * which are names, are never replaced.
 */
export function isTagline(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 3 && words.some((w) => /^\p{Ll}/u.test(w) && w.replace(/[^\p{L}]/gu, '').length > 3);
}

/** The longest run of capitalised words in `texts` that the host's name contains, or null. */
export function siteNameInText(texts: readonly string[], host: string | null): string | null {
  const stem = hostStem(host);
  if (!stem || stem.length < 6) return null;
  let best: string | null = null;
  for (const text of texts) {
    for (const run of text.match(/\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*/gu) ?? []) {
      const words = run.replace(/['’]s\b/gu, '').split(/\s+/);
      // Every leading part of the run: "Practical Horseman Editorial Staff" holds "Practical Horseman".
      for (let n = words.length; n >= 1; n--) {
        const candidate = words.slice(0, n).join(' ');
        const key = candidate.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
        if (key.length >= 6 && stem.includes(key) && (!best || candidate.length > best.length)) best = candidate;
      }
    }
  }
  return best;
}
