/**
 * Speakers across articles: who said what, where. Every speaker of the saved articles, one entry per
 * person however the articles name them, with each claim, the article it is in and the reader's status.
 * The logic is core/speakers (tested without a browser); this view only shows it.
 */
import { useState } from 'preact/hooks';
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../model';
import { plural } from './format';
import { hrefOf } from './route';
import { useSpeakersAcross } from './speakers-data';
import { quoteWords } from '../../core/speakers/variants';

export function SpeakersView() {
  const data = useSpeakersAcross();
  const [filter, setFilter] = useState('');
  if (data.error.value) return <p class="nm-error" role="alert">Could not read the speakers: {data.error.value.message}</p>;
  const all = data.value.value;
  if (!all) return <p role="status">Loading…</p>;
  const wanted = quoteWords(filter).join(' ');
  const shown = wanted ? all.filter((s) => s.forms.some((f) => quoteWords(f).join(' ').includes(wanted))) : all;
  return (
    <section class="nm-speakers-view" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">Speakers</h2>
      <p class="nm-hint">
        Everyone quoted in your saved articles, with what they said and where. Short and titled names (“Ms Okafor”) are joined to the full
        name an article gives; your corrections to each article apply.
      </p>
      {all.length ? (
        <label class="nm-filter">
          Find a speaker <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
      ) : (
        <p class="nm-empty">No speakers yet: save an article with quotes (Save in the popup) and they appear here.</p>
      )}
      {all.length && !shown.length ? <p class="nm-empty">No speaker by that name.</p> : null}
      <ul class="nm-speaker-list">
        {shown.map((s) => (
          <li key={s.name + s.kind} class="nm-speaker-entry" data-speaker={s.name}>
            <h3 dir="auto">{s.name}</h3>
            <p class="nm-speaker-meta">
              {plural(s.claims.length, 'claim', 'claims')} in {plural(s.articles, 'article', 'articles')}
              {s.kind === 'organization' ? ' · organisation' : ''}
              {s.forms.filter((f) => f !== s.name).length ? (
                <span dir="auto"> · also named {s.forms.filter((f) => f !== s.name).map((f) => `“${f}”`).join(', ')}</span>
              ) : null}
            </p>
            <ul class="nm-speaker-claims">
              {s.claims.map((c, i) => (
                <li key={`${c.articleKey}#${i}`} class="nm-speaker-claim">
                  <q dir="auto">{c.text}</q>
                  <span class="nm-claim-where">
                    {' '}
                    — <a href={hrefOf({ view: 'article', key: c.articleKey })} dir="auto">{c.title}</a>
                    {c.siteName ? <span dir="auto"> · {c.siteName}</span> : null}
                    {c.saidAs !== s.name ? <span dir="auto"> · as “{c.saidAs}”</span> : null}
                    {c.status ? <strong class="nm-claim-status"> · {CLAIM_STATUS_LABELS[c.status as ClaimStatus] ?? c.status}</strong> : null}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
