/**
 * Everything the reader chose to keep: articles saved by a highlight, a reaction, a claim's status or
 * the Save button. Browsing alone is never here. One view per file; this shell only chooses among them.
 */
import { writeError } from '../../components/write-attempt';
import { ArticlesView } from './ArticlesView';
import { ArticleView } from './ArticleView';
import { SearchView } from './SearchView';
import { TrashView } from './TrashView';
import { SettingsView } from './SettingsView';
import { CollectionsView } from './CollectionsView';
import { CollectionView } from './CollectionView';
import { TagsView } from './TagsView';
import { SpeakersView } from './SpeakersView';
import { VariantsView } from './VariantsView';
import { hrefOf, route, type Route } from './route';
import { undoNotice } from './undo';

const TABS: { view: Exclude<Route['view'], 'article' | 'collection'>; label: string }[] = [
  { view: 'articles', label: 'Articles' },
  { view: 'search', label: 'Search' },
  { view: 'collections', label: 'Collections' },
  { view: 'tags', label: 'Tags' },
  { view: 'speakers', label: 'Speakers' },
  { view: 'variants', label: 'Variants' },
  { view: 'trash', label: 'Trash' },
  { view: 'settings', label: 'Backup & settings' },
];

export function Library() {
  const current = route.value;
  const tab = current.view === 'article' ? 'articles' : current.view === 'collection' ? 'collections' : current.view;
  const undo = undoNotice.value;
  return (
    <main>
      <h1>Newsmark library</h1>
      <nav class="nm-tabs" aria-label="Library">
        {TABS.map((t) => (
          <a key={t.view} href={hrefOf({ view: t.view } as Route)} aria-current={tab === t.view ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      {writeError.value ? (
        <p class="nm-error" role="alert">
          {writeError.value}
        </p>
      ) : null}
      {undo ? (
        <p class="nm-undo" role="status">
          {undo.message}{' '}
          <button
            type="button"
            onClick={() => {
              undoNotice.value = null;
              void undo.undo();
            }}
          >
            Undo
          </button>
        </p>
      ) : null}
      {current.view === 'articles' ? <ArticlesView /> : null}
      {current.view === 'article' ? <ArticleView articleKey={current.key} /> : null}
      {current.view === 'search' ? <SearchView /> : null}
      {current.view === 'speakers' ? <SpeakersView /> : null}
      {current.view === 'variants' ? <VariantsView /> : null}
      {current.view === 'trash' ? <TrashView /> : null}
      {current.view === 'settings' ? <SettingsView /> : null}
      {current.view === 'collections' ? <CollectionsView /> : null}
      {current.view === 'collection' ? <CollectionView id={current.id} /> : null}
      {current.view === 'tags' ? <TagsView /> : null}
    </main>
  );
}
