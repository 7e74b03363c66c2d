import type { ArticleMetadata, MetadataSources } from '../types';
import { mergeCandidates, type Candidate, type SourceName } from './candidates';
import { PRECEDENCE, choose, type Choice } from './choose';
import { normaliseDate } from './dates';
import { inPageZone } from './page-zone';
import { allMeta, firstMeta, readMetaTags } from './meta-tags';
import { isTagline, siteNameInText } from './site-in-text';
import { authorNames, hostStem, isAccountPath, isNewsAgency, looksLikePersonName, type SiteIdentity } from './names';
import { collapsedText } from '../dom';
import { scanPage, type PageScan } from './page-scan';
import { readJsonLd } from './source-json-ld';
import { parseJsonLdBlocks } from './relaxed-json';
import { highwireDublinCoreCandidates } from './source-highwire-dc';
import { openGraphCandidates } from './source-open-graph';
import { pageCandidates } from './source-page';
import { pageDataCandidates } from './source-page-data';
import { creditedOnPage, visibleText } from './visible-credit';
import { cutToDeclaredHeadline, stripSiteName } from './title';

export interface PageMetadata extends ArticleMetadata {
  /** schema.org types the page declares, short form. */
  schemaTypes: Set<string>;
  /** og:type, lower case. */
  ogType: string | null;
  /** The page's first <h1>, which the body extraction reads as its headline. */
  headlineElement: Element | null;
  /** The page's JSON-LD blocks, parsed once, for the other readers of them (page data, fact-checks). */
  jsonLd: unknown[];
}

/**
 * The page's citation metadata: every source offers candidates
 * (source-json-ld, source-meta-tags, source-page), and one precedence table
 * per field (choose.ts) picks the first valid one, recording its source.
 */
