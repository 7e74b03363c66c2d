/**
 * Whether a string a source offers as an author names a person (or an
 * agency) who wrote the story, and the name without what sticks to it.
 *
 * Kinds handled, each with its must / must-not cases in the unit tests:
 * - the publisher or brand credited as author ("STERN.de" on stern.de,
 *   "Deutsche Welle" on dw.com, "Futurism" after a comma on futurism.com);
 * - an outlet glued to the name when the byline wraps ("Jane Roe Associated
 *   Press", "Jane Roe USA TODAY"), never a surname in capitals alone;
 * - interface text read as a name ("Last Updated", "Follow", a lone "Von");
 * - a Korean or Japanese byline's job title after the name ("신현주 기자",
 *   "山田太郎 記者") and an e-mail address after it.
 */

const squash = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** Words of page furniture that bylines pick up: buttons, labels, lead-ins standing alone. */
const UI_WORDS = new Set(
  (
    'follow following unfollow share print email e-mail comment comments subscribe newsletter login sign menu search home ' +
    'updated update last published posted modified read more view all profile bio author authors autor autorin auteur ' +
    'by von par por di door de da van av af text texto текст автор foto photo photos video redaktion redacción rédaction ' +
    'staff admin administrator editor editors team contributor guest anonymous unknown null undefined advertisement anzeige ' +
    'minutes min lesezeit reading time close open red kontakt contact nachrichten news noticias actualités notizie nieuws'
  ).split(' '),
);

/** Outlets that news sites glue to a reporter's name when they print the credit on one line. */
const WIRE_OUTLETS = [
  'Associated Press', 'The Associated Press', 'AP', 'Reuters', 'AFP', 'Agence France-Presse', 'USA TODAY', 'USA Today', 'Bloomberg',
  'CNN', 'NPR', 'BBC News', 'Axios', 'Politico', 'The Conversation', 'dpa', 'epd', 'KNA', 'EFE', 'ANSA', 'Yonhap', 'Kyodo',
  'Anadolu Ajansı', 'Anadolu Agency', 'Xinhua', 'PA Media', 'Press Association', 'Canadian Press', 'The Canadian Press',
];

const JOB_SUFFIX = /\s*(?:기자|특파원|논설위원|객원기자|記者|特派員|編集委員)(?:\s.*)?$/u;
/** A desk or bureau before a Japanese or Korean reporter's name ("札幌報道部", "社会部", "워싱턴 특파원실"). */
const DESK = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]+(?:部|支局|総局|局|支社|本社|부|팀|실)\s+/u;
const EMAIL = /\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*/g;

/** A name with what a byline glues to it removed; null when nothing of a name is left. */
/** "capital von Jemima Kelly": a brand or desk in lower case, a lead-in, then the name. */
/** Kinds of piece named before the lead-in, capitalised as German nouns and headings are. */
const PIECE_KINDS = '[Kk]ommentar|[Aa]nalyse|[Aa]nalysis|[Ii]nterview|[Rr]eportage|[Kk]olumne|[Gg]astbeitrag|[Ee]ssay|[Cc]ommentary|[Oo]pinion|[Rr]eview|[Cc]olumn|[Cc]hronique|[Tt]ribune|[Oo]pinión|[Aa]nálisis|[Cc]olumna';
const INNER_LEAD_IN = new RegExp(
  `^(?:\\p{Ll}[\\p{L}.-]*(?:\\s+\\p{Ll}[\\p{L}.-]*)?|${PIECE_KINDS})\\s+(?:von|by|par|por|di|door|av|af)\\s+(\\p{Lu}.*)$`,
  'u',
);

