/**
 * The reader's corrections laid over a fresh analysis: what the popup, the library and the exports show.
 * Pure, so the same corrections give the same result in every context and in tests.
 *
 * Order of application, and why:
 * 1. speakers are known by key (their first name's speakerKey), renames giving their shown name;
 * 2. added claims join the list (an added claim the analysis has since found is not doubled: the
 *    reader's speaker wins);
 * 3. "Wrong speaker" moves a claim to the named speaker, matched by first or corrected name, or a new
 *    speaker of the reader's making;
 * 4. "Not a claim" moves a claim to `dismissed`;
 * 5. merges move every claim of one speaker to another, following chains (A into B, B into C).
 * A correction that finds nothing to apply to (its claim is gone from the page, the speaker merged into
 * no longer exists, an empty name) is returned in `unapplied` with the reason, never dropped: the page
 * may show the claim again tomorrow, and the reader can still see and undo it.
 */
import type { Speaker } from '../attribution/types';
import type { AnalyzedClaim } from '../analyze-steps';
import { claimMatchKey } from '../claim-key';
import { speakerKey, type Correction } from './types';

/**
 * Below this, attribution guessed the speaker from context rather than read it next to the words (a
 * quote-only paragraph 0.7, a quote carried over paragraphs 0.75 x 0.95, "S was blunt:" 0.7; see
 * core/attribution/confidence.ts): the popup shows "speaker uncertain". A cue with a named speaker
 * (0.8-0.9) is not flagged, so the label stays rare enough to mean something.
 */
export const UNCERTAIN_BELOW = 0.75;

export type ClaimEdit = 'added' | 'speaker';
export type SpeakerEdit = 'renamed' | 'merged' | 'added';

export interface CorrectedSpeaker extends Speaker {
  /** speakerKey of the speaker's first name: what renames and merges name it by. */
  key: string;
  /** The name before the reader's rename (same as `name` when not renamed). */
  originalName: string;
  edits: SpeakerEdit[];
  /** The speakers merged into this one (key: what their merge correction names them by). */
  mergedFrom: { key: string; name: string }[];
}

export interface CorrectedClaim extends AnalyzedClaim {
  /** claimMatchKey of the text: what corrections name the claim by. */
  key: string;
  edits: ClaimEdit[];
  /** Attribution was unsure of the speaker and the reader has not confirmed it. */
  uncertain: boolean;
  /** The speaker the analysis gave, when the reader moved the claim. */
  originalSpeaker?: string;
}

export interface UnappliedCorrection {
  correction: Correction;
  reason: string;
}

export interface CorrectedAnalysis {
  speakers: CorrectedSpeaker[];
  claims: CorrectedClaim[];
  dismissed: CorrectedClaim[];
  /** Claims per corrected speaker id, when the analysis's per-speaker counts were given. */
  counts?: Record<string, number>;
  unapplied: UnappliedCorrection[];
}

export interface AnalysisToCorrect {
  speakers: readonly Speaker[];
  claims: readonly AnalyzedClaim[];
  /**
   * Claims per speaker id over the whole page, when `claims` is only the first part of them: the
   * counts are carried over, moved by merges, and adjusted for the claims at hand.
   */
  counts?: Readonly<Record<string, number>>;
}

const MAX_MERGE_CHAIN = 20;

