/**
 * A body named in full only after its short mention: "Brennard police say ..." and then "according to the
 * Brennard Police Department"; "a federal regulator accused ..." and then "The Consumer Data Commission said
 * ...". The short mention was read first, with nothing to refer back to, so it stood as a source of its own;
 * once the whole article is read, it is the body named next that its head noun can mean. This is a
 * forward reading, the mirror of "the ministry" referring back (body-nouns.ts), and it is as strict:
 *
 * - the short mention is a lower-case description with a head noun that names a kind of body ("police",
 *   "regulator", "ministry"), and every other word in it is in the full name ("Brennard") or says only what
 *   level it works at ("federal", "state", "local");
 * - the full name's words hold a word that kind of body is called by ("Police", "Sheriff's", "Commission");
 * - it is first named after the short mention and within a few paragraphs of it, and it is the only one
 *   that fits there; two fitting bodies leave the short mention as it was.
 */
import { wordTable } from './lexicon';
import type { EntityRecord } from './entity';
import { norm } from './name-index';
import type { MentionTimeline } from './timeline';

/** Head nouns of a short mention, and the words a full name of that kind of body holds. */
const FULL_NAME_WORDS: Record<string, readonly string[]> = wordTable({
  police: ['police', 'constabulary', 'sheriff', "sheriff's", 'gendarmerie', 'garda'],
  regulator: ['commission', 'authority', 'agency', 'office', 'board', 'regulator', 'inspectorate', 'bureau', 'ombudsman'],
  watchdog: ['commission', 'authority', 'agency', 'office', 'board', 'watchdog', 'inspectorate', 'bureau', 'ombudsman'],
  ministry: ['ministry', 'department'],
  department: ['department', 'ministry'],
  agency: ['agency', 'authority', 'bureau', 'service', 'administration', 'office'],
  authority: ['authority', 'agency', 'board', 'commission'],
  commission: ['commission'],
  union: ['union', 'federation', 'association', 'guild'],
  court: ['court', 'tribunal'],
  utility: ['power', 'energy', 'electric', 'water', 'gas', 'utilities', 'grid'],
});

/** Words that say only at what level a body works: they need not be in its full name. */
const LEVEL_WORDS = new Set(['federal', 'state', 'national', 'regional', 'local', 'city', 'county', 'provincial', 'municipal', 'government', 'independent', 'the', 'a', 'an', 'its']);

/** How far after the short mention the full name may first come, in characters. */
const WITHIN = 3000;

export function fullNameLater(short: EntityRecord, records: readonly EntityRecord[], timeline: MentionTimeline): EntityRecord | null {
  if (short.kind === 'person') return null;
  const words = norm(short.name).split(/\s+/);
  // "Brennard police" was read as a name with a body noun after it: its last word, in lower case, is its head.
  const head = short.head ?? (/^[\p{Ll}]/u.test(short.name.split(/\s+/).pop() ?? '') ? words[words.length - 1] : null);
  const wanted = head ? FULL_NAME_WORDS[head] : undefined;
  if (!head || !wanted) return null;
  // A description, not a name: at most one capitalised word (a place, "Brennard police").
  if (short.name.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w)).length > 1) return null;
  const first = timeline.firstMentions();
  const from = first.get(short);
  if (from === undefined) return null;
  const fitting = records.filter((e) => {
    if (e === short || e.kind !== 'organization' || !e.name.includes(' ') || !/^[\p{Lu}]/u.test(e.name)) return false;
    const at = first.get(e);
    if (at === undefined || at <= from || at - from > WITHIN) return false;
    const full = norm(e.name).split(/\s+/);
    return full.some((w) => wanted.includes(w)) && words.every((w) => w === head || LEVEL_WORDS.has(w) || full.includes(w));
  });
  return fitting.length === 1 ? fitting[0] : null;
}
