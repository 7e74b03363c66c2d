/**
 * Per-page attribution baselines: what the engine gives on each claim fixture (claims: speaker, kind, text;
 * speakers: name, kind, role), one file per page in tests/fixtures/claims/baselines. The fixture test fails
 * on any difference and prints what changed per page; `npm run baseline:claims` rewrites them, so a commit
 * that changes behaviour shows, page by page, what it gained and lost.
 *
 * The seed page's text stays in ../shared: its baseline holds each claim's offsets in the article text and a
 * hash of its text, never the text (speaker names and roles are facts its truth file already holds).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttributionResult, ClaimKind, SpeakerKind } from '../../core/attribution/types';
import { type ClaimFixture, fixtureDir } from './claim-fixtures';

export const baselineDir = join(fixtureDir, 'baselines');

export interface BaselineClaim {
  speaker: string;
  kind: ClaimKind;
  /** The claim's text, for pages whose text is ours. */
  text?: string;
  /** For the seed: offsets in the article text and a hash of the claim's text. */
  start?: number;
  end?: number;
  sha1?: string;
}

export interface BaselineSpeaker {
  name: string;
  kind: SpeakerKind;
  role: string | null;
}

export interface Baseline {
  page: string;
  claims: BaselineClaim[];
  speakers: BaselineSpeaker[];
}

const textIsShared = (f: ClaimFixture) => f.name === 'seed';
const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);

export function baselineOf(f: ClaimFixture, result: AttributionResult): Baseline {
  const shared = textIsShared(f);
  return {
    page: f.name,
    claims: result.claims.map((c) =>
      shared
        ? { speaker: c.speaker, kind: c.kind, start: c.start, end: c.end, sha1: hash(c.text) }
        : { speaker: c.speaker, kind: c.kind, text: c.text },
    ),
    speakers: result.speakers.map((s) => ({ name: s.name, kind: s.kind, role: s.role })),
  };
}

export const baselinePath = (name: string) => join(baselineDir, `${name}.json`);

export function readBaseline(name: string): Baseline | null {
  const path = baselinePath(name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Baseline) : null;
}

/** One claim or speaker per line, so a baseline's diff in a commit reads as the claims that changed. */
export function serialise(b: Baseline): string {
  const list = (xs: unknown[]) => (xs.length ? `[\n${xs.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n ]` : '[]');
  return `{\n "page": ${JSON.stringify(b.page)},\n "claims": ${list(b.claims)},\n "speakers": ${list(b.speakers)}\n}\n`;
}

/** How a claim is told apart from the others on its page: its text (or, for the seed, its place and hash). */
const claimKey = (c: BaselineClaim) => c.text ?? `@${c.start}-${c.end} #${c.sha1}`;
const shown = (c: BaselineClaim) => `[${c.kind}] ${c.speaker}: ${c.text ?? `@${c.start}-${c.end}`}`;

/**
 * What changed from `before` to `after` on one page, one line each: claims gained and lost, claims whose
 * speaker or kind changed, speakers gained and lost or re-described. Empty when they are the same.
 */
export function diffBaseline(before: Baseline, after: Baseline): string[] {
  const out: string[] = [];
  const pending = new Map<string, BaselineClaim[]>();
  for (const c of before.claims) pending.set(claimKey(c), [...(pending.get(claimKey(c)) ?? []), c]);
  for (const c of after.claims) {
    const olds = pending.get(claimKey(c));
    const old = olds?.shift();
    if (!old) out.push(`  gained   ${shown(c)}`);
    else if (old.speaker !== c.speaker || old.kind !== c.kind) {
      out.push(`  changed  ${c.text ?? `@${c.start}-${c.end}`}: ${old.speaker} [${old.kind}] → ${c.speaker} [${c.kind}]`);
    }
  }
  for (const olds of pending.values()) for (const c of olds) out.push(`  lost     ${shown(c)}`);
  const byName = new Map(before.speakers.map((s) => [s.name, s]));
  for (const s of after.speakers) {
    const old = byName.get(s.name);
    byName.delete(s.name);
    if (!old) out.push(`  speaker+ ${s.name} [${s.kind}] role=${s.role}`);
    else if (old.kind !== s.kind || old.role !== s.role) out.push(`  speaker~ ${s.name}: [${old.kind}] role=${old.role} → [${s.kind}] role=${s.role}`);
  }
  for (const s of byName.values()) out.push(`  speaker- ${s.name} [${s.kind}] role=${s.role}`);
  // Same claims in another order is a change too (ids follow order), though rarely one a reader sees.
  if (!out.length && JSON.stringify(before) !== JSON.stringify(after)) out.push('  (same claims and speakers, in another order)');
  return out;
}

/**
 * A baseline read back as an attribution result, so it can be scored against the page's truth like a live
 * run (the seed's claim texts are cut from the article text by their offsets).
 */
export function resultOfBaseline(b: Baseline, articleText: string): AttributionResult {
  return {
    claims: b.claims.map((c, i) => ({
      id: `c${i + 1}`,
      speakerId: c.speaker,
      speaker: c.speaker,
      text: c.text ?? articleText.slice(c.start ?? 0, c.end ?? 0),
      kind: c.kind,
      cue: '',
      confidence: 1,
      start: c.start ?? 0,
      end: c.end ?? 0,
    })),
    speakers: b.speakers.map((s) => ({ id: s.name, name: s.name, kind: s.kind, role: s.role, mentions: 0 })),
    unreadParagraphs: 0,
  };
}
