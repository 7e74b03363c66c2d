/**
 * What "he", "she", "they" and "it" outside quotes point back to, read on the registry's mention timeline:
 * the most recent fitting entity, however many paragraphs back it is. Subjects near the pronoun first, then
 * a person nearby even after a preposition, then anyone fitting further back; for "it" with no body known,
 * the last subject that showed nothing of a person.
 */
import type { EntityRecord } from './entity';
import type { Gender } from './names';
import type { MentionTimeline } from './timeline';
import { tally } from './work';

/** What pronoun reading needs of the registry: its timeline, a way to note the pronoun, and its places. */
export interface PronounHost {
  readonly timeline: MentionTimeline;
  mention(e: EntityRecord, pos: number): EntityRecord;
  isPlace(name: string): boolean;
}

/**
 * How many mentions back a pronoun is looked up. Far more than any article needs (a pronoun points a few
 * sentences back); it bounds the work per pronoun, so a page of thousands of names stays linear.
 */
const PRONOUN_LOOKBACK = 2000;
/** Characters before the pronoun in which a mention counts as near. */
const NEAR = 600;

/** The stretch of the timeline a pronoun at `pos` may point back to; `nearFrom` starts the near mentions. */
interface PronounWindow {
  pos: number;
  from: number;
  nearFrom: number;
  end: number;
  not: EntityRecord | null;
}

export function resolvePronoun(host: PronounHost, pronoun: string, pos: number, not: EntityRecord | null = null): EntityRecord | null {
  // Outside quotes, "I" and "we" are the writer or the publication, never a source.
  if (pronoun === 'i' || pronoun === 'we') return null;
  const t = host.timeline;
  const end = t.endBefore(pos);
  const from = Math.max(0, end - PRONOUN_LOOKBACK);
  let nearFrom = end;
  while (nearFrom > from && pos - t.at(nearFrom - 1).pos < NEAR) nearFrom--;
  const w: PronounWindow = { pos, from, nearFrom, end, not };
  // Subjects first: "... than Rose-Lynn Harlan has ever been. 'It was terrifying,' she said" is not Harlan.
  // Only nearby, so that a far subject does not win over the one person just mentioned. Then a person
  // nearby even after a preposition ("The call came from Chief Inspector Robert Ashcombe. He says ..."),
  // before a subject from paragraphs back: recency outranks grammatical role across paragraphs.
  // Not for "it": a body after a preposition is mostly a place ("at Brookfield Medical Center").
  const personal = pronoun === 'he' || pronoun === 'she' || pronoun === 'person';
  return pronounAmong(host, pronoun, w, true, true) ?? (personal ? pronounAmong(host, pronoun, w, true, false) : null) ??
    pronounAmong(host, pronoun, w, false, true) ?? pronounAmong(host, pronoun, w, false, false) ??
    (pronoun === 'it' ? unmarkedBody(host, w) : null);
}

/** Whether "he" or "she" can refer to this entity at all. */
function canBe(pronoun: string, e: EntityRecord): boolean {
  if (e.kind === 'organization' || e.plural || e.inanimate) return false;
  const want: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  return !(want && e.gender && e.gender !== want);
}

/**
 * "..., it said in a statement" with no body known yet: a company's name looks like a person's ("Halvard
 * Chemie"), so the most recent subject that has shown nothing of a person (no title, role or gender) is it.
 */
function unmarkedBody(host: PronounHost, w: PronounWindow): EntityRecord | null {
  for (let i = w.end - 1; i >= w.from; i--) {
    const { entity: e, oblique } = host.timeline.at(i);
    if (e === w.not) continue;
    tally('registry:pronoun');
    if (oblique || e.kind !== 'person' || e.role || e.gender || !e.name.includes(' ') || host.isPlace(e.name)) continue;
    e.kind = 'organization';
    return host.mention(e, w.pos);
  }
  return null;
}

/**
 * The most recent mention in the window the pronoun can be: only subjects when `subjectsOnly`, only near
 * ones when `nearOnly`.
 */
function pronounAmong(host: PronounHost, pronoun: string, w: PronounWindow, nearOnly: boolean, subjectsOnly: boolean): EntityRecord | null {
  const t = host.timeline;
  const want: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  for (let i = w.end - 1; i >= (nearOnly ? w.nearFrom : w.from); i--) {
    const m = t.at(i);
    const e = m.entity;
    if (e === w.not || (subjectsOnly && m.oblique)) continue;
    tally('registry:pronoun');
    if (pronoun === 'he' || pronoun === 'she' || pronoun === 'person') {
      if (!canBe(pronoun, e)) continue;
      // A pronoun teaches a gender only when nobody else was near: one wrong guess would turn every
      // later pronoun away from the right person.
      if (!e.gender && want) {
        let others = false;
        for (let k = w.end - 1; k >= w.nearFrom && !others; k--) {
          const o = t.at(k);
          tally('registry:pronoun-gender');
          others = o.entity !== w.not && o.entity !== e && o.entity.kind !== 'organization' && !o.entity.plural;
        }
        if (!others) {
          e.gender = want;
          e.genderGuessed = true;
        }
      }
      return host.mention(e, w.pos);
    }
    if (pronoun === 'they' || pronoun === 'we') {
      if (e.plural || e.kind === 'organization') return host.mention(e, w.pos);
      continue;
    }
    if (pronoun === 'it' && e.kind === 'organization') return host.mention(e, w.pos);
  }
  return null;
}