export function cleanName(raw: string, site: SiteIdentity): string | null {
  let name = raw.replace(EMAIL, ' ').replace(/\s+/g, ' ').trim();
  const inner = INNER_LEAD_IN.exec(name);
  if (inner) name = inner[1];
  // "（札幌報道部　佐藤美咲記者）": a credit in brackets at the story's end, the desk before the name.
  const bracketed = /^[（(]\s*(.+?)\s*[）)]$/u.exec(name);
  if (bracketed && JOB_SUFFIX.test(bracketed[1])) name = bracketed[1].replace(DESK, '');
  // A role in brackets after the name ("Martí Abad (Enviado especial)"), a dangling article, a name said twice.
  name = name.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+(?:the|The|THE)$/, '').trim();
  const half = name.split(' ');
  if (half.length % 2 === 0 && half.length >= 4 && half.slice(0, half.length / 2).join(' ') === half.slice(half.length / 2).join(' ')) name = half.slice(0, half.length / 2).join(' ');
  name = name.replace(JOB_SUFFIX, '').trim();
  // "Finian Cunningham. Sputnik International", "Sandee LaMotte | CNN": an outlet after a separator.
  const split = /^(.+?)(?:\.|\s+[|–—-]|,)\s+(.+)$/u.exec(name);
  if (split && split[1].split(' ').length >= 2 && isOutlet(split[2], site)) name = split[1];
  for (const outlet of [...WIRE_OUTLETS, ...site.names]) {
    if (!outlet || outlet.length >= name.length) continue;
    const tail = ` ${outlet}`;
    // Only a tail that is a separate word group and leaves at least two words of a name.
    if (name.endsWith(tail) || name.toLowerCase().endsWith(tail.toLowerCase())) {
      const rest = name.slice(0, name.length - tail.length).trim();
      if (rest.split(' ').length >= 2) name = rest;
    }
  }
  return name || null;
}

/** Agencies known by their initials: the only names of three capitals or fewer that credit someone. */
const AGENCY_INITIALS = new Set(['AP', 'AFP', 'PTI', 'ANI', 'IANS', 'UPI', 'DPA', 'SDA', 'APA', 'KNA', 'EPD', 'EFE', 'AA', 'TT', 'NTB', 'ANP', 'CNA', 'PA', 'SID', 'KYD']);

/** A news agency or wire service by name or initials ("SDA", "dpa", "Associated Press"): credited as such, never the site. */
export function isNewsAgency(name: string): boolean {
  const t = name.trim();
  return AGENCY_INITIALS.has(t.toUpperCase()) || WIRE_OUTLETS.some((w) => w.toLowerCase() === t.toLowerCase());
}

/** "AS", "jdadmin", "admin2": initials alone and user accounts name nobody a reader can cite. */
export function isAccountOrInitials(name: string): boolean {
  const t = name.trim();
  if (AGENCY_INITIALS.has(t.toUpperCase())) return false;
  if (/^\p{Lu}{1,3}$/u.test(t)) return true;
  return /^[a-z0-9_.-]+$/.test(t) && (/\d|_|admin|editor|user|staff/.test(t) || t.length <= 3);
}

/** The site itself, its desk ("Sputnik International" on sputniknews.com), or a wire service. */
function isOutlet(tail: string, site: SiteIdentity): boolean {
  if (isTheSite(tail, site) || WIRE_OUTLETS.some((w) => w.toLowerCase() === tail.toLowerCase())) return true;
  const first = squash(tail.split(/\s+/)[0]);
  const stem = hostStem(site.host);
  return first.length >= 4 && !!stem && stem.includes(first);
}

export function isUiText(name: string): boolean {
  const w = name.toLowerCase().replace(/[^\p{L}\s-]+/gu, ' ').split(/\s+/).filter(Boolean);
  return w.length === 0 || w.every((x) => UI_WORDS.has(x));
}

/** How the site calls itself, and its address: an author matching either is the site, not a writer. */
export interface SiteIdentity {
  /** Names the site declares for itself (JSON-LD publisher, og:site_name, app names). */
  names: string[];
  host: string | null;
  /** Display names of the site's technical accounts ("Ilanga D" whose profile is /author/admin/): they name no writer. */
  accounts?: string[];
}

