/**
 * JSON as people write it by hand in `<script type="application/ld+json">`:
 * trailing commas, single-quoted strings, raw line breaks inside strings,
 * `//` and block comments. Browsers ignore such blocks; the dates and authors
 * in them are still the publisher's own, so they are read after one pass that
 * rewrites those forms into strict JSON. Anything else still broken is null.
 */
export function relaxedJson(source: string): unknown {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    if (c === '"' || c === "'") {
      // A string in either quote, written back with double quotes.
      let s = '';
      i++;
      while (i < n && source[i] !== c) {
        const d = source[i];
        if (d === '\\' && i + 1 < n) {
          const e = source[i + 1];
          s += e === "'" ? "'" : d + e;
          i += 2;
          continue;
        }
        if (d === '"') s += '\\"';
        else if (d < ' ') s += ' ';
        else s += d;
        i++;
      }
      out += `"${s}"`;
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === ',') {
      // A comma followed only by whitespace and a closing bracket is dropped.
      let j = i + 1;
      while (j < n && /\s/.test(source[j])) j++;
      if (source[j] === '}' || source[j] === ']') {
        i++;
        continue;
      }
    }
    out += c;
    i++;
  }
  try {
    return JSON.parse(out);
  } catch {
    return null;
  }
}

/**
 * One `<script type="application/ld+json">` block's text, read as the page meant it: the HTML-comment and
 * CDATA wrappers some CMSs still add are taken off, then strict JSON, then the relaxed reading above.
 * Null when nothing is left or it still does not parse. Shared by the metadata reader and the
 * fact-check (ClaimReview) reader, which see the same blocks.
 */
export function parseJsonLdBlock(raw: string): unknown {
  const cleaned = raw
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .trim();
  if (!cleaned) return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    return relaxedJson(cleaned);
  }
}

/**
 * Every block of a page parsed once, the blocks that do not parse left out: the metadata reader, the
 * page-data body and the fact-check reader all take these values (ExtractedArticle.jsonLd) instead of
 * parsing the same text again.
 */
export function parseJsonLdBlocks(blocks: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const block of blocks) {
    const value = parseJsonLdBlock(block);
    if (value !== null) out.push(value);
  }
  return out;
}
