/**
 * The snapshot the content script sends when an article is saved: its text as extracted and its
 * analysis, cut to the limits the background accepts (model/snapshot.ts) instead of being refused
 * whole. A page whose body is 5 MB keeps its first million characters and every claim up to the cap,
 * and the snapshot records how long the text and how many the claims were, so the library can say what
 * was kept.
 */
import type { Speaker } from '../attribution/types';
import type { AnalyzedClaim } from '../analyze-steps';
import {
  SNAPSHOT_MAX_CLAIM_CHARS,
  SNAPSHOT_MAX_CLAIMS,
  SNAPSHOT_MAX_SPEAKERS,
  SNAPSHOT_MAX_TEXT_CHARS,
  type SnapshotInput,
} from './types';

export interface SnapshotSource {
  url: string;
  text: string;
  language: string | null;
  speakers: readonly Speaker[];
  claims: readonly AnalyzedClaim[];
}

/** Cut at a character boundary, never inside a surrogate pair (a lone half would not survive messaging). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

export function buildSnapshot(source: SnapshotSource): SnapshotInput {
  const claims = source.claims.slice(0, SNAPSHOT_MAX_CLAIMS);
  const speakerIds = new Set(claims.map((c) => c.speakerId));
  // Speakers quoted in the kept claims first, so the cap never drops someone a kept claim names.
  const speakers = [...source.speakers]
    .sort((a, b) => Number(speakerIds.has(b.id)) - Number(speakerIds.has(a.id)))
    .slice(0, SNAPSHOT_MAX_SPEAKERS)
    .map(({ id, name, kind, role, mentions }) => ({ id, name: cut(name, 300), kind, role, mentions }));
  return {
    url: source.url,
    text: cut(source.text, SNAPSHOT_MAX_TEXT_CHARS),
    textLength: source.text.length,
    language: source.language,
    speakers,
    claims: claims.map(({ id, speakerId, speaker, text, kind, cue, confidence, selector }) => ({
      id,
      speakerId,
      speaker: cut(speaker, 300),
      text: cut(text, SNAPSHOT_MAX_CLAIM_CHARS),
      kind,
      cue: cut(cue, 300),
      confidence,
      selector: selector.map((s) => ({ ...s })),
    })),
    claimsTotal: source.claims.length,
  };
}
