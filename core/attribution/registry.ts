/**
 * Speaker registry and coreference: who a name, a surname, a role, a pronoun or "the ministry" refers to.
 *
 * Every mention lands on a timeline, so a pronoun resolves to the most recent fitting entity, however many
 * paragraphs back it is. A surname resolves to the most recent person bearing it whose gender does not clash
 * ("Ms Ruiz" skips a man called Ruiz), which is what keeps two people with one surname apart.
 */
import { personNamedLater } from './role-named-later';
import type { SpeakerKind } from './types';
import { NameIndexes, initialsOf, norm } from './name-index';
import { type Gender, type NamePhrase, givenNameGender, roleGender } from './names';
import type { SpeakerPhrase } from './speaker-phrase';
import { SURNAME_FIRST } from './lexicon';
import type { Entity, EntityRecord } from './entity';
import { MentionTimeline } from './timeline';
import { resolvePronoun } from './pronouns';
import { resolveOrgNoun, resolveRole } from './body-nouns';
import { fullNameLater } from './named-later';

export type { Entity } from './entity';

/** Roles that make a byline's author a source in the text. */
const REPORTER_ROLE = /\b(?:correspondent|reporter|journalist)\b/i;

/**
 * Keeps the speakers of one article. Lookups go through indexes by name, word, surname, given name,
 * initials and head noun, so a page naming thousands of people costs each lookup the few who fit, not
 * everyone met so far.
 */
export class SpeakerRegistry {
  private readonly records: EntityRecord[] = [];
  /** Everyone met so far, in order of first mention. */
  get entities(): readonly Entity[] {
    return this.records;
  }
  private readonly timeline = new MentionTimeline();
  private readonly authors: Set<string>;
  private readonly places = new Set<string>();
  /** Short names the text defines for a body: "United Rail Workers' Union (URWU)". */
  private readonly aliases = new Map<string, EntityRecord>();
  private nextId = 1;
  /** Entities filed by name, word, last word, surname, given name, initials and head noun. */
  private readonly index = new NameIndexes<EntityRecord>();
  /** What the pronoun and body-noun readers (pronouns.ts, body-nouns.ts) may use: nothing leaves the registry. */
  private readonly host = {
    records: this.records,
    index: this.index,
    timeline: this.timeline,
    mention: (e: EntityRecord, pos: number) => this.mention(e, pos),
    create: (name: string, kind: SpeakerKind, role: string | null, extra?: Partial<EntityRecord>) => this.create(name, kind, role, extra),
    unnamed: (name: string, head: string, plural: boolean, pos: number) => this.unnamed(name, head, plural, pos),
    isPlace: (name: string) => this.isPlace(name),
  };

  constructor(authors: string[] = []) {
    this.authors = new Set(authors.map(norm).filter(Boolean));
  }

  /**
   * Whether a name is one of the byline's authors who does not speak here. An author the text introduces
   * as its reporter ("Our correspondent Nadia Ferreira reports that ...", a live blog's reporter at the
   * scene) is a source like any other: reporters and outlets are quoted too.
   */
  isSilentAuthor(p: { name: string; role: string | null }): boolean {
    if (!this.isAuthor(p.name) || (p.role && REPORTER_ROLE.test(p.role))) return false;
    // Introduced as a reporter once (mentions.ts), a source wherever the name comes back.
    return !this.index.byName.get(norm(p.name)).some((e) => e.kind === 'person' && e.role !== null && REPORTER_ROLE.test(e.role));
  }

  /** Whether what this entity said is shown: everyone but the byline's authors, unless introduced as reporters. */
  speaksInText(e: Entity): boolean {
    return this.isSilentAuthor(e) === false;
  }

  isAuthor(name: string): boolean {
    const n = norm(name);
    if (this.authors.has(n)) return true;
    if (!n.includes(' ')) for (const a of this.authors) if (a.split(/\s+/).pop() === n) return true;
    return false;
  }

  notePlace(name: string): void {
    this.places.add(norm(name));
  }

