/**
 * The saved page's analysis in a Newsmark backup (web-annotation.ts's `snapshot`), read back field by
 * field. Optional: backups from before snapshots, and articles saved without one, have none. The store
 * checks the limits again (storage/snapshots.ts) before anything is written.
 */
import type { SpeakerKind } from '../attribution/types';
import type { ExportSnapshot } from './types';
import { fail, nonEmpty, obj, oneOf, str, strOrNull, time, type Obj } from './import-fields';
import { targetSelectors } from './import-selectors';

const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'unnamed'];
const CLAIM_KINDS = ['direct', 'indirect', 'mixed'];

function whole(o: Obj, key: string, where: string): number {
  const v = o[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fail(where, `"${key}" must be a whole number`);
}

function items(o: Obj, key: string, where: string): unknown[] {
  const v = o[key];
  return Array.isArray(v) ? v : fail(where, `"${key}" must be a list`);
}

export function readSnapshot(x: unknown, at: string): { snapshot?: ExportSnapshot } {
  if (x === undefined || x === null) return {};
  const where = `${at}, snapshot`;
  const o = obj(x, where);
  return {
    snapshot: {
      url: nonEmpty(o, 'url', where),
      takenAt: time(o, 'takenAt', where),
      textLength: whole(o, 'textLength', where),
      language: strOrNull(o, 'language', where),
      speakers: items(o, 'speakers', where).map((s, i) => {
        const w = `${where}, speaker ${i + 1}`;
        const p = obj(s, w);
        return {
          id: nonEmpty(p, 'id', w),
          name: str(p, 'name', w),
          kind: oneOf(str(p, 'kind', w), SPEAKER_KINDS, 'speaker kind', w) as SpeakerKind,
          role: strOrNull(p, 'role', w),
          mentions: whole(p, 'mentions', w),
        };
      }),
      claims: items(o, 'claims', where).map((c, i) => {
        const w = `${where}, claim ${i + 1}`;
        const q = obj(c, w);
        const confidence = q.confidence;
        if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) fail(w, '"confidence" must be a number from 0 to 1');
        return {
          id: nonEmpty(q, 'id', w),
          speakerId: str(q, 'speakerId', w),
          speaker: str(q, 'speaker', w),
          text: str(q, 'text', w),
          kind: oneOf(str(q, 'kind', w), CLAIM_KINDS, 'claim kind', w),
          cue: str(q, 'cue', w),
          confidence,
          selectors: targetSelectors({ source: 'snapshot', selector: q.selectors ?? [] }, w, { allowNone: true }).selectors,
        };
      }),
      claimsTotal: whole(o, 'claimsTotal', where),
    },
  };
}
