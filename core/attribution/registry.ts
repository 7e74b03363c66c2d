/**
 * Speaker registry and coreference: who a name, a surname, a role, a pronoun or "the ministry" refers to.
 *
 * Every mention lands on a timeline, so a pronoun resolves to the most recent fitting entity, however many
 * paragraphs back it is. A surname resolves to the most recent person bearing it whose gender does not clash
 * ("Ms Ruiz" skips a man called Ruiz), which is what keeps two people with one surname apart.
 */
import type { SpeakerKind } from './types';
import { tally } from './work';
import { NameIndexes, initialsOf, norm } from './name-index';
import { type Gender, type NamePhrase, givenNameGender, roleGender } from './names';
import type { SpeakerPhrase } from './speaker-phrase';
import { COMPANY_WORDS, MEDIA_HEADS, ROLE_SYNONYMS, SURNAME_FIRST } from './lexicon';

/** Lower-case nouns that can refer to a body named with a different head word. */
const ORG_SYNONYMS: Record<string, string[]> = {
  union: ['federation', 'guild', 'association', 'confederation', 'union'],
  federation: ['union', 'association', 'confederation'],
  ministry: ['department', 'ministry', 'office'],
  department: ['ministry', 'department', 'office'],
  agency: ['authority', 'office', 'bureau', 'agency', 'service', 'administration'],
  // "the utility" after "Northgate Power", "Harbour Water": a body named for what it supplies.
  utility: ['power', 'energy', 'electric', 'electricity', 'water', 'gas', 'utilities', 'utility', 'grid'],
  authority: ['agency', 'board', 'office', 'authority'],
  party: ['party', 'group', 'alliance', 'coalition'],
  council: ['council', 'assembly', 'board'],
};

/** Heads of bodies that are not businesses or teams: what "the company" or "the club" cannot mean. */
const PUBLIC_BODY_HEADS = new Set(
  'council ministry department agency authority commission committee court police office institute institution association federation confederation government party parliament assembly university college school hospital center centre clinic church charity foundation trust society union board bureau regulator inspectorate tribunal watchdog senate congress army'.split(' '),
);

/** An entity as the registry keeps it; everyone else sees it read-only (`Entity`) and changes it through the registry's methods. */
interface EntityRecord {
  id: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  gender: Gender;
  plural: boolean;
  /** Key a bare surname matches ("Li" for Li Keqiang, "Becker" for Tom Becker). */
  surname: string | null;
  given: string | null;
  mentions: number;
  /** Head noun for unnamed sources and lower-case organisations ("aide", "ministry"). */
  head: string | null;
  /** A document standing as a source ("a survey"): never "he" or "she". */
  inanimate?: boolean;
  /** The gender was only learnt from a pronoun with nobody else near: no proof of a person. */
  genderGuessed?: boolean;
}

/** A speaker or mention target as rules see it: read-only; the registry alone describes or reclassifies it. */
export type Entity = Readonly<EntityRecord>;

/** The stretch of the timeline a pronoun at `pos` may point back to; `nearFrom` starts the last 600 characters. */
interface PronounWindow {
  pos: number;
  from: number;
  nearFrom: number;
  end: number;
  not: EntityRecord | null;
}

/**
 * How many mentions back a pronoun is looked up. Far more than any article needs (a pronoun points a few
 * sentences back); it bounds the work per pronoun, so a page of thousands of names stays linear.
 */
const PRONOUN_LOOKBACK = 2000;