  isPlace(name: string): boolean {
    return this.places.has(norm(name));
  }

  /** Order of creation, for lists merged from two indexes. */
  private created(e: EntityRecord): number {
    return Number(e.id.slice(1));
  }

  private create(name: string, kind: SpeakerKind, role: string | null, extra: Partial<EntityRecord> = {}): EntityRecord {
    const e: EntityRecord = {
      id: `s${this.nextId++}`, name, kind, role, gender: null, plural: false, surname: null, given: null,
      mentions: 0, head: null, ...extra,
    };
    this.records.push(e);
    this.index.add(e);
    return e;
  }

  mention(e: EntityRecord, pos: number, oblique = false): EntityRecord {
    e.mentions++;
    this.timeline.add(e, pos, oblique);
    return e;
  }

  /** "URWU" once the United Rail Workers' Union is known, though the text never spelled the acronym out. */
  private bodyByInitials(word: string): EntityRecord | null {
    if (!/^[\p{Lu}]{2,6}$/u.test(word)) return null;
    const bodies = this.index.byInitials.get(word).filter((e) => e.kind === 'organization' && e.name.includes(' ') && initialsOf(e.name.split(/\s+/)) === word);
    return bodies.length === 1 ? bodies[0] : null;
  }

  /** "the United Rail Workers' Union (URWU)": later mentions of the acronym are the body. */
  alias(short: string, e: EntityRecord): void {
    if (!this.aliases.has(norm(short))) this.aliases.set(norm(short), e);
  }

  /** A person or organisation named in the text. Returns null for the byline's authors. */
  resolveName(p: NamePhrase, pos: number, countMention = true, oblique = false): EntityRecord | null {
    if (this.isSilentAuthor(p)) return null;
    const tokens = p.tokens;
    let found: EntityRecord | null = tokens.length === 1 ? this.aliases.get(norm(p.name)) ?? this.bodyByInitials(tokens[0]) : null;
    if (found) {
      // An acronym the text defined: "the United Rail Workers' Union (URWU)", then "the URWU".
    } else if (p.kind === 'organization') {
      found = this.index.byName.get(norm(p.name)).find((e) => e.kind === 'organization') ?? null;
      if (!found && tokens.length === 1) found = this.index.byWord.get(norm(p.name)).find((e) => e.kind === 'organization') ?? null;
      if (!found) found = this.create(p.name, 'organization', null);
      // "news site ByteWire": the noun it was given is its head, so "the site" finds it and "the company" does not.
      if (p.head && !found.head) found.head = p.head;
    } else if (tokens.length >= 2) {
      // One name, one speaker, whatever kind an earlier mention made it.
      found = this.index.byName.get(norm(p.name)).find((e) => e.kind !== 'unnamed') ?? null;
      // "García Márquez" after "Ana García Márquez": a two-word surname on its own.
      if (!found && !p.titled) {
        const key = norm(p.name);
        found = this.index.byLastWord.get(key.split(/\s+/).pop()!).find((e) => e.kind === 'person' && norm(e.name).endsWith(' ' + key)) ?? null;
      }
      if (!found) {
        const surnameFirst = SURNAME_FIRST.has(tokens[0].toLowerCase()) && tokens.length <= 3;
        // "Adeyemi Akinruntan II", "Martin Luther King Jr": a generation mark is not the surname.
        const generation = tokens.length >= 3 && /^(?:II|III|IV|Jr\.?|Sr\.?)$/.test(tokens[tokens.length - 1]) ? 1 : 0;
        const surname = surnameFirst ? tokens[0] : tokens[tokens.length - 1 - generation];
        const given = surnameFirst ? tokens.slice(1).join(' ') : tokens[0];
        found = this.create(p.name, 'person', p.role, { surname, given });
        found.gender = p.honorificGender ?? roleGender(p.role) ?? givenNameGender([given]);
      }
    } else {
      found = this.bySurname(tokens[0], p.honorificGender, pos);
      if (!found) {
        const key = norm(p.name);
        // "Meridian" for Meridian Fuels, "Herons" for the Lakeport Herons: a body called by part of its name.
        const known = this.index.byName.get(key).find((e) => e.kind !== 'person') ??
          this.index.byWord.get(key).find((e) => e.kind === 'organization');
        if (known) found = known;
        else if (p.titled) {
          found = this.create(p.name, 'person', p.role, { surname: p.name });
          found.gender = p.honorificGender ?? roleGender(p.role);
        } else {
          // A lone capitalised word speaking that is nobody's surname is a body or a place standing for one:
          // "Beijing has previously said", "Brightwave said".
          found = this.create(p.name, 'organization', null);
        }
      }
    }
    if (found.kind === 'person') {
      if (!found.role && p.role) found.role = p.role;
      if (!found.gender && p.honorificGender) found.gender = p.honorificGender;
    }
    return countMention ? this.mention(found, pos, oblique) : found;
  }

