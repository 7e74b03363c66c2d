/**
 * Every `<meta>` value of the page under its lower-cased key (`property`,
 * `name`, `itemprop` or `http-equiv`), in document order. One key may carry
 * several values (several `article:author` or `citation_author` tags), and one
 * attribute may name several keys ("dc:title og:title"), as RDFa allows.
 */
export type MetaTags = Map<string, string[]>;

export function readMetaTags(metas: readonly Element[]): MetaTags {
  const tags: MetaTags = new Map();
  // RDFa \`property\` is the deliberate, namespaced form; where a page gives a key
  // both ways, its \`property\` value comes first.
  const ordered = [...metas.filter((m) => m.hasAttribute('property')), ...metas.filter((m) => !m.hasAttribute('property'))];
  for (const meta of ordered) {
    const content = meta.getAttribute('content');
    if (content == null) continue;
    const value = content.trim();
    if (!value) continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')];
    const seen = new Set<string>();
    for (const attr of keys) {
      if (!attr) continue;
      for (const key of attr.toLowerCase().split(/\s+/)) {
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const list = tags.get(key);
        if (list) list.push(value);
        else tags.set(key, [value]);
      }
    }
  }
  return tags;
}

/** First value among `keys`, tried in order of preference. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const list = tags.get(key);
    if (list && list.length > 0) return list[0];
  }
  return null;
}

/** All values of the first key among `keys` that has any. */
export function allMeta(tags: MetaTags, keys: readonly string[]): string[] {
  for (const key of keys) {
    const list = tags.get(key);
    if (list && list.length > 0) return list;
  }
  return [];
}
