/**
 * Author names for citations: a byline split into names, and each name split the way reference
 * managers store it (CSL: given, family, particle, suffix; or one literal for organisations and
 * names that cannot be split safely).
 *
 * A wrong split is worse than none: "Associated Press" filed as Press, A. or a Chinese name cut in two
 * is a citation error the student has to find by hand, while a literal is always printed as written.
 * So the rules split only what they can read: Western "Given [particle] Family [Jr.]", "Family,
 * Given", and East Asian names written with a space (family name first). Everything else is a literal.
 */

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

/**
 * Lower-case words that start a family name ("van der Berg", "de la Cruz", "bin Salman"). Written
 * capitalised ("Van Gogh" with no given name before it, Belgian "Van den Bossche") they belong to the
 * family name itself, which `splitWestern` keeps as written.
 */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'dei', 'degli', 'di', 'da', 'das', 'dos', 'do', 'du',
  'la', 'le', 'les', 'ten', 'ter', 'zu', 'zum', 'zur', 'af', 'av', 'bin', 'ibn', 'bint', 'al', 'el', "d'", "l'",
]);

/** Spanish and Portuguese join two family names with "y"/"e": "Ortega y Gasset" is one family name. */
const JOINING_WORDS = new Set(['y', 'e', 'i']);

const SUFFIX_RE = /^(?:Jr\.?|Sr\.?|II|III|IV|V|VI|Jnr\.?|Snr\.?)$/;

/**
 * Words that make a byline entry an organisation rather than a person. Kept to words that are almost
 * never a person's name: "Post" or "Times" are surnames too, so newspaper nouns stay out and such
 * bylines are read as people, which costs a split that the user sees at once, not a lost author.
 */
const ORG_WORDS = new Set([
  'press', 'news', 'staff', 'agency', 'agencies', 'reuters', 'bureau', 'desk', 'team', 'editors', 'editorial',
  'board', 'newsroom', 'service', 'services', 'wire', 'wires', 'media', 'network', 'foundation', 'institute',
  'university', 'council', 'ministry', 'department', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc',
  'gmbh', 'association', 'committee', 'office', 'government', 'correspondents', 'reporters', 'writers',
  // The same desks and agencies in the languages of the dev set's bylines (de, fr, es, it, pt, nl, tr).
  'redaktion', 'nachrichten', 'zeitung', 'agentur', 'presse', 'rédaction', 'redaction', 'agence', 'redacción',
  'redaccion', 'agencia', 'noticias', 'prensa', 'redazione', 'agenzia', 'notizie', 'redação', 'redacao',
  'notícias', 'redactie', 'nieuws', 'ajansı', 'ajansi', 'haber',
]);

/** Leading articles that start a publication's name ("The Guardian", "Der Spiegel", "El País"). "Le"/"La"/"De" are family names too, so they are not here. */
const PUBLICATION_ARTICLES = new Set(['the', 'der', 'die', 'das', 'el', 'il', 'los', 'las', 'les', 'het']);

/** Titles in front of a name, which citations do not carry. */
const HONORIFIC_RE = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame|dres|mag|ing)\.?$/i;

/** Scripts whose names are written family name first, and often without a space. */
const FAMILY_FIRST_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The names in a byline, one by one: "By Jan van der Berg and María de la Cruz" gives both; "and",
 * "&", commas and semicolons separate names, and a generational suffix after a comma ("Martin Luther
 * King, Jr.") stays with its name.
 */
export function bylineAuthors(byline: string | null): string[] {
  if (!byline) return [];
  const text = clean(byline).replace(/^(?:by|written by|words by)\s+/i, '');
  const parts = text.split(/\s*(?:[,;]|\s&\s|\sand\s)\s*/i).map(clean).filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    if (SUFFIX_RE.test(part) && out.length > 0) out[out.length - 1] += `, ${part}`;
    else out.push(part);
  }
  return out;
}

export function looksLikeOrganisation(name: string): boolean {
  const tokens = clean(name).split(' ');
  const words = clean(name).toLowerCase().split(/[\s.]+/).filter(Boolean);
  if (words.some((w) => ORG_WORDS.has(w))) return true;
  if (tokens.length > 1 && PUBLICATION_ARTICLES.has(tokens[0].toLowerCase())) return true;
  // A word with digits ("BR24") or an acronym before ordinary words ("AFP Deutschland") names a desk, not
  // a person; a byline all in capitals ("STEVE PEOPLES") is typography and says nothing.
  if (tokens.some((t) => /\p{L}/u.test(t) && /\d/.test(t))) return true;
  const upper = (t: string) => /^[\p{Lu}\d-]+$/u.test(t) && /\p{Lu}/u.test(t);
  return tokens.length > 1 && upper(tokens[0]) && tokens[0].length <= 4 && !tokens.slice(1).every(upper);
}

