/**
 * Who said what, where: every speaker of the saved articles with the claims attributed to them, one
 * entry per person however the articles name them (names.ts). Each article's claims are read as the
 * reader left them: its saved analysis with the reader's corrections applied (core/corrections: a
 * dismissed claim is hidden, a claim moved to another speaker is theirs, renamed and merged speakers
 * go by their corrected name), plus the claims the reader marked that the analysis did not have (an
 * article saved before its page was kept, a claim added by hand).
 *
 * An unnamed speaker ("a spokesperson") is nobody in particular across articles: left out.
 */
import type { TextSelector } from '../anchoring/types';
import type { Speaker } from '../attribution/types';
import type { AnalyzedClaim } from '../analyze-steps';
import { claimMatchKey } from '../claim-key';
import { applyCorrections } from '../corrections/apply';
import type { Correction } from '../corrections/types';
import { mergeSpeakerNames, type SpeakerIdentity } from './names';

export interface ArticleForSpeakers {
  key: string;
  title: string;
  siteName: string | null;
  url: string;
  published: string | null;
  savedAt: number;
  /** The saved analysis, when the page was kept. */
  analysis: { speakers: readonly Speaker[]; claims: readonly AnalyzedClaim[] } | null;
  corrections: readonly Correction[];
  /** The claims the reader gave a status. */
  marked: readonly { quote: string; speaker: string; status: string; selector: TextSelector[] }[];
}

export interface SpeakerClaim {
  articleKey: string;
  title: string;
  siteName: string | null;
  url: string;
  published: string | null;
  savedAt: number;
  text: string;
  /** The speaker's name as this article gives it (after the reader's corrections). */
  saidAs: string;
  status: string | null;
}

export interface SpeakerAcross extends SpeakerIdentity {
  claims: SpeakerClaim[];
  /** In how many articles. */
  articles: number;
}

interface ArticleClaims {
  article: ArticleForSpeakers;
  claims: { text: string; speaker: string; kind: Speaker['kind']; status: string | null }[];
}

/** One article's claims as the reader left them (see the module comment). */
export function correctedClaimsOf(article: ArticleForSpeakers): ArticleClaims {
  const statuses = new Map(article.marked.map((m) => [claimMatchKey(m.quote), m.status]));
  const analysed = article.analysis?.claims ?? [];
  const known = new Set(analysed.map((c) => claimMatchKey(c.text)));
  // Marked claims the analysis lacks, as claims of the speaker the reader saw them under.
  const extra: AnalyzedClaim[] = article.marked
    .filter((m) => !known.has(claimMatchKey(m.quote)))
    .map((m, i) => ({ id: `marked:${i}`, speakerId: '', speaker: m.speaker, text: m.quote, kind: 'direct', cue: '', confidence: 1, selector: m.selector }));
  const corrected = applyCorrections({ speakers: article.analysis?.speakers ?? [], claims: [...analysed, ...extra] }, article.corrections);
  const speakerOf = new Map(corrected.speakers.map((s) => [s.id, s]));
  return {
    article,
    claims: corrected.claims.flatMap((c) => {
      const speaker = speakerOf.get(c.speakerId);
      const name = (speaker?.name ?? c.speaker).trim();
      if (!name) return [];
      return [{ text: c.text, speaker: name, kind: speaker?.kind ?? 'person', status: statuses.get(c.key) ?? null }];
    }),
  };
}

export function speakersAcross(articles: readonly ArticleForSpeakers[]): SpeakerAcross[] {
  const read = articles.map(correctedClaimsOf);
  const named = read.flatMap((a) => a.claims.filter((c) => c.kind !== 'unnamed').map((c) => ({ name: c.speaker, kind: c.kind })));
  const { identities, of } = mergeSpeakerNames(named);
  const out = new Map<SpeakerIdentity, SpeakerAcross>(identities.map((i) => [i, { ...i, claims: [], articles: 0 }]));
  for (const { article, claims } of read) {
    const seen = new Set<SpeakerAcross>();
    for (const c of claims) {
      if (c.kind === 'unnamed') continue;
      const entry = out.get(of(c.speaker)!);
      if (!entry) continue;
      entry.claims.push({
        articleKey: article.key,
        title: article.title,
        siteName: article.siteName,
        url: article.url,
        published: article.published,
        savedAt: article.savedAt,
        text: c.text,
        saidAs: c.speaker,
        status: c.status,
      });
      seen.add(entry);
    }
    for (const entry of seen) entry.articles++;
  }
  return [...out.values()]
    .filter((s) => s.claims.length > 0)
    .sort((a, b) => b.articles - a.articles || b.claims.length - a.claims.length || a.name.localeCompare(b.name));
}
