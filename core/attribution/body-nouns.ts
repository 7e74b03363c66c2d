/**
 * What a role or a body described in lower case refers back to: "the mayor" is the most recent person whose
 * role has that word, "the ministry" or "the utility" a named body whose name or description fits, "the
 * company" the last name that showed nothing of a person. With nothing fitting, the phrase is a source of
 * its own (an unnamed source, or a body known only by its description).
 */
import { wordTable } from './lexicon';
import type { EntityRecord } from './entity';
import type { NameIndexes } from './name-index';
import { norm } from './name-index';
import type { MentionTimeline } from './timeline';
import type { SpeakerKind } from './types';
import { COMPANY_WORDS, MEDIA_HEADS, ROLE_SYNONYMS } from './lexicon';
import { tally } from './work';

/** Lower-case nouns that can refer to a body named with a different head word. */
export const ORG_SYNONYMS: Record<string, string[]> = wordTable({
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
});

/** Heads of bodies that are not businesses or teams: what "the company" or "the club" cannot mean. */
const PUBLIC_BODY_HEADS = new Set(
  'council ministry department agency authority commission committee court police office institute institution association federation confederation government party parliament assembly university college school hospital center centre clinic church charity foundation trust society union board bureau regulator inspectorate tribunal watchdog senate congress army'.split(' '),
);

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** What reading a role or a body noun needs of the registry. */
export interface BodyNounHost {
  readonly records: readonly EntityRecord[];
  readonly index: NameIndexes<EntityRecord>;
  readonly timeline: MentionTimeline;
  mention(e: EntityRecord, pos: number): EntityRecord;
  create(name: string, kind: SpeakerKind, role: string | null, extra?: Partial<EntityRecord>): EntityRecord;
  unnamed(name: string, head: string, plural: boolean, pos: number): EntityRecord;
  isPlace(name: string): boolean;
}

/** "the mayor", "the judge": the most recent person whose role has that word; else an unnamed source. */
export function resolveRole(host: BodyNounHost, role: string, head: string, pos: number): EntityRecord {
  tally('registry:roles', host.records.length);
  const heads = [head, ...(ROLE_SYNONYMS.get(head) ?? [])];
  const candidates = host.records.filter((e) => e.kind === 'person' && e.role && norm(e.role).split(/[\s-]+/).some((w) => heads.includes(w)));
  // "the Rovers boss" after "Rovers boss Gary Lindell" and "Ashbury manager Neil Farrant": the words in
  // front of the head say whose boss, and pick the one whose role has them.
  const modifiers = norm(role).split(/[\s-]+/).filter((w) => w && !DETERMINER_WORDS.has(w) && w !== head);
  const fitting = modifiers.length ? candidates.filter((e) => {
    const words = new Set(norm(e.role!).split(/[\s-]+/));
    return modifiers.every((w) => words.has(w));
  }) : [];
  if (fitting.length > 0) return host.mention(host.timeline.mostRecent(fitting, pos), pos);
  if (candidates.length > 0) return host.mention(host.timeline.mostRecent(candidates, pos), pos);
  const name = role.replace(/^(the|his|her|its|their|a|an)\s+/i, '');
  return host.unnamed(name, head, false, pos);
}

/** "the ministry" refers back to a named body whose name or description has that word. */
export function resolveOrgNoun(host: BodyNounHost, name: string, head: string, definite: boolean, pos: number): EntityRecord {
  tally('registry:body-nouns', host.records.length);
  // "the health commission" after "the Westmark Regional Health Commission": a description whose every word
  // is in a known body's name is that body, with or without "the" (a live blog may name it in full first).
  const described = norm(name).split(/\s+/).filter((w) => w && !DETERMINER_WORDS.has(w));
  if (described.length >= 2) {
    const named = host.index.byLastWord.get(head).filter((e) => e.kind === 'organization' && e.name.includes(' ') && /^[\p{Lu}]/u.test(e.name) &&
      described.every((w) => norm(e.name).split(/\s+/).includes(w)));
    if (named.length > 0) return host.mention(host.timeline.mostRecent(named, pos), pos);
  }
  if (definite) {
    const candidates = host.records.filter(
      (e) => e.kind === 'organization' && (norm(e.name).split(/\s+/).includes(head) || (e.role && norm(e.role).split(/\s+/).includes(head)) || e.head === head),
    );
    if (candidates.length > 0) return host.mention(host.timeline.mostRecent(candidates, pos), pos);
    const synonyms = ORG_SYNONYMS[head];
    if (synonyms) {
      // "Northgate Power" may have been read as a person's name (nothing said it was a body): one that has
      // shown nothing of a person (no role, no known gender) is the body the noun means.
      const near = host.records.filter((e) => (e.kind === 'organization' || (e.kind === 'person' && !e.role && (!e.gender || e.genderGuessed) && e.name.includes(' '))) &&
        norm(e.name).split(/\s+/).some((w) => synonyms.includes(w)));
      if (near.length > 0) {
        const e = host.timeline.mostRecent(near, pos);
        e.kind = 'organization';
        return host.mention(e, pos);
      }
    }
    if (COMPANY_WORDS.has(head)) {
      // "the company" / "the team" with no body of that word named: the most recent name that has shown
      // nothing of a person (no title, role, gender) is the body meant ("Nordlys Orbital", "Lakeport Herons").
      // A council, a hospital or a university is never "the company" or "the club", whatever was named last.
      const bodies = host.records.filter((e) => !norm(e.name).split(/\s+/).some((w) => MEDIA_HEADS.has(w) || PUBLIC_BODY_HEADS.has(w)) &&
        ((e.kind === 'organization' && !e.head && !host.isPlace(e.name)) || (e.kind === 'person' && !e.role && (!e.gender || e.genderGuessed) && e.name.includes(' '))));
      if (bodies.length > 0) {
        const e = host.timeline.mostRecent(bodies, pos, true);
        e.kind = 'organization';
        return host.mention(e, pos);
      }
    }
  }
  const clean = name.replace(/^(the|a|an|its|their|his|her)\s+/i, '');
  const existing = host.index.byName.get(norm(clean)).find((e) => e.kind === 'organization');
  return host.mention(existing ?? host.create(clean, 'organization', null, { head }), pos);
}