export function applyCorrections(analysis: AnalysisToCorrect, corrections: readonly Correction[]): CorrectedAnalysis {
  const unapplied: UnappliedCorrection[] = [];
  const skip = (correction: Correction, reason: string) => unapplied.push({ correction, reason });

  const renames = new Map<string, string>();
  for (const c of corrections) {
    if (c.kind !== 'rename') continue;
    if (!c.to.trim()) skip(c, 'the new name is empty');
    else renames.set(c.target, c.to.trim());
  }

  const byKey = new Map<string, CorrectedSpeaker>();
  const keyOfId = new Map<string, string>();
  const makeSpeaker = (base: Speaker, edits: SpeakerEdit[]): CorrectedSpeaker => {
    const key = speakerKey(base.name);
    const renamed = renames.get(key);
    const speaker: CorrectedSpeaker = {
      ...base,
      key,
      name: renamed ?? base.name,
      originalName: base.name,
      edits: renamed ? [...edits, 'renamed'] : edits,
      mergedFrom: [],
    };
    byKey.set(key, speaker);
    return speaker;
  };
  for (const s of analysis.speakers) {
    const key = speakerKey(s.name);
    const known = byKey.get(key);
    // Two analysed speakers under one name are one speaker to the reader.
    keyOfId.set(s.id, key);
    if (!known) makeSpeaker(s, []);
  }

  /** The speaker a reader's name means: by first name, else by corrected name, else a new one of theirs. */
  const speakerNamed = (name: string): CorrectedSpeaker => {
    const key = speakerKey(name);
    const found = byKey.get(key) ?? [...byKey.values()].find((s) => speakerKey(s.name) === key);
    if (found) return found;
    return makeSpeaker({ id: `reader:${key}`, name: name.trim(), kind: 'person', role: null, mentions: 0 }, ['added']);
  };

  const claims = new Map<string, CorrectedClaim>();
  for (const claim of analysis.claims) {
    const key = claimMatchKey(claim.text);
    if (claims.has(key)) continue;
    const speaker = byKey.get(keyOfId.get(claim.speakerId) ?? '') ?? speakerNamed(claim.speaker);
    claims.set(key, {
      ...claim,
      speakerId: speaker.id,
      key,
      edits: [],
      uncertain: claim.confidence < UNCERTAIN_BELOW,
    });
  }
  // What the claims at hand counted per analysed speaker, before any correction (for `counts`).
  const loadedBefore = new Map<string, number>();
  for (const claim of claims.values()) loadedBefore.set(claim.speakerId, (loadedBefore.get(claim.speakerId) ?? 0) + 1);

  const moveTo = (claim: CorrectedClaim, name: string) => {
    const speaker = speakerNamed(name);
    if (speaker.id !== claim.speakerId) claim.originalSpeaker ??= claim.speaker;
    claim.speakerId = speaker.id;
    claim.speaker = speaker.name;
    claim.uncertain = false;
    if (!claim.edits.includes('speaker')) claim.edits.push('speaker');
  };

  for (const c of corrections) {
    if (c.kind !== 'add') continue;
    if (!c.speaker.trim()) {
      skip(c, 'the added claim has no speaker');
      continue;
    }
    const existing = claims.get(c.target);
    if (existing) {
      moveTo(existing, c.speaker);
      continue;
    }
    const speaker = speakerNamed(c.speaker);
    claims.set(c.target, {
      id: `reader-claim:${c.target}`,
      speakerId: speaker.id,
      speaker: speaker.name,
      text: c.quote,
      kind: 'indirect',
      cue: '',
      confidence: 1,
      selector: c.selector,
      key: c.target,
      edits: ['added'],
      uncertain: false,
    });
  }

  for (const c of corrections) {
    if (c.kind !== 'speaker') continue;
    const claim = claims.get(c.target);
    if (!claim) skip(c, 'the claim is no longer found on the page');
    else if (!c.speaker.trim()) skip(c, 'the speaker name is empty');
    else moveTo(claim, c.speaker);
  }

  const dismissed: CorrectedClaim[] = [];
  for (const c of corrections) {
    if (c.kind !== 'dismiss') continue;
    const claim = claims.get(c.target);
    if (!claim) {
      // Dismissed twice (the same text) is still one dismissal; a vanished claim is kept for later.
      if (!dismissed.some((d) => d.key === c.target)) skip(c, 'the claim is no longer found on the page');
      continue;
    }
    claims.delete(c.target);
    dismissed.push(claim);
  }

  // Merges: speaker key -> the key it was merged into, followed to the end of the chain.
  const mergedInto = new Map<string, string>();
  for (const c of corrections) {
    if (c.kind !== 'merge') continue;
    const from = byKey.get(c.target);
    const intoKey = speakerKey(c.into);
    const into = byKey.get(intoKey) ?? [...byKey.values()].find((s) => speakerKey(s.name) === intoKey);
    if (!from) skip(c, 'the speaker is no longer found on the page');
    else if (!into) skip(c, `the speaker it was merged into (${c.into}) is no longer found on the page`);
    else if (into.key === from.key) skip(c, 'a speaker cannot be merged into itself');
    else if (finalKey(mergedInto, into.key) === from.key) skip(c, 'the merge would go round in a circle');
    else mergedInto.set(from.key, into.key);
  }
  const idOfKey = new Map([...byKey.values()].map((s) => [s.key, s.id]));
  const finalSpeaker = (id: string): CorrectedSpeaker => {
    const speaker = [...byKey.values()].find((s) => s.id === id)!;
    return byKey.get(finalKey(mergedInto, speaker.key))!;
  };
  for (const [fromKey] of mergedInto) {
    const from = byKey.get(fromKey)!;
    const into = byKey.get(finalKey(mergedInto, fromKey))!;
    into.mergedFrom.push({ key: from.key, name: from.name });
    into.mentions += from.mentions;
    if (!into.edits.includes('merged')) into.edits.push('merged');
  }
  const finalClaims = [...claims.values()];
  for (const claim of [...finalClaims, ...dismissed]) {
    const speaker = finalSpeaker(claim.speakerId);
    claim.speakerId = speaker.id;
    claim.speaker = speaker.name;
  }

  const speakers = [...byKey.values()].filter((s) => !mergedInto.has(s.key));
  const result: CorrectedAnalysis = { speakers, claims: finalClaims, dismissed, unapplied };
  if (analysis.counts) {
    const counts: Record<string, number> = {};
    const add = (id: string, n: number) => (counts[id] = (counts[id] ?? 0) + n);
    // Claims not at hand keep their analysed speaker (followed through merges); those at hand count as corrected.
    const analysed = new Map<string, number>();
    for (const [id, n] of Object.entries(analysis.counts)) {
      const key = keyOfId.get(id);
      const speakerId = key ? idOfKey.get(key) : undefined;
      if (speakerId) analysed.set(speakerId, (analysed.get(speakerId) ?? 0) + n);
    }
    for (const [speakerId, n] of analysed) add(finalSpeaker(speakerId).id, Math.max(0, n - (loadedBefore.get(speakerId) ?? 0)));
    for (const claim of finalClaims) add(claim.speakerId, 1);
    result.counts = counts;
  }
  return result;
}

function finalKey(mergedInto: ReadonlyMap<string, string>, key: string): string {
  let current = key;
  for (let i = 0; i < MAX_MERGE_CHAIN && mergedInto.has(current); i++) current = mergedInto.get(current)!;
  return current;
}
