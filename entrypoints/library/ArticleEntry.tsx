/**
 * One article in a list of articles (the Articles list, a collection): its title opening it here, its
 * site, authors and dates, and its counts and reaction, the same wherever an article is listed. What the
 * list adds around it (a tick box before, its collections and actions after) is handed in.
 */
import type { ComponentChildren } from 'preact';
import { REACTION_LABELS, type ArticleSummary } from '../../model';
import { articleHeading, plural } from './format';
import { hrefOf } from './route';

export function ArticleEntry({ item, before, children }: { item: ArticleSummary; before?: ComponentChildren; children?: ComponentChildren }) {
  const heading = articleHeading(item);
  return (
    <li class="nm-article" data-article-key={item.key}>
      {before}
      <a class="nm-article-title" href={hrefOf({ view: 'article', key: item.key })} dir="auto">
        {heading.title}
      </a>
      <p class="nm-article-meta" dir="auto">
        {heading.meta}
      </p>
      <p class="nm-article-counts">
        {plural(item.highlightCount, 'highlight', 'highlights')} · {plural(item.claimCount, 'marked claim', 'marked claims')}
        {item.reaction ? ` · ${REACTION_LABELS[item.reaction]}` : ''}
      </p>
      {children}
    </li>
  );
}