/**
 * A profile address of a technical account, whatever name it displays:
 * "/author/admin/", "/autor/redaccion", "/user/webmaster". Content systems
 * credit every story posted from such an account to it.
 */
const ACCOUNT_PATH =
  /\/(?:author|authors|autor|autoren|auteur|autore|user|users|profile|members?)\/(?:admin|administrator|administrador|webmaster|wpadmin|root|siteadmin|editor|redaccion|redaktion|redacao|redazione|redaction|staff|newsroom|web-?team)\/?(?:[?#].*)?$/i;

export function isAccountPath(href: string | null | undefined): boolean {
  return !!href && ACCOUNT_PATH.test(href.trim());
}

/** "Haki Benita", "Anna Giulia Fink": two to four capitalised words, as a person's full name is written. */
export function looksLikePersonName(name: string): boolean {
  // Korean, Chinese and Japanese names are written without spaces and without case.
  if (/^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,5}$/u.test(name.trim())) return true;
  const w = name.trim().split(/\s+/);
  if (w.length < 2 || w.length > 4) return false;
  return w.every((x) => /^(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?|\p{Lu}\.|de|da|di|van|von|der|den|le|la|del|bin|al-\p{Lu}\p{Ll}+)$/u.test(x));
}

function initials(s: string): string {
  return s
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
}

/** The host's distinctive part: "www.stern.de" gives "stern", "edition.cnn.com" gives "cnn". */
export function hostStem(host: string | null): string | null {
  if (!host) return null;
  const parts = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  if (parts.length === 1) return parts[0];
  // Second-level country domains (co.uk, com.tr, com.au) keep the label before them.
  const sld = parts.length >= 3 && /^(?:co|com|net|org|gov|ac|or|ne)$/.test(parts[parts.length - 2]);
  return parts[parts.length - (sld ? 3 : 2)];
}

export function isTheSite(name: string, site: SiteIdentity): boolean {
  const n = squash(name);
  if (!n) return false;
  for (const s of site.names) {
    const q = squash(s);
    if (q && (n === q || (q.length >= 4 && n.includes(q)) || (n.length >= 4 && q.includes(n)))) return true;
  }
  // "PMJS - Coordenadoria de TI" beside "Prefeitura Municipal de Jaraguá do Sul": a desk of the site under its initials.
  const lead = name.trim().split(/[\s-]+/)[0];
  if (/^\p{Lu}{3,6}$/u.test(lead) && site.names.some((s) => initials(s) === lead.toLowerCase())) return true;
  const stem = hostStem(site.host);
  const wholeHost = squash((site.host ?? '').replace(/^www\d?\./i, ''));
  if (wholeHost && n === wholeHost) return true;
  if (stem && stem.length >= 2) {
    // "MDR THÜRINGEN" on mdr.de: the site's name and a region or desk, not a person.
    if (!looksLikePersonName(name) && squash(name.split(/\s+/)[0]) === stem) return true;
    // "Jane Doe" on janedoe.com wrote her own pages; "STERN.de" on stern.de wrote nothing.
    if (!looksLikePersonName(name) && (n === stem || n === squash(site.host ?? '') || (stem.length >= 4 && n.includes(stem)) || (n.length >= 4 && stem.includes(n)))) return true;
    // "Deutsche Welle" on dw.com: a name of two or more words whose initials are the host.
    if (name.trim().includes(' ') && initials(name) === stem) return true;
  }
  return false;
}

/** The names among `names` that credit a writer, cleaned; the site itself and interface text are left out. */
export function authorNames(names: readonly string[], site: SiteIdentity): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = cleanName(raw, site);
    if (!name || isUiText(name) || isAccountOrInitials(name) || isTheSite(name, site)) continue;
    if (site.accounts?.some((a) => a.toLowerCase() === name.toLowerCase())) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
