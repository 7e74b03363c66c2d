/**
 * The page's analysis with the reader's corrections laid over it (core/corrections), re-applied whenever
 * the analysis or the stored corrections change: what the popup's Speakers and Claims show.
 */
import { useMemo } from 'preact/hooks';
import { applyCorrections, type CorrectedAnalysis, type CorrectedClaim, type CorrectedSpeaker } from '../../../core/corrections';
import { useLiveQuery } from '../../../components/live-query';
import type { ArticleRef, PageAnalysis } from '../../../messaging/protocol';
import { listCorrections, type NewsmarkDB } from '../../../storage/queries';
import type { CorrectionRecord } from '../../../storage/records';

/** What each correction control needs: the article, its stored corrections, and who can be chosen. */
export interface CorrectionContext {
  article: ArticleRef;
  records: CorrectionRecord[];
  /** Speakers with claims, after corrections: the ones a claim can be moved to or a speaker merged into. */
  speakers: CorrectedSpeaker[];
}

export interface CorrectedPage extends CorrectedAnalysis {
  counts: Record<string, number>;
  /** All claims after corrections (the page's total, less dismissed, plus added). */
  total: number;
  claimById: Map<string, CorrectedClaim>;
  speakerById: Map<string, CorrectedSpeaker>;
  context: CorrectionContext;
}

const NONE: CorrectionRecord[] = [];

export function useCorrectedPage(db: NewsmarkDB, page: PageAnalysis): CorrectedPage {
  const key = page.article.key;
  const stored = useLiveQuery(() => listCorrections(db, key), [key]);
  const records = stored.value.value ?? NONE;
  return useMemo(() => {
    const counts = page.claimsBySpeaker ?? Object.fromEntries(page.speakers.map((s) => [s.id, page.claims.filter((c) => c.speakerId === s.id).length]));
    const result = applyCorrections({ speakers: page.speakers, claims: page.claims, counts }, records);
    const fixedCounts = result.counts ?? {};
    const total = Object.values(fixedCounts).reduce((sum, n) => sum + n, 0);
    const quoted = result.speakers
      .filter((s) => (fixedCounts[s.id] ?? 0) > 0)
      .sort((a, b) => (fixedCounts[b.id] ?? 0) - (fixedCounts[a.id] ?? 0));
    return {
      ...result,
      counts: fixedCounts,
      total,
      claimById: new Map(result.claims.map((c) => [c.id, c])),
      speakerById: new Map(result.speakers.map((s) => [s.id, s])),
      context: { article: page.article, records, speakers: quoted },
    };
  }, [page, records]);
}
