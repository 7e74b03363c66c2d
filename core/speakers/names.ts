/**
 * One person under the names articles give them. Outlets write "Dr. Ada Okafor", "Ada Okafor", "Ms
 * Okafor" and "Okafor"; the library joins the short and titled forms to the full name where one of the
 * saved articles gives it, and never joins two different full names ("Ada Okafor" and "Ben Okafor" stay
 * two people, and a bare "Okafor" then stays apart too: it could be either).
 *
 * Rules (each names what it covers; tests list names that must and must not join):
 * - A courtesy or professional title at the front is not part of the name (Mr, Ms, Dr., Prof, Sir,
 *   Senator, President…), nor a generational suffix at the end (Jr, Sr, III).
 * - Case, accents, dots and apostrophe shapes do not make two names ("O’Neill" is "O'Neill").
 * - A full name is two words or more; one word is a surname form.
 * - A surname form joins the one full name ending in that surname; an initial form ("A. Okafor")
 *   joins the one full name with that surname and initial.
 * - Organisations join only on the same name (an organisation has no surname).
 */

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'fr', 'father', 'sister', 'brother', 'rabbi', 'imam', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'president', 'minister', 'mayor', 'judge', 'justice', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'sgt',
  'sergeant', 'lt', 'chancellor', 'councillor', 'cllr', 'inspector', 'det', 'detective', 'chief', 'superintendent', 'supt',
  'commissioner', 'sheikh', 'herr', 'frau', 'mme', 'mlle', 'm', 'señor', 'señora', 'sr', 'sra',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'kc', 'qc', 'mp', 'mep']);

/** The name's words without titles, suffixes, accents, case or punctuation. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // Titles only in front, and never the last word ("Mayor" alone stays a name, not an empty one).
  let start = 0;
  while (start < words.length - 1 && TITLES.has(words[start])) start++;
  let end = words.length;
  while (end > start + 1 && SUFFIXES.has(words[end - 1])) end--;
  return words.slice(start, end);
}

export interface NamedSpeaker {
  name: string;
  kind: 'person' | 'organization' | 'unnamed';
}

/** A person or organisation across articles: every name it went by, and the one to show. */
export interface SpeakerIdentity {
  /** The full name (or the only form seen), as an article wrote it, without a title. */
  name: string;
  kind: NamedSpeaker['kind'];
  /** Every form seen, as written ("Ms Okafor", "Dr. Ada Okafor"). */
  forms: string[];
}

/**
 * Groups `speakers` (one entry per name as written; duplicates welcome) into identities. Returns the
 * identities and, for every form as written, the identity it belongs to.
 */
export function mergeSpeakerNames(speakers: readonly NamedSpeaker[]): { identities: SpeakerIdentity[]; of: (name: string) => SpeakerIdentity | undefined } {
  const byKey = new Map<string, SpeakerIdentity>();
  const formOf = new Map<string, SpeakerIdentity>();
  const add = (key: string, s: NamedSpeaker, display: string): SpeakerIdentity => {
    let identity = byKey.get(key);
    if (!identity) {
      identity = { name: display, kind: s.kind, forms: [] };
      byKey.set(key, identity);
    }
    if (!identity.forms.includes(s.name)) identity.forms.push(s.name);
    formOf.set(s.name, identity);
    return identity;
  };
  /** The name as written (accents, case kept), less its leading titles. */
  const displayOf = (s: NamedSpeaker): string => {
    const written = s.name.trim().split(/\s+/);
    let start = 0;
    while (start < written.length - 1 && TITLES.has(written[start].toLowerCase().replace(/\./g, ''))) start++;
    return written.slice(start).join(' ');
  };

  const people = speakers.filter((s) => s.kind === 'person');
  const full = people.filter((s) => nameWords(s.name).length >= 2 && !isInitialForm(nameWords(s.name)));
  for (const s of full) add(`p:${nameWords(s.name).join(' ')}`, s, displayOf(s));
  // Full names by surname, for the short forms to find.
  const bySurname = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const words = key.slice(2).split(' ');
    const surname = words[words.length - 1];
    const list = bySurname.get(surname) ?? [];
    if (!list.includes(key)) list.push(key);
    bySurname.set(surname, list);
  }
  for (const s of people) {
    const words = nameWords(s.name);
    if (words.length === 0 || formOf.has(s.name)) continue;
    const surname = words[words.length - 1];
    const candidates = (bySurname.get(surname) ?? []).filter((key) => {
      if (words.length === 1) return true;
      // "A. Okafor", "A. N. Okafor": the initials must agree with the full name's given names.
      const given = key.slice(2).split(' ').slice(0, -1);
      return words.slice(0, -1).every((w, i) => given[i]?.startsWith(w));
    });
    if (candidates.length === 1) add(candidates[0], s, byKey.get(candidates[0])!.name);
    else add(`p:${words.join(' ')}`, s, displayOf(s));
  }
  // Organisations by their name; an unnamed speaker ("a spokesperson") is never one person across articles: the caller keeps those apart.
  for (const s of speakers) {
    if (formOf.has(s.name)) continue;
    add(`${s.kind === 'organization' ? 'o' : 'u'}:${nameWords(s.name).join(' ') || s.name}`, s, s.name.trim());
  }
  return { identities: [...new Set(byKey.values())], of: (name) => formOf.get(name) };
}

/** "A. Okafor", "A N Okafor": every word but the last is a single letter. */
function isInitialForm(words: readonly string[]): boolean {
  return words.length >= 2 && words.slice(0, -1).every((w) => w.length === 1);
}
