/**
 * The floor attribution is measured against: what one speech-verb regular expression per sentence finds.
 * A sentence with a speech verb gives one claim: its quoted words if it has any, else the words after the
 * verb ("that" dropped); the speaker is the capitalised run right after the verb ("…," said Ana Ruiz) or the
 * two words before it ("Ana Ruiz said"), and "he"/"she"/"they" is the last speaker named. Nothing else:
 * no coreference beyond that, no organisations' descriptions, no colon or dash forms.
 */
import type { ScoredClaim } from './gum-wikinews';

const VERB = /\b(said|says|say|told|tells|added|adds|stated|states|claimed|claims|explained|warned|according to)\b/i;
const QUOTE = /["“]([^"“”]{3,})["”]/g;
const NAME_AFTER = /^\s*(?:[A-Z][\w'’.-]*\s*){1,4}/;
const PRONOUN = /^(he|she|they|it|we)$/i;

export function naiveAttribution(paragraphs: { text: string; start: number }[]): ScoredClaim[] {
  const claims: ScoredClaim[] = [];
  let last = '';
  for (const p of paragraphs) {
    const sentence = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
    for (let m = sentence.exec(p.text); m; m = sentence.exec(p.text)) {
      const s = m[0];
      const v = VERB.exec(s);
      if (!v) continue;
      const before = s.slice(0, v.index).trim().split(/\s+/).filter(Boolean);
      const after = s.slice(v.index + v[0].length);
      const named = NAME_AFTER.exec(after)?.[0].trim().replace(/[.,!?]+$/, '');
      let speaker = named && !/^(that|the)$/i.test(named) ? named : before.slice(-2).join(' ').replace(/^["“,]+|[,"”]+$/g, '');
      if (PRONOUN.test(speaker.split(' ').pop() ?? '')) speaker = last || speaker;
      if (speaker) last = speaker;
      const quotes = [...s.matchAll(QUOTE)];
      const base = p.start + m.index;
      if (quotes.length) {
        for (const q of quotes) {
          const start = base + (q.index ?? 0) + 1;
          claims.push({ text: q[1], start, end: start + q[1].length, speaker });
        }
      } else {
        const rest = after.replace(/^\s*(?:that\s+)?/i, '');
        const start = base + s.length - rest.length;
        if (rest.trim().length > 10) claims.push({ text: rest, start, end: start + rest.length, speaker });
      }
    }
  }
  return claims;
}