interface Mention {
  entity: EntityRecord;
  pos: number;
  /** After a preposition or "than": rarely what a later pronoun points back to. */
  oblique: boolean;
}

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
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
  private readonly timeline: Mention[] = [];
  private readonly authors: Set<string>;
  private readonly places = new Set<string>();
  /** Short names the text defines for a body: "United Rail Workers' Union (URWU)". */
  private readonly aliases = new Map<string, EntityRecord>();
  private nextId = 1;
  /** Entities filed by name, word, last word, surname, given name, initials and head noun. */
  private readonly index = new NameIndexes<EntityRecord>();

  constructor(authors: string[] = []) {
    this.authors = new Set(authors.map(norm).filter(Boolean));
  }

  /**
   * Whether a name is one of the byline's authors who does not speak here. An author the text introduces
   * as its reporter ("Our correspondent Nadia Ferreira reports that ...", a live blog's reporter at the
   * scene) is a source like any other: reporters and outlets are quoted too.
   */
  isSilentAuthor(p: { name: string; role: string | null }): boolean {
    return this.isAuthor(p.name) && !(p.role && REPORTER_ROLE.test(p.role));
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
    // Kept in text order (mentions arrive nearly in order, so this is a short walk from the end).
    let i = this.timeline.length;
    while (i > 0 && this.timeline[i - 1].pos > pos) i--;
    this.timeline.splice(i, 0, { entity: e, pos, oblique });
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
        const surname = surnameFirst ? tokens[0] : tokens[tokens.length - 1];
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
    const best = this.mostRecent(candidates, pos);
    if (gender && !best.gender) best.gender = gender;
    return best;
  }

  /** Mentions are recorded as they are read, not always in text order: recency is by position. */
  private mostRecent(candidates: EntityRecord[], pos: number, subjectsFirst = false): EntityRecord {
    const wanted = new Set(candidates);
    // A body met only after a preposition ("an analyst at Kronau Bank") is what the sentence was about less
    // often than one that was a subject: asked to, prefer the latter.
    if (subjectsFirst) {
      for (let i = this.timeline.length - 1; i >= 0; i--) {
        const m = this.timeline[i];
        if (m.pos <= pos && !m.oblique && wanted.has(m.entity)) return m.entity;
      }
    }
    for (let i = this.timeline.length - 1; i >= 0; i--) {
      const m = this.timeline[i];
      if (m.pos <= pos && wanted.has(m.entity)) return m.entity;
    }
    return candidates[candidates.length - 1];
  }

  resolvePronoun(pronoun: string, pos: number, not: EntityRecord | null = null): EntityRecord | null {
    // Outside quotes, "I" and "we" are the writer or the publication, never a source.
    if (pronoun === 'i' || pronoun === 'we') return null;
    let end = this.timeline.length;
    while (end > 0 && this.timeline[end - 1].pos >= pos) end--;
    const from = Math.max(0, end - PRONOUN_LOOKBACK);
    let nearFrom = end;
    while (nearFrom > from && pos - this.timeline[nearFrom - 1].pos < 600) nearFrom--;
    const w: PronounWindow = { pos, from, nearFrom, end, not };
    // Subjects first: "... than Rose-Lynn Harlan has ever been. 'It was terrifying,' she said" is not Harlan.
    // Only nearby, so that a far subject does not win over the one person just mentioned. Then a person
    // nearby even after a preposition ("The call came from Chief Inspector Robert Ashcombe. He says ..."),
    // before a subject from paragraphs back: recency outranks grammatical role across paragraphs.
    // Not for "it": a body after a preposition is mostly a place ("at Brookfield Medical Center").
    const personal = pronoun === 'he' || pronoun === 'she';
    return this.pronounAmong(pronoun, w, true, true) ?? (personal ? this.pronounAmong(pronoun, w, true, false) : null) ??
      this.pronounAmong(pronoun, w, false, true) ?? this.pronounAmong(pronoun, w, false, false) ??
      (pronoun === 'it' ? this.unmarkedBody(w) : null);
  }

  /** Whether "he" or "she" can refer to this entity at all. */
  private canBe(pronoun: string, e: EntityRecord): boolean {
    if (e.kind === 'organization' || e.plural || e.inanimate) return false;
    const want: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    return !(want && e.gender && e.gender !== want);
  }

  /**
   * A pronoun that was taken for someone its own clause goes on to name: "He added that the club would
   * appeal against Thorsby's ban" is not Thorsby (a pronoun does not point forward to a name it governs).
   * Takes back the mention the first reading made and reads the pronoun again without that person.
   */
  rereadPronoun(pronoun: string, pos: number, wrong: EntityRecord): EntityRecord | null {
    let k = this.timeline.length - 1;
    while (k >= 0 && !(this.timeline[k].entity === wrong && this.timeline[k].pos === pos)) k--;
    if (k < 0) return null;
    this.timeline.splice(k, 1);
    wrong.mentions--;
    return this.resolvePronoun(pronoun, pos, wrong);
  }

  /**
   * "..., it said in a statement" with no body known yet: a company's name looks like a person's ("Halvard
   * Chemie"), so the most recent subject that has shown nothing of a person (no title, role or gender) is it.
   */
  private unmarkedBody(w: PronounWindow): EntityRecord | null {
    for (let i = w.end - 1; i >= w.from; i--) {
      const { entity: e, oblique } = this.timeline[i];
      if (e === w.not) continue;
      tally('registry:pronoun');
      if (oblique || e.kind !== 'person' || e.role || e.gender || !e.name.includes(' ') || this.isPlace(e.name)) continue;
      e.kind = 'organization';
      return this.mention(e, w.pos);
    }
    return null;
  }

  /**
   * The most recent mention in the window the pronoun can be: only subjects when `subjectsOnly`, only those
   * within 600 characters when `nearOnly`.
   */
  private pronounAmong(pronoun: string, w: PronounWindow, nearOnly: boolean, subjectsOnly: boolean): EntityRecord | null {
    const want: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    for (let i = w.end - 1; i >= (nearOnly ? w.nearFrom : w.from); i--) {
      const m = this.timeline[i];
      const e = m.entity;
      if (e === w.not || (subjectsOnly && m.oblique)) continue;
      tally('registry:pronoun');
      if (pronoun === 'he' || pronoun === 'she') {
        if (!this.canBe(pronoun, e)) continue;
        // A pronoun teaches a gender only when nobody else was near: one wrong guess would turn every
        // later pronoun away from the right person.
        if (!e.gender && want) {
          let others = false;
          for (let k = w.end - 1; k >= w.nearFrom && !others; k--) {
            const o = this.timeline[k];
            tally('registry:pronoun-gender');
            others = o.entity !== w.not && o.entity !== e && o.entity.kind !== 'organization' && !o.entity.plural;
          }
          if (!others) {
            e.gender = want;
            e.genderGuessed = true;
          }
        }
        return this.mention(e, w.pos);
      }
      if (pronoun === 'they' || pronoun === 'we') {
        if (e.plural || e.kind === 'organization') return this.mention(e, w.pos);
        continue;
      }
      if (pronoun === 'it' && e.kind === 'organization') return this.mention(e, w.pos);
    }
    return null;
  }

  /**
   * "The report also found that ...": a document whose issuer the sentence does not name speaks for the body
   * the text was just about, if one was the subject of a sentence nearby; null when none was.
   */
  issuerNear(pos: number, within = 1500): EntityRecord | null {
    for (let i = this.timeline.length - 1; i >= 0; i--) {
      const m = this.timeline[i];
      if (m.pos >= pos) continue;
      if (pos - m.pos > within) return null;
      if (!m.oblique && m.entity.kind === 'organization' && !m.entity.plural) return this.mention(m.entity, pos);
    }
    return null;
  }

  /** "the mayor", "the judge": the most recent person whose role has that word; else an unnamed source. */
  resolveRole(role: string, head: string, pos: number): EntityRecord {
    tally('registry:roles', this.records.length);
    const heads = [head, ...(ROLE_SYNONYMS.get(head) ?? [])];
    const candidates = this.records.filter((e) => e.kind === 'person' && e.role && norm(e.role).split(/[\s-]+/).some((w) => heads.includes(w)));
    // "the Rovers boss" after "Rovers boss Gary Lindell" and "Ashbury manager Neil Farrant": the words in
    // front of the head say whose boss, and pick the one whose role has them.
    const modifiers = norm(role).split(/[\s-]+/).filter((w) => w && !DETERMINER_WORDS.has(w) && w !== head);
    const fitting = modifiers.length ? candidates.filter((e) => {
      const words = new Set(norm(e.role!).split(/[\s-]+/));
      return modifiers.every((w) => words.has(w));
    }) : [];
    if (fitting.length > 0) return this.mention(this.mostRecent(fitting, pos), pos);
    if (candidates.length > 0) return this.mention(this.mostRecent(candidates, pos), pos);
    const name = role.replace(/^(the|his|her|its|their|a|an)\s+/i, '');
    return this.unnamed(name, head, false, pos);
  }

  /** "the ministry" refers back to a named body whose name or description has that word. */
  resolveOrgNoun(name: string, head: string, definite: boolean, pos: number): EntityRecord {
    tally('registry:body-nouns', this.records.length);
    if (definite) {
      const candidates = this.records.filter(
        (e) => e.kind === 'organization' && (norm(e.name).split(/\s+/).includes(head) || (e.role && norm(e.role).split(/\s+/).includes(head)) || e.head === head),
      );
      if (candidates.length > 0) return this.mention(this.mostRecent(candidates, pos), pos);
      const synonyms = ORG_SYNONYMS[head];
      if (synonyms) {
        // "Northgate Power" may have been read as a person's name (nothing said it was a body): one that has
        // shown nothing of a person (no role, no known gender) is the body the noun means.
        const near = this.records.filter((e) => (e.kind === 'organization' || (e.kind === 'person' && !e.role && (!e.gender || e.genderGuessed) && e.name.includes(' '))) &&
          norm(e.name).split(/\s+/).some((w) => synonyms.includes(w)));
        if (near.length > 0) {
          const e = this.mostRecent(near, pos);
          e.kind = 'organization';
          return this.mention(e, pos);
        }
      }
      if (COMPANY_WORDS.has(head)) {
        // "the company" / "the team" with no body of that word named: the most recent name that has shown
        // nothing of a person (no title, role, gender) is the body meant ("Nordlys Orbital", "Lakeport Herons").
        // A council, a hospital or a university is never "the company" or "the club", whatever was named last.
        const bodies = this.records.filter((e) => !norm(e.name).split(/\s+/).some((w) => MEDIA_HEADS.has(w) || PUBLIC_BODY_HEADS.has(w)) &&
          ((e.kind === 'organization' && !e.head && !this.isPlace(e.name)) || (e.kind === 'person' && !e.role && (!e.gender || e.genderGuessed) && e.name.includes(' '))));
        if (bodies.length > 0) {
          const e = this.mostRecent(bodies, pos, true);
          e.kind = 'organization';
          return this.mention(e, pos);
        }
      }
    }
    const clean = name.replace(/^(the|a|an|its|their|his|her)\s+/i, '');
    const existing = this.index.byName.get(norm(clean)).find((e) => e.kind === 'organization');
    return this.mention(existing ?? this.create(clean, 'organization', null, { head }), pos);
  }

  unnamed(name: string, head: string, plural: boolean, pos: number, definite = false, oblique = false): EntityRecord {
    // "the expert" after "one legal expert": the same source again.
    const earlier = definite ? this.index.byHead.get(head).filter((e) => e.kind === 'unnamed') : [];
    const existing = this.index.byName.get(norm(name)).find((e) => e.kind === 'unnamed') ??
      (earlier.length ? this.mostRecent(earlier, pos) : undefined);
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
