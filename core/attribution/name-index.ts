/**
 * The registry's name indexes: entities by their full name, by each word of it, by its last word, surname,
 * given name, initials and head noun. Lookups go through these, so a page naming thousands of people costs
 * each lookup the few entities that fit, not everyone met so far. Kept apart from the registry, which
 * decides who a mention is; this module only files entities under their keys and hands the lists back.
 */
import { tally } from './work';

/** What an entity must carry to be filed. */
export interface Indexed {
  name: string;
  surname: string | null;
  given: string | null;
  head: string | null;
}

/** "United Rail Workers' Union" gives "URWU": the capitals of its words, small joining words left out. */
export function initialsOf(tokens: readonly string[]): string {
  return tokens.filter((w) => !/^(?:of|and|for|the|de|du|des|la|le)$/i.test(w)).map((w) => w[0].toUpperCase()).join('');
}

const normCache = new Map<string, string>();
/** Case, accents and apostrophe style do not make a different name; memoised because it runs per mention. */
export function norm(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, "'").trim();
    if (normCache.size > 5000) normCache.clear();
    normCache.set(s, n);
  }
  return n;
}

/** Entities by a key (a name, a word of a name, a surname …), each list in order of creation. */
export class KeyIndex<T> {
  private static readonly NONE: readonly never[] = [];
  private readonly map = new Map<string, T[]>();
  add(key: string, e: T): void {
    const list = this.map.get(key);
    if (!list) this.map.set(key, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  }
  get(key: string): readonly T[] {
    const list = this.map.get(key) ?? KeyIndex.NONE;
    tally('registry:index', list.length);
    return list;
  }
}

/** The seven indexes of one article's entities, filled once when an entity is created. */
export class NameIndexes<T extends Indexed> {
  readonly byName = new KeyIndex<T>();
  readonly byWord = new KeyIndex<T>();
  readonly byLastWord = new KeyIndex<T>();
  readonly surnames = new KeyIndex<T>();
  readonly byGiven = new KeyIndex<T>();
  readonly byInitials = new KeyIndex<T>();
  readonly byHead = new KeyIndex<T>();

  add(e: T): void {
    const key = norm(e.name);
    const words = key.split(/\s+/);
    this.byName.add(key, e);
    for (const w of words) this.byWord.add(w, e);
    this.byLastWord.add(words[words.length - 1], e);
    if (e.surname) this.surnames.add(norm(e.surname), e);
    if (e.given) this.byGiven.add(norm(e.given), e);
    if (e.name.includes(' ')) this.byInitials.add(initialsOf(e.name.split(/\s+/)), e);
    if (e.head) this.byHead.add(e.head, e);
  }
}
