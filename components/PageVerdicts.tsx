/**
 * A fact-check page's own verdicts (its ClaimReview markup, core/fact-check.ts):
 * what the page says about a claim, shown as the page's and never mixed with
 * the reader's own verdicts on the claims below.
 */
import type { PageClaimReview } from '../core/fact-check';
import './workbench.css';

export function PageVerdicts({ reviews }: { reviews: readonly PageClaimReview[] }) {
  if (!reviews.length) return null;
  return (
    <section class="nm-verdicts" aria-labelledby="nm-verdicts-heading">
      <h2 id="nm-verdicts-heading">This page's verdict{reviews.length > 1 ? 's' : ''}</h2>
      <ul>
        {reviews.map((r, i) => (
          <li class="nm-verdict" key={i}>
            {r.claim ? (
              <p class="nm-verdict-claim" dir="auto">
                “{r.claim}”
              </p>
            ) : null}
            <p class="nm-verdict-meta" dir="auto">
              {r.claimant ? <>Claimed by {r.claimant} · </> : null}
              Rated: <span class="nm-verdict-rating">{r.rating ?? 'no rating given'}</span>
              {r.reviewer ? <> · by {r.reviewer}</> : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