function isLowerCase(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}

function splitWestern(tokens: string[]): CslName {
  let suffix: string | undefined;
  const last = tokens[tokens.length - 1].replace(/^,/, '');
  if (tokens.length > 2 && SUFFIX_RE.test(last)) {
    suffix = last;
    tokens = tokens.slice(0, -1);
    tokens[tokens.length - 1] = tokens[tokens.length - 1].replace(/,$/, '');
  }
  const withSuffix = (n: CslName): CslName => (suffix ? { ...n, suffix } : n);
  for (let i = 1; i < tokens.length - 1; i++) {
    const lower = tokens[i].toLowerCase();
    if (JOINING_WORDS.has(tokens[i]) && i >= 2) {
      return withSuffix({ family: tokens.slice(i - 1).join(' '), given: tokens.slice(0, i - 1).join(' ') });
    }
    if (!PARTICLES.has(lower)) continue;
    const given = tokens.slice(0, i).join(' ');
    if (!isLowerCase(tokens[i])) return withSuffix({ family: tokens.slice(i).join(' '), given });
    let j = i;
    while (j < tokens.length - 1 && PARTICLES.has(tokens[j]) && isLowerCase(tokens[j])) j++;
    return withSuffix({ family: tokens.slice(j).join(' '), given, 'non-dropping-particle': tokens.slice(i, j).join(' ') });
  }
  return withSuffix({ family: tokens[tokens.length - 1], given: tokens.slice(0, -1).join(' ') });
}

/** "van der Berg, Jan" and "King, Jr., Martin Luther" (the BibTeX/RIS inverted forms). */
function splitInverted(name: string): CslName | null {
  const parts = name.split(',').map(clean);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !p)) return null;
  const [familyPart, second, third] = parts;
  // "Martin Luther King, Jr.": a running-text name with its suffix after a comma, not an inverted one.
  if (parts.length === 2 && SUFFIX_RE.test(second)) {
    const tokens = familyPart.split(' ');
    return tokens.length < 2 ? null : { ...splitWestern(tokens), suffix: second };
  }
  const suffix = parts.length === 3 ? second : undefined;
  const given = parts.length === 3 ? third : second;
  if (suffix !== undefined && !SUFFIX_RE.test(suffix)) return null;
  const tokens = familyPart.split(' ');
  let j = 0;
  while (j < tokens.length - 1 && PARTICLES.has(tokens[j]) && isLowerCase(tokens[j])) j++;
  const out: CslName = { family: tokens.slice(j).join(' '), given };
  if (j > 0) out['non-dropping-particle'] = tokens.slice(0, j).join(' ');
  if (suffix) out.suffix = suffix;
  return out;
}

/**
 * One author as CSL-JSON. `kind` comes from the analysis when it knows better than the name alone.
 */
export function cslName(raw: string, kind?: 'person' | 'organization'): CslName {
  const name = clean(raw);
  if (!name) return { literal: '' };
  if (kind === 'organization' || looksLikeOrganisation(name)) return { literal: name };
  if (FAMILY_FIRST_RE.test(name)) {
    const tokens = name.split(' ');
    // Without a space there is no telling where the family name ends (two- and one-character family
    // names both exist), so the name is kept whole.
    return tokens.length === 2 ? { family: tokens[0], given: tokens[1] } : { literal: name };
  }
  if (name.includes(',')) return splitInverted(name) ?? { literal: name };
  const tokens = name.split(' ');
  while (tokens.length > 2 && HONORIFIC_RE.test(tokens[0])) tokens.shift();
  if (tokens.length === 1) return { literal: name };
  return splitWestern(tokens);
}

/** The family name with its particle, as BibTeX's "von Last" and RIS's "Last" write it. */
export function familyWithParticle(n: CslName): string {
  return [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
}

/** The name as one would write it in running text ("Jan van der Berg", "山田 太郎" stays family first). */
export function displayName(n: CslName): string {
  if (n.literal !== undefined) return n.literal;
  if (n.family && FAMILY_FIRST_RE.test(n.family)) return [n.family, n.given].filter(Boolean).join(' ');
  const base = [n.given, familyWithParticle(n)].filter(Boolean).join(' ');
  return n.suffix ? `${base}, ${n.suffix}` : base;
}
