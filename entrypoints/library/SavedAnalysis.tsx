/**
 * An article's page as saved (schema v5 snapshot): what was kept, the claims by speaker with the
 * reader's corrections and statuses applied, and, for each highlight, the sentence around it. Shown
 * from the library's copy, so it works with the page closed, changed or gone.
 */
import { CLAIM_STATUS_LABELS, type ArticleSnapshotRecord, type ClaimStatus, type ClaimStatusRecord, type CorrectionRecord } from '../../model';
import type { TextSelector } from '../../core/anchoring/types';
import { correctedClaimsOf } from '../../core/speakers/across';
import { quoteInContext } from '../../core/snapshot/context';
import { formatDate, plural } from './format';
import { describeKept } from '../../core/snapshot/describe';

export function HighlightInContext({ text, selectors }: { text: string | undefined; selectors: TextSelector[] }) {
  if (text === undefined) return null;
  const found = quoteInContext(text, selectors);
  if (!found) return <p class="nm-highlight-context nm-empty">Not in the page as saved.</p>;
  return (
    <p class="nm-highlight-context" dir="auto">
      <span class="nm-visually-hidden">In context: </span>
      {found.before}
      <mark>{found.quote}</mark>
      {found.after}
    </p>
  );
}

export function SavedAnalysis({
  articleKey,
  snapshot,
  corrections,
  claims,
}: {
  articleKey: string;
  snapshot: ArticleSnapshotRecord | undefined;
  corrections: CorrectionRecord[];
  claims: ClaimStatusRecord[];
}) {
  if (!snapshot) {
    return (
      <section class="nm-saved-analysis" aria-labelledby="saved-analysis-heading">
        <h3 id="saved-analysis-heading">Speakers and claims</h3>
        <p class="nm-empty">The page was not kept when this article was saved: open it and press Save again to keep its text and claims.</p>
      </section>
    );
  }
  const read = correctedClaimsOf({
    key: articleKey, title: '', siteName: null, url: snapshot.url, published: null, savedAt: 0,
    analysis: snapshot, corrections, marked: claims.map((c) => ({ quote: c.quote, speaker: c.speaker, status: c.status, selector: c.selector })),
  });
  const bySpeaker = new Map<string, typeof read.claims>();
  for (const c of read.claims) bySpeaker.set(c.speaker, [...(bySpeaker.get(c.speaker) ?? []), c]);
  return (
    <section class="nm-saved-analysis" aria-labelledby="saved-analysis-heading">
      <h3 id="saved-analysis-heading">Speakers and claims ({plural(read.claims.length, 'claim', 'claims')})</h3>
      <p class="nm-hint">
        As the page was on {formatDate(snapshot.takenAt)}. {describeKept(snapshot)}
      </p>
      {read.claims.length === 0 ? <p class="nm-empty">No one is quoted in the saved page.</p> : null}
      {[...bySpeaker].map(([speaker, list]) => (
        <div key={speaker} class="nm-saved-speaker">
          <h4 dir="auto">
            {speaker} <span class="nm-speaker-meta">({list.length})</span>
          </h4>
          <ul>
            {list.map((c, i) => (
              <li key={i} class="nm-saved-claim">
                <q dir="auto">{c.text}</q>
                {c.status ? <strong class="nm-claim-status"> · {CLAIM_STATUS_LABELS[c.status as ClaimStatus] ?? c.status}</strong> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