  private bySurname(word: string, gender: Gender, pos: number): EntityRecord | null {
    const key = norm(word);
    // Bearers of the surname and people whose whole name is the word, in order of creation.
    const bearers = [...new Set([...this.index.surnames.get(key), ...this.index.byName.get(key)])].sort((x, y) => this.created(x) - this.created(y));
    const candidates = bearers.filter(
      (e) => e.kind === 'person' && (norm(e.surname ?? '') === key || norm(e.name) === key) && !(gender && e.gender && e.gender !== gender),
    );
    if (candidates.length === 0) {
      const given = this.index.byGiven.get(key).filter((e) => e.kind === 'person');
      return given.length === 1 ? given[0] : null;
    }
    const best = this.timeline.mostRecent(candidates, pos);
    if (gender && !best.gender) best.gender = gender;
    return best;
  }

  resolvePronoun(pronoun: string, pos: number, not: EntityRecord | null = null): EntityRecord | null {
    return resolvePronoun(this.host, pronoun, pos, not);
  }

  /**
   * A pronoun that was taken for someone its own clause goes on to name: "He added that the club would
   * appeal against Thorsby's ban" is not Thorsby (a pronoun does not point forward to a name it governs).
   * Takes back the mention the first reading made and reads the pronoun again without that person.
   */
  rereadPronoun(pronoun: string, pos: number, wrong: EntityRecord): EntityRecord | null {
    if (!this.timeline.remove(wrong, pos)) return null;
    wrong.mentions--;
    return this.resolvePronoun(pronoun, pos, wrong);
  }

  /**
   * "The report also found that ...": a document whose issuer the sentence does not name speaks for the body
   * the text was just about, if one was the subject of a sentence nearby; null when none was.
   */
  issuerNear(pos: number, within = 1500): EntityRecord | null {
    const body = this.timeline.bodyBefore(pos, within);
    return body ? this.mention(body, pos) : null;
  }

  /** "the mayor", "the judge": the most recent person whose role has that word; else an unnamed source. */
  resolveRole(role: string, head: string, pos: number): EntityRecord {
    return resolveRole(this.host, role, head, pos);
  }

  /** "the ministry" refers back to a named body whose name or description has that word. */
  resolveOrgNoun(name: string, head: string, definite: boolean, pos: number): EntityRecord {
    return resolveOrgNoun(this.host, name, head, definite, pos);
  }

  unnamed(name: string, head: string, plural: boolean, pos: number, definite = false, oblique = false): EntityRecord {
    // "the expert" after "one legal expert": the same source again.
    const earlier = definite ? this.index.byHead.get(head).filter((e) => e.kind === 'unnamed') : [];
    const existing = this.index.byName.get(norm(name)).find((e) => e.kind === 'unnamed') ??
      (earlier.length ? this.timeline.mostRecent(earlier, pos) : undefined);
    const e = existing ?? this.create(name, 'unnamed', null, { head, plural, gender: roleGender(head) });
    return this.mention(e, pos, oblique);
  }

