/**
 * A person met first by role and named only after: "The council's planning officer told the committee ..."
 * and then "the planning officer, Dana Whitlock, told the Courier ..."; "A coroner has said she will write
 * ..." and then "senior coroner ... Angharad Pryce-Lowe said". The role was read first with nobody to refer
 * back to, so it stood as an unnamed source; once the whole article is read, it is the person named next
 * whose role has the same head noun. The person mirror of named-later.ts (bodies), and as strict:
 *
 * - the short mention is one unnamed person (not plural) whose head noun is a role word ("officer",
 *   "coroner", "prosecutor"), not a word for anyone at all ("resident", "official", "source");
 * - the named person's role holds that head noun as a word;
 * - the name comes after the short mention, within a few paragraphs, and only one such person fits.
 *
 * Must join: "the planning officer" → "Dana Whitlock" (role "the planning officer"). Must not join: "a
 * spokesperson" to nobody when two spokespeople are named after it; "officials" (plural) to anyone.
 */
import type { EntityRecord } from './entity';
import { ROLE_NOUNS } from './lexicon';
import type { MentionTimeline } from './timeline';

/** How far after the role the name may first come, in characters. */
const WITHIN = 4000;
/** Role words too general to stand for one named person met later. */
const GENERAL = new Set(['official', 'source', 'spokesperson', 'spokesman', 'spokeswoman', 'member', 'resident', 'aide', 'person', 'expert', 'analyst', 'witness']);

export function personNamedLater(short: EntityRecord, records: readonly EntityRecord[], timeline: MentionTimeline): EntityRecord | null {
  if (short.kind !== 'unnamed' || short.plural || !short.head || !ROLE_NOUNS.has(short.head) || GENERAL.has(short.head)) return null;
  const head = short.head;
  const first = timeline.firstMentions();
  const from = first.get(short);
  if (from === undefined) return null;
  const word = new RegExp(`\\b${head}\\b`, 'i');
  const fitting = records.filter((e) => {
    if (e === short || e.kind !== 'person' || !e.role || !word.test(e.role) || !e.name.includes(' ')) return false;
    const at = first.get(e);
    return at !== undefined && at > from && at - from <= WITHIN;
  });
  return fitting.length === 1 ? fitting[0] : null;
}
