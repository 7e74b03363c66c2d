/**
 * One article: its metadata and a link back to the page, its highlights (colour, quote, note, tags) and
 * the claims the reader marked, with their statuses. Live: a highlight made in the tab shows up here.
 */
import { useLiveQuery } from '../../components/live-query';
import { CLAIM_STATUS_LABELS, PALETTE_BY_ID, REACTION_LABELS } from '../../model';
import { getArticle, getReaction, getSnapshot, listClaimStatuses, listCorrections, listHighlights } from '../../storage/queries';
import { HighlightInContext, SavedAnalysis } from './SavedAnalysis';
import { swatchStyle } from '../../components/swatch';
import { db } from './db';
import { articleHeading, plural } from './format';
import { hrefOf } from './route';
import { ExportMenu } from './ExportMenu';
import { loadArticles } from './library-data';
import { trash } from './ArticlesView';
import { quoteOf } from './quote';
import { ArticleCollections } from './ArticleCollections';
import { BulkTagBar, SelectBox } from './BulkTagBar';
import { useSelection } from './selection';

export function ArticleView({ articleKey }: { articleKey: string }) {
  const data = useLiveQuery(
    () =>
      db.transaction('r', [db.articles, db.highlights, db.claims, db.reactions, db.snapshots, db.corrections], async () => ({
        article: await getArticle(db, articleKey),
        highlights: await listHighlights(db, articleKey),
        claims: await listClaimStatuses(db, articleKey),
        reaction: await getReaction(db, articleKey),
        snapshot: await getSnapshot(db, articleKey),
        corrections: await listCorrections(db, articleKey),
      })),
    [articleKey],
  );
  const selection = useSelection();
  const value = data.value.value;
  if (data.error.value) return <p class="nm-error" role="alert">Could not read this article: {data.error.value.message}</p>;
  if (!value) return <p role="status">Loading…</p>;
  const { article, highlights, claims, reaction, snapshot, corrections } = value;
  if (!article || article.deleted !== undefined) {
    return (
      <section>
        <p class="nm-empty">{article ? 'This article is in the Trash.' : 'This article is not in your library.'}</p>
        <a href={hrefOf({ view: article ? 'trash' : 'articles' })}>{article ? 'Open the Trash' : 'All articles'}</a>
      </section>
    );
  }
  // The reader's citation corrections win here as in the popup and the exports.
  const { title, meta } = articleHeading(article);
  return (
    <article class="nm-article-view" aria-labelledby="article-heading">
      <p>
        <a href={hrefOf({ view: 'articles' })}>← All articles</a>
      </p>
      <h2 id="article-heading" class="nm-article-heading" dir="auto">
        {title}
      </h2>
      <p class="nm-article-meta" dir="auto">
        {meta}
        {reaction ? ` · ${REACTION_LABELS[reaction]}` : ''}
      </p>
      <div class="nm-actions">
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          Open the page
        </a>
        <ExportMenu name="article" subject={title} load={() => loadArticles([article.key])} />
        <button type="button" onClick={() => trash(article.key, title).then(() => void (location.hash = hrefOf({ view: 'articles' })))}>
          Delete
        </button>
      </div>
      <ArticleCollections articleKey={article.key} title={title} />
      <h3>{plural(highlights.length, 'highlight', 'highlights')}</h3>
      <BulkTagBar selection={selection} visible={highlights.map((h) => h.id)} />
      {highlights.length === 0 ? <p class="nm-empty">No highlights.</p> : null}
      <ul class="nm-library-highlights">
        {highlights.map((h) => (
          <li key={h.id} class="nm-highlight" style={swatchStyle(h.body.color)} data-highlight-id={h.id}>
            <SelectBox id={h.id} selection={selection} label={`Select highlight: ${quoteOf(h).slice(0, 80)}`} />
            <blockquote class="nm-highlight-quote" dir="auto">
              {quoteOf(h)}
            </blockquote>
            <HighlightInContext text={snapshot?.text} selectors={h.target.selector.selectors} />
            <p class="nm-highlight-meta">
              <span class="nm-color-label">{PALETTE_BY_ID[h.body.color]?.label ?? h.body.color}</span>
              {h.body.tags.length ? (
                <span class="nm-tags">
                  {' · '}
                  {h.body.tags.map((t) => (
                    <span key={t} class="nm-tag" dir="auto">
                      {t}
                    </span>
                  ))}
                </span>
              ) : null}
            </p>
            {h.body.note ? (
              <p class="nm-note" dir="auto">
                {h.body.note}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <SavedAnalysis articleKey={article.key} snapshot={snapshot} corrections={corrections} claims={claims} />
      <h3>{plural(claims.length, 'marked claim', 'marked claims')}</h3>
      {claims.length === 0 ? <p class="nm-empty">No claims marked.</p> : null}
      <ul>
        {claims.map((c) => (
          <li key={c.id} class={`nm-claim nm-status-${c.status}`} data-claim-id={c.id}>
            <p class="nm-claim-quote" dir="auto">
              “{c.quote}”
            </p>
            <p class="nm-claim-meta">
              <span dir="auto">{c.speaker || 'Unknown speaker'}</span> · <strong class="nm-claim-status">{CLAIM_STATUS_LABELS[c.status]}</strong>
            </p>
            {c.note ? (
              <p class="nm-note" dir="auto">
                {c.note}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