  /**
   * What the text says an entity is ("the council's leader", "a grain trader in Tarsen"): the first
   * description read is kept, as the one nearest the first mention; later ones do not overwrite it.
   */
  describe(entity: Entity, role: string | null): void {
    const e = entity as EntityRecord;
    if (!e.role && role) e.role = role;
  }

  /** A gender the text shows ("Steenburgen's son, filmmaker ..."), kept only when none was known. */
  learnGender(entity: Entity, gender: Gender): void {
    const e = entity as EntityRecord;
    if (!e.gender && gender) e.gender = gender;
  }

  /** A name first read as a person's turns out to be a body's ("Harbor Mutual, one of the largest insurers"). */
  reclassifyAsBody(entity: Entity): void {
    const e = entity as EntityRecord;
    e.kind = 'organization';
    e.gender = null;
  }

  /** A document standing as the source ("according to a survey"): an unnamed source that is never "he" or "she". */
  sourceDocument(noun: string, pos: number): EntityRecord {
    const source = this.unnamed(noun, noun, false, pos);
    source.inanimate = true;
    return source;
  }

  /** The one person whose full name has this one-word name as surname ("Okafor" met before "Kofi Okafor"). */
  fullNameOf(e: Entity): Entity | null {
    const full = this.index.surnames.get(norm(e.name)).filter((p) => p.kind === 'person' && p !== e && p.surname === e.name && p.name.includes(' '));
    return full.length === 1 ? full[0] : null;
  }

  /** The one body whose name has these initials ("URWU" met before "the United Rail Workers' Union"). */
  expansionOf(e: Entity): Entity | null {
    if (e.kind !== 'organization' || !/^[\p{Lu}]{2,6}$/u.test(e.name)) return null;
    const named = this.index.byInitials.get(e.name).filter((b) => b !== e && b.kind === 'organization' && b.name.includes(' ') && initialsOf(b.name.split(/\s+/)) === e.name);
    return named.length === 1 ? named[0] : null;
  }

  /** The body a short mention ("Brennard police", "a federal regulator") turns out to be, named in full after it. */
  namedLater(e: Entity): Entity | null {
    return fullNameLater(e as EntityRecord, this.records, this.timeline) ?? personNamedLater(e as EntityRecord, this.records, this.timeline);
  }

  /**
   * A person already named in the text, by full name or surname, counted as mentioned at `pos`; null when
   * nobody bears the name (nothing is created: a label such as "Update:" must not become a speaker).
   */
  knownPerson(name: string, pos: number): Entity | null {
    const words = name.trim().split(/\s+/);
    const found = words.length === 1 ? this.bySurname(words[0], null, pos) :
      this.index.byName.get(norm(name)).find((e) => e.kind === 'person') ?? null;
    return found ? this.mention(found, pos) : null;
  }

  /** Whether a one-word name is some known person's surname ("Fleming, the coach, said"). */
  isKnownSurname(word: string): boolean {
    return this.index.surnames.get(norm(word)).some((e) => e.kind === 'person' && (e.surname ?? '').toLowerCase() === word);
  }

  /** Whether someone already bears this one-word name as surname or name (a bare surname refers back only then). */
  bearsName(word: string): boolean {
    return [...this.index.surnames.get(norm(word)), ...this.index.byName.get(norm(word))].some((e) => e.kind === 'person' && (e.surname === word || e.name === word));
  }

  /** Resolves any speaker phrase; null when it cannot be a speaker (the byline's author, an unresolved pronoun). */
  resolve(p: SpeakerPhrase, pos: number): EntityRecord | null {
    switch (p.type) {
      case 'pronoun':
        return this.resolvePronoun(p.pronoun, pos);
      case 'name':
        return this.resolveName(p.phrase, pos);
      case 'role':
        return this.resolveRole(p.role, p.head, pos);
      case 'orgNoun':
        return this.resolveOrgNoun(p.name, p.head, p.definite, pos);
      case 'unnamed':
        return this.unnamed(p.name, p.head, p.plural, pos, p.definite ?? false);
    }
  }
}