/** `scan`: the page's scan when the caller took it already (in steps, see scanPageSteps). */
export function readMetadata(doc: Document, url: string | null, bylineElements: readonly Element[] = [], scan: PageScan = scanPage(doc)): PageMetadata {
  const tags = readMetaTags(scan.metas);
  const jsonLd = parseJsonLdBlocks(scan.jsonLd);
  const ld = readJsonLd(jsonLd);
  const base = scan.baseHref ? resolve(scan.baseHref, url) ?? url : url;
  const host = hostOf(base);
  const structured = mergeCandidates(ld.candidates, openGraphCandidates(tags), highwireDublinCoreCandidates(tags));

  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const declaredTitles = [...structured.title.map((c) => c.read()), scan.title].filter((t): t is string => !!t);
  const page = pageCandidates({ doc, scan, host, url: base, bylineElements, declaredTitles, language: htmlLang });
  const all = mergeCandidates(structured, page.candidates, pageDataCandidates(doc));
  const headlineText = all.title.find((c) => c.source === 'h1')?.read() ?? null;

  // Site name first: titles and authors are checked against it.
  const section = firstMeta(tags, ['article:section'])?.toLowerCase() ?? null;
  // A name that matches the site's address beats one that does not (a tagline, a desk, a platform in
  // og:site_name); where none matches (a name in another script), the table alone decides.
  let siteName = chooseSiteName(all.siteName, section, host);
  // Every declared name a tagline: the name the address spells, as the page's own description or credit writes it.
  if (siteName && isTagline(siteName.value) && !matchesHost(siteName.value, host)) {
    const named = siteNameInText([...allMeta(tags, ['description', 'og:description', 'twitter:description']), ...allMeta(tags, ['author', 'parsely-author', 'sailthru.author'])], host);
    if (named) siteName = { value: named, source: 'meta' };
  }
  // The names the site declares for itself; on a one-person site (a Person as publisher) that name is the author's too.
  const site: SiteIdentity = {
    names: ld.personalSite ? [] : valuesOf(all.siteName, ['json-ld', 'open-graph', 'meta', 'twitter']),
    host,
    accounts: [
      ...ld.accounts,
      ...[...scan.relAuthors, ...scan.authorLinks].filter((a) => isAccountPath(a.getAttribute('href'))).map((a) => collapsedText(a)).filter(Boolean),
    ],
  };

  const others = declaredTitles;
  const title = choose(all.title, PRECEDENCE.title, (raw, source) => {
    // Soft hyphens and zero-width spaces are invisible on the page and must not end up in a citation.
    const v = decodeEntities(raw).replace(/[\u00ad\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
    if (!v || v.length > 500) return null;
    // JSON-LD "headline" is sometimes a tagline (encyclopedias put a summary there): trust it when the page's other titles agree.
    if (source === 'json-ld' && !agreesWithPage(v, [scan.title, headlineText, ...others.filter((o) => o !== raw)])) return null;
    if (source === 'h1') return v;
    const bare = cutToDeclaredHeadline(v, others.map((o) => decodeEntities(o)));
    return stripSiteName(bare, siteName?.value ?? null, host, headlineText) || null;
  });
  const alternateTitles: { value: string; source: SourceName }[] = [];
  for (const c of all.title) {
    const v = c.read();
    if (!v || c.source === 'title-tag' || c.source === title?.source) continue;
    const clean = stripSiteName(decodeEntities(v).replace(/\s+/g, ' ').trim(), siteName?.value ?? null, host, headlineText);
    if (clean && clean !== title?.value && !alternateTitles.some((a) => a.value === clean)) alternateTitles.push({ value: clean, source: c.source });
  }

  let authors = choose(all.authors, PRECEDENCE.authors, (names) => {
    const ok = authorNames(names, site);
    return ok.length > 0 ? ok : null;
  });
  // Structured data naming one author while the visible byline names them and others: the byline is the fuller credit.
  if (authors && authors.source !== 'byline' && authors.value.length === 1) {
    const visible = all.authors.find((c) => c.source === 'byline')?.read();
    const more = visible ? authorNames(visible, site) : [];
    const has = (list: string[], n: string): boolean => list.some((m) => m.toLowerCase() === n.toLowerCase());
    // Only more people: a byline's extra pieces may be a unit or a beat ("ACLU Speech, Privacy, Technology Project").
    const extra = more.filter((n) => !has(authors!.value, n));
    if (extra.length > 0 && authors.value.every((n) => has(more, n)) && extra.every(looksLikePersonName)) authors = { value: more, source: 'byline' };
  }

  // Structured data naming someone the page never shows (the posting account) or shows only as the editor,
  // while the visible byline names other people: the byline is the credit a reader sees and cites.
  if (authors && authors.source !== 'byline' && authors.source !== 'json-ld-organization') {
    const shown = firstByline(all.authors, site);
    const chosen = authors.value;
    // "André Oliver KLEIN" and "André Klein" are one person written two ways: the same family name.
    const surname = (n: string): string => n.toLowerCase().split(/\s+/).pop() ?? '';
    const overlaps = shown.some((n) => chosen.some((m) => surname(m) === surname(n)));
    if (shown.length > 0 && !overlaps) {
      const text = visibleText(doc);
      if (chosen.every((n) => !creditedOnPage(n, text))) authors = { value: shown, source: 'byline' };
    }
  }

  // A news agency credited beside the people of the same structured author list (Person "Paula Steiger",
  // Organization "SDA"): the page credits both. Other organisations there are usually the site itself.
  if (authors && authors.source === 'json-ld') {
    const organisations = all.authors.find((c) => c.source === 'json-ld-organization')?.read() ?? [];
    const chosen = authors.value;
    const agencies = authorNames(organisations.filter(isNewsAgency), site).filter((n) => !chosen.some((m) => m.toLowerCase() === n.toLowerCase()));
    if (agencies.length > 0) authors = { value: [...chosen, ...agencies], source: 'json-ld' };
  }

  const date = (v: string): string | null => {
    const d = normaliseDate(v);
    return d && +d.slice(0, 4) >= 1990 ? d : null;
  };
  let published = choose(all.published, PRECEDENCE.published, date);
  // A UTC instant the page prints in its own zone: the day the reader sees is the citation's (page-zone.ts).
  if (published && /(?:Z|[+-]00:?00)$/i.test(published.value)) {
    const local = inPageZone(published.value, page.shownDateLines(), htmlLang);
    if (local) published = { value: local, source: published.source };
  }
  const modified = choose(all.modified, PRECEDENCE.modified, date);
  const description = choose(all.description, PRECEDENCE.description, (v) => decodeEntities(v).replace(/\s+/g, ' ').trim() || null);
  const image = choose(all.image, PRECEDENCE.image, (v) => resolve(v, base));
  const canonical = choose(all.canonicalUrl, PRECEDENCE.canonicalUrl, (v) => resolve(v, base));
  const language = choose(all.language, PRECEDENCE.language, (v) => v.trim() || null);

  const sources: MetadataSources = {
    title: title?.source ?? null,
    authors: authors?.source ?? null,
    published: published?.source ?? null,
    modified: modified?.source ?? null,
    siteName: siteName?.source ?? null,
    description: description?.source ?? null,
    canonicalUrl: canonical?.source ?? null,
    language: language?.source ?? null,
  };
  const names = authors?.value ?? [];
  return {
    title: title?.value ?? null,
    byline: names.length > 0 ? names.join(', ') : null,
    authors: names,
    siteName: siteName?.value ?? null,
    published: published?.value ?? null,
    modified: modified?.value ?? null,
    canonicalUrl: canonical?.value ?? url,
    language: language?.value ?? null,
    description: description?.value ?? null,
    image: image?.value ?? null,
    sources,
    alternateTitles,
    schemaTypes: ld.types,
    ogType: firstMeta(tags, ['og:type'])?.toLowerCase() ?? null,
    headlineElement: scan.firstH1,
    jsonLd,
  };
}

/** The first visible byline that names someone, after the same checks as any author. */
function firstByline(candidates: readonly Candidate<string[]>[], site: SiteIdentity): string[] {
  for (const c of candidates) {
    if (c.source !== 'byline') continue;
    const names = c.read();
    const ok = names ? authorNames(names, site) : [];
    if (ok.length > 0) return ok;
  }
  return [];
}

function valuesOf(candidates: readonly Candidate<string>[], sources: readonly SourceName[]): string[] {
  return candidates.filter((c) => sources.includes(c.source)).map((c) => c.read()).filter((v): v is string => !!v);
}

/**
 * The site's name: the name matching the site's address beats one that does
 * not (a tagline, a desk, a platform in og:site_name); where none matches (a
 * name in another script), all accepted names compete. Among them the name
 * most sources agree on wins, the precedence table breaking ties: a JSON-LD
 * publisher giving the parent brand ("Sky") or a legal form ("Inexhibit
 * magazine") loses to og:site_name, the window title's suffix and the WebSite
 * node naming the site alike ("Sky News", "Inexhibit"), while a lone junk
 * og:site_name still loses to the publisher by precedence.
 */
function chooseSiteName(candidates: readonly Candidate<string>[], section: string | null, host: string | null): Choice<string> | null {
  const accepted: { value: string; source: SourceName; key: string }[] = [];
  for (const source of PRECEDENCE.siteName) {
    for (const c of candidates) {
      if (c.source !== source) continue;
      const raw = c.read();
      const value = raw === null ? null : acceptSiteName(raw, source, section, host);
      if (value) accepted.push({ value, source, key: siteKey(value) });
    }
  }
  // An address where a name belongs ("weser-anzeiger.de", "https://www.wbrq10.com", a subdomain) yields to
  // a name matching the host that the page writes elsewhere (its window title's suffix); it stands where
  // the page writes none. Written in capitals ("NJ.com", "Salon.com") it is the name the site goes by.
  const isAddress = (a: { value: string }): boolean => a.value === a.value.toLowerCase() && ADDRESS.test(a.value);
  const matchingAll = accepted.filter((a) => a.source !== 'host' && matchesHost(a.value, host));
  const named = matchingAll.filter((a) => !isAddress(a));
  const matching = named.length > 0 ? named : matchingAll;
  const pool = matching.length > 0 ? matching : named.length === 0 && accepted.some((a) => !isAddress(a)) ? accepted.filter((a) => !isAddress(a)) : accepted;
  const first = pool[0];
  if (!first) return null;
  // Only a longer or shorter form of the same name may outvote the first by precedence: "WSJ" against
  // "Wall Street Journal", or a platform ("Medium") against a blog's own name, is no variant of it.
  const support = (key: string): number => accepted.filter((a) => a.key === key).length;
  let best = first;
  for (const a of pool) if (isLongerOrShorterForm(a.value, first.value) && support(a.key) > support(best.key)) best = a;
  // An acronym ("VKT", "WSJ") where the page also writes out the name it stands for ("Västkustens
  // Tidning" in its window title): the name is what a citation spells out.
  if (ACRONYM.test(best.value)) {
    const spelled = accepted.find((a) => a.source !== 'host' && spellsOut(best.value, a.value));
    if (spelled) best = spelled;
  }
  return { value: best.value, source: best.source };
}

const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * Whether `name` is what `acronym` abbreviates: two or more words, the first starting with the acronym's
 * first letter, and every letter found in order, each word giving at least one ("VKT": "Västkustens
 * Tidning", V-K in the compound, T; "WSJ": "The Wall Street Journal").
 */
function spellsOut(acronym: string, name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/[\s-]+/).filter(Boolean).map((w) => w.toLowerCase());
  if (words.length < 2 || words.length > 6) return false;
  const letters = acronym.toLowerCase();
  // Word `wi` must start with letter `li`; it may give the next letters too, from inside it, in order.
  const from = (wi: number, li: number): boolean => {
    if (wi === words.length) return li === letters.length;
    const w = words[wi];
    if (li >= letters.length || w[0] !== letters[li]) return false;
    let k = li + 1;
    if (from(wi + 1, k)) return true;
    for (let j = 1; j < w.length && k < letters.length; j++) {
      if (w[j] !== letters[k]) continue;
      k++;
      if (from(wi + 1, k)) return true;
    }
    return false;
  };
  return from(0, 0);
}

const nameWords = (name: string): string[] => name.toLowerCase().replace(/^the\s+/, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/** A site's name up to a leading "The", case, spacing and punctuation. */
function siteKey(name: string): string {
  return nameWords(name).join('');
}

/** "Sky" and "Sky News", "Inexhibit" and "Inexhibit magazine": one name's words begin the other's. */
function isLongerOrShorterForm(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w, i) => long[i] === w);
}

/** Words sites put in og:site_name that name no site: a hosting label or platform, a generic page kind. */
const NOT_A_SITE =
  /^(?:hosted|home|homepage|start|startseite|inicio|accueil|news|nachrichten|noticias|article|articles|blog|index|website|web|default|untitled|null|undefined|blogger|blogspot|wordpress|wordpress\.com|tumblr|wix|squarespace)$/i;

/** A bare address: a host name, with or without a scheme, "www" or a trailing slash. */
const ADDRESS = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/;
/**
 * The word a newspaper adds for its web edition (Japanese デジタル, 電子版, オンライン; Chinese 网/網;
 * Korean 닷컴, 온라인), taken off only after a word that names a newspaper (報/报, 新聞/新闻, 日報, 신문, 일보):
 * "人民网" and "日経電子版" are the names those sites go by and stay whole.
 */
const WEB_EDITION = /(?<=(?:報|报|新聞|新闻|신문|일보))\s*(?:デジタル版?|電子版|オンライン|ウェブ|网|網|닷컴|온라인)$/u;

function acceptSiteName(raw: string, source: SourceName, section: string | null, host: string | null): string | null {
  let v = decodeEntities(raw).replace(/\s+/g, ' ').trim();
  // "Autoracing | F1 | Indy | MotoGP": a name followed by a list or a tagline.
  v = v.split(/\s+[|•·]\s+/)[0].trim();
  if (!v || v.length > 80 || NOT_A_SITE.test(v) || v.startsWith('@')) return null;
  // A paper's name with its web edition's word ("北海新報デジタル", "江南晨报网"): the paper is what is cited.
  v = v.replace(WEB_EDITION, '') || v;
  // The article's section ("Politics") put where the site's name belongs.
  if (source !== 'json-ld' && section && v.toLowerCase() === section) return null;
  // "nj" on nj.com: a code in lower case, not the name the site goes by.
  if (source !== 'host' && v === v.toLowerCase() && hostStem(host) === v) return null;
  return v;
}

/** Whether a site name matches the address: "Deccan Herald" on deccanherald.com, "The Wall Street Journal" on wsj.com. */
function matchesHost(name: string, host: string | null): boolean {
  // "weser-anzeiger" spells "Weser-Anzeiger" as "weseranzeiger" does: the hyphen is no letter of the name.
  const stem = hostStem(host)?.replace(/-/g, '');
  if (!stem) return false;
  const squashed = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const noThe = name.replace(/^the\s+/i, '');
  const initials = noThe.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toLowerCase()).join('');
  return (squashed.length >= 3 && (stem.includes(squashed) || squashed.includes(stem))) || (initials.length >= 2 && initials === stem);
}

