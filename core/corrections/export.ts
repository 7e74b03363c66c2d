/**
 * The reader's corrections applied to an article as the exports read it (core/export's ExportArticle):
 * dismissed claims left out, claims under the speaker the reader chose, speakers renamed and merged,
 * added claims included. The library maps its records to ExportArticle and passes it through here
 * before any format, so every export says what the popup shows. Same rules as applyCorrections, which
 * does the work; only the shapes are translated.
 */
import type { ExportArticle, ExportClaim, ExportSpeaker } from '../export/types';
import type { Speaker } from '../attribution/types';
import type { AnalyzedClaim } from '../analyze-steps';
import { applyCorrections } from './apply';
import { speakerKey, type Correction } from './types';

export function correctExportArticle(article: ExportArticle, corrections: readonly Correction[]): ExportArticle {
  if (corrections.length === 0) return article;
  const speakers: Speaker[] = article.speakers.map((s, i) => ({ id: `s${i}`, name: s.name, kind: s.kind, role: s.role, mentions: 0 }));
  const idOfName = new Map(speakers.map((s) => [speakerKey(s.name), s.id]));
  const claims: AnalyzedClaim[] = article.claims.map((c) => ({
    id: c.id,
    // A claim whose speaker is not among the article's (stored without one) keeps its name: apply makes it a speaker.
    speakerId: idOfName.get(speakerKey(c.speaker)) ?? '',
    speaker: c.speaker,
    text: c.text,
    kind: 'direct',
    cue: '',
    confidence: 1,
    selector: c.selectors,
  }));
  const result = applyCorrections({ speakers, claims }, corrections);
  const original = new Map(article.claims.map((c) => [c.id, c]));
  const outClaims: ExportClaim[] = result.claims.map((c) => {
    const stored = original.get(c.id);
    return stored
      ? { ...stored, speaker: c.speaker }
      : { id: c.id, text: c.text, speaker: c.speaker, selectors: c.selector, status: null, note: '', modified: null };
  });
  const quoted = new Set(outClaims.map((c) => speakerKey(c.speaker)));
  const outSpeakers: ExportSpeaker[] = result.speakers
    // The article's speakers stay (renamed); a speaker of the reader's making is listed once it has a claim.
    .filter((s) => !s.edits.includes('added') || quoted.has(speakerKey(s.name)))
    .map((s) => ({ name: s.name, kind: s.kind, role: s.role }));
  return { ...article, speakers: outSpeakers, claims: outClaims };
}
