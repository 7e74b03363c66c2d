/**
 * Every mention of an entity in text order: what recency means for a pronoun, a bare surname, "the
 * ministry" or a document's issuer. Mentions arrive nearly in order (a rule may read a name a little before
 * one already noted), so inserting is a short walk from the end.
 */
import type { EntityRecord } from './entity';

export interface Mention {
  entity: EntityRecord;
  pos: number;
  /** After a preposition or "than": rarely what a later pronoun points back to. */
  oblique: boolean;
}

export class MentionTimeline {
  readonly mentions: Mention[] = [];

  get length(): number {
    return this.mentions.length;
  }

  at(i: number): Mention {
    return this.mentions[i];
  }

  add(entity: EntityRecord, pos: number, oblique: boolean): void {
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1].pos > pos) i--;
    this.mentions.splice(i, 0, { entity, pos, oblique });
  }

  /** Takes back the mention of `entity` at `pos`; false when there is none. */
  remove(entity: EntityRecord, pos: number): boolean {
    let k = this.mentions.length - 1;
    while (k >= 0 && !(this.mentions[k].entity === entity && this.mentions[k].pos === pos)) k--;
    if (k < 0) return false;
    this.mentions.splice(k, 1);
    return true;
  }

  /** How many mentions lie before `pos`: the end of the stretch a pronoun at `pos` may point back to. */
  endBefore(pos: number): number {
    let end = this.mentions.length;
    while (end > 0 && this.mentions[end - 1].pos >= pos) end--;
    return end;
  }

  /**
   * The candidate mentioned last at or before `pos` (subjects first when asked: a body met only after a
   * preposition, "an analyst at Kronau Bank", is what the sentence was about less often than a subject);
   * the last created when none was mentioned yet.
   */
  mostRecent(candidates: EntityRecord[], pos: number, subjectsFirst = false): EntityRecord {
    const wanted = new Set(candidates);
    if (subjectsFirst) {
      for (let i = this.mentions.length - 1; i >= 0; i--) {
        const m = this.mentions[i];
        if (m.pos <= pos && !m.oblique && wanted.has(m.entity)) return m.entity;
      }
    }
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.pos <= pos && wanted.has(m.entity)) return m.entity;
    }
    return candidates[candidates.length - 1];
  }

  /** Where each entity is first mentioned (a short mention and the name it may be joined to later). */
  firstMentions(): Map<EntityRecord, number> {
    const out = new Map<EntityRecord, number>();
    for (const m of this.mentions) if (!out.has(m.entity)) out.set(m.entity, m.pos);
    return out;
  }

  /** The body that was last the subject of a sentence within `within` characters before `pos`. */
  bodyBefore(pos: number, within: number): EntityRecord | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.pos >= pos) continue;
      if (pos - m.pos > within) return null;
      if (!m.oblique && m.entity.kind === 'organization' && !m.entity.plural) return m.entity;
    }
    return null;
  }
}
