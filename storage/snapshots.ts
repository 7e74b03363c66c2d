/**
 * Article snapshots (model/snapshot.ts): the text and analysis of a saved article, one row per article.
 * Stored only for an article the reader saved and that is not in the Trash (a snapshot of a page nobody
 * saved would be reading history). The first one is kept until the reader saves again (`refresh`), so a
 * highlight made later on a changed page does not replace the text the earlier highlights were made on.
 */
import type { NewsmarkDB } from './db';
import { guardWrite } from './errors';
import { checkSelectors, fail, nonEmptyString } from './validate';
import {
  SNAPSHOT_MAX_CLAIM_CHARS,
  SNAPSHOT_MAX_CLAIMS,
  SNAPSHOT_MAX_SPEAKERS,
  SNAPSHOT_MAX_TEXT_CHARS,
  type ArticleSnapshotRecord,
  type SnapshotClaim,
  type SnapshotInput,
  type SnapshotOutcome,
  type SnapshotSpeaker,
} from '../model';
import { describeKept } from '../core/snapshot/describe';

function obj(value: unknown, what: string): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(`${what} is not an object.`);
}

function str(o: Record<string, unknown>, field: string, what: string, max = 2000): string {
  const v = o[field];
  if (typeof v !== 'string') fail(`${what}: "${field}" must be text.`);
  if (v.length > max) fail(`${what}: "${field}" is longer than ${max} characters.`);
  return v;
}

function count(o: Record<string, unknown>, field: string, what: string): number {
  const v = o[field];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fail(`${what}: "${field}" must be a whole number.`);
}

const SPEAKER_KINDS = new Set(['person', 'organization', 'unnamed']);
const CLAIM_KINDS = new Set(['direct', 'indirect', 'mixed']);

function speaker(x: unknown, i: number): SnapshotSpeaker {
  const what = `The snapshot's speaker ${i + 1}`;
  const o = obj(x, what);
  const kind = o.kind;
  if (typeof kind !== 'string' || !SPEAKER_KINDS.has(kind)) fail(`${what} has an unknown kind.`);
  if (o.role !== null && typeof o.role !== 'string') fail(`${what}: "role" must be text or null.`);
  return {
    id: str(o, 'id', what, 200),
    name: str(o, 'name', what, 300),
    kind: kind as SnapshotSpeaker['kind'],
    role: (o.role as string | null) ?? null,
    mentions: count(o, 'mentions', what),
  };
}

function claim(x: unknown, i: number): SnapshotClaim {
  const what = `The snapshot's claim ${i + 1}`;
  const o = obj(x, what);
  const kind = o.kind;
  if (typeof kind !== 'string' || !CLAIM_KINDS.has(kind)) fail(`${what} has an unknown kind.`);
  const confidence = o.confidence;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) fail(`${what}: "confidence" must be between 0 and 1.`);
  return {
    id: str(o, 'id', what, 200),
    speakerId: str(o, 'speakerId', what, 200),
    speaker: str(o, 'speaker', what, 300),
    text: str(o, 'text', what, SNAPSHOT_MAX_CLAIM_CHARS),
    kind: kind as SnapshotClaim['kind'],
    cue: str(o, 'cue', what, 300),
    confidence,
    selector: checkSelectors(o.selector, `${what}'s selector`),
  };
}

/** A snapshot as sent, checked field by field, within the limits; throws InvalidRecordError saying what is wrong. */
export function checkSnapshotInput(input: unknown): SnapshotInput {
  const o = obj(input, 'The snapshot');
  const text = str(o, 'text', 'The snapshot', SNAPSHOT_MAX_TEXT_CHARS);
  const textLength = count(o, 'textLength', 'The snapshot');
  if (textLength < text.length) fail('The snapshot: "textLength" is shorter than its text.');
  if (o.language !== null && typeof o.language !== 'string') fail('The snapshot: "language" must be text or null.');
  if (!Array.isArray(o.speakers) || o.speakers.length > SNAPSHOT_MAX_SPEAKERS) fail(`The snapshot's speakers must be a list of at most ${SNAPSHOT_MAX_SPEAKERS}.`);
  if (!Array.isArray(o.claims) || o.claims.length > SNAPSHOT_MAX_CLAIMS) fail(`The snapshot's claims must be a list of at most ${SNAPSHOT_MAX_CLAIMS}.`);
  const claimsTotal = count(o, 'claimsTotal', 'The snapshot');
  if (claimsTotal < o.claims.length) fail('The snapshot: "claimsTotal" is smaller than its claims.');
  return {
    url: nonEmptyString(o.url, "The snapshot's URL"),
    text,
    textLength,
    language: (o.language as string | null) ?? null,
    speakers: o.speakers.map(speaker),
    claims: o.claims.map(claim),
    claimsTotal,
  };
}

/** A stored snapshot (from an import): the input's checks plus its key and time. */
export function checkSnapshotRecord(input: unknown): ArticleSnapshotRecord {
  const o = obj(input, 'The snapshot');
  const takenAt = o.takenAt;
  if (typeof takenAt !== 'number' || !Number.isFinite(takenAt)) fail('The snapshot has no time.');
  return { articleKey: nonEmptyString(o.articleKey, "The snapshot's article key"), takenAt, ...checkSnapshotInput(o) };
}

/**
 * Stores the snapshot of saved article `articleKey`: a first one always, a later one only with
 * `refresh` (the reader saved again). One transaction with the article, so a snapshot never outlives
 * an article deleted meanwhile.
 */
export async function putSnapshot(
  db: NewsmarkDB,
  articleKey: string,
  input: SnapshotInput,
  refresh: boolean,
  now: number = Date.now(),
): Promise<SnapshotOutcome> {
  const snapshot = checkSnapshotInput(input);
  return guardWrite(() =>
    db.transaction('rw', [db.articles, db.snapshots], async () => {
      const article = await db.articles.get(articleKey);
      if (!article || article.deleted !== undefined) {
        return { stored: false, reason: 'not-saved', message: 'The article is not in the library: nothing of the page was kept.' } as const;
      }
      if (!refresh && (await db.snapshots.get(articleKey))) {
        return { stored: false, reason: 'kept-earlier', message: 'The page as first saved is kept; save it again to keep it as it is now.' } as const;
      }
      await db.snapshots.put({ articleKey, takenAt: now, ...snapshot });
      const partial = snapshot.text.length < snapshot.textLength || snapshot.claims.length < snapshot.claimsTotal;
      return { stored: true, partial, message: describeKept(snapshot) };
    }),
  );
}

export async function getSnapshot(db: NewsmarkDB, articleKey: string): Promise<ArticleSnapshotRecord | undefined> {
  return db.snapshots.get(articleKey);
}

export async function hasSnapshot(db: NewsmarkDB, articleKey: string): Promise<boolean> {
  return (await db.snapshots.where('articleKey').equals(articleKey).count()) > 0;
}