function agreesWithPage(candidate: string, others: (string | null)[]): boolean {
  const known = others.filter((o): o is string => !!o);
  if (known.length === 0) return true;
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const mine = words(candidate);
  if (mine.length === 0) return false;
  return known.some((other) => {
    const theirs = new Set(words(other));
    const shared = mine.filter((w) => theirs.has(w)).length;
    return shared / mine.length >= 0.6;
  });
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return href;
  }
}

/** Metadata sometimes arrives double-escaped ("&amp;amp;"); decode the common entities once more. */
function decodeEntities(s: string): string {
  return s
    .replace(/&(?:amp|#0*38|#x0*26);/gi, '&')
    .replace(/&(?:quot|#0*34|#x0*22);/gi, '"')
    .replace(/&(?:apos|#0*39|#x0*27);/gi, "'")
    .replace(/&(?:lt|#0*60);/gi, '<')
    .replace(/&(?:gt|#0*62);/gi, '>')
    .replace(/&#(\d+);/g, (all, d: string) => codePoint(Number(d)) ?? all)
    .replace(/&#x([0-9a-f]+);/gi, (all, h: string) => codePoint(parseInt(h, 16)) ?? all);
}

/** As HTML parsers do: a reference to no valid character becomes U+FFFD. */
function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\uFFFD';
}
