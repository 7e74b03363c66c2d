/**
 * An entity as the speaker registry keeps it: a person, a body or an unnamed source. Only the registry and
 * its helpers (timeline, pronouns, body nouns) hold the writable record; rules see it read-only (`Entity`)
 * and change it through the registry's methods.
 */
import type { SpeakerKind } from './types';
import type { Gender } from './names';

export interface EntityRecord {
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
