/**
 * One box over everything kept (highlight text, notes, tags, claims, speakers, titles, sites), results as
 * the reader types, narrowed by tag, colour, speaker, claim status, site, date range, reaction and
 * collection (SearchFilterBar; the state lives in the address, search/search-state.ts). The index
 * (search/) follows the database through a live query, so a highlight made in a tab is found without a
 * reload. Highlights in the results can be ticked and tagged at once (BulkTagBar).
 */
import { useLiveQuery } from '../../components/live-query';
import { CLAIM_STATUS_LABELS, PALETTE_BY_ID, type HighlightColor } from '../../model';
import { listCollections } from '../../storage/queries';
import type { ExportLibrary } from '../../core/export';
import { swatchStyle } from '../../components/swatch';
import { db } from './db';
import { hrefOf } from './route';
import { ExportMenu } from './ExportMenu';
import { loadExportLibrary } from './library-data';
import type { SearchHit } from './search/search-index';
import { librarySearch, searchMirror } from './search/library-search';
import { filteredHits, hasAnyFilter, speakerFacets } from './search/filters';
import { searchState, setSearchState } from './search/search-state';
import { SearchFilterBar } from './SearchFilterBar';
import { BulkTagBar, SelectBox } from './BulkTagBar';
import { useSelection, type Selection } from './selection';

/** Results shown at once; the export takes them all. */
const SHOWN = 200;

export function SearchView() {
  const search = librarySearch();
  const state = searchState.value;
  const query = state.q;
  const selection = useSelection();
  // The page's copy of the library follows the database write by write and hands the index only what
  // changed (search/search-mirror.ts); on first use it reads the library once and the index is loaded
  // from the last visit or built in slices. Reading its revision re-renders the results on every change.
  const mirror = searchMirror();
  void mirror.revision.value;
  const data = mirror.loaded ? { docs: mirror.docs, articles: mirror.facts } : undefined;
  const collections = useLiveQuery(() => listCollections(db), []);
  // Read the signals so results recompute as the index fills and changes.
  void search.revision.value;
  const progress = search.state.value;
  const index = search.index;
  const ready = data !== undefined && index !== null && (progress.phase === 'ready' || index.indexed > 0);
  const hits = ready ? filteredHits(state, (q, f) => index.search(q, f), data.docs.values(), data.articles) : [];
  const facets = ready ? index.facets() : { tags: new Map<string, number>(), sites: new Map<string, number>() };
  const active = query.trim() !== '' || hasAnyFilter(state);
  const shown = hits.slice(0, SHOWN);
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">Search</h2>
      <form class="nm-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="nm-search-box">Search</label>
        <input
          id="nm-search-box"
          type="search"
          value={query}
          autoFocus
          placeholder="Words from highlights, notes, tags, claims, speakers, titles, sites"
          onInput={(e) => setSearchState({ ...state, q: e.currentTarget.value }, { replace: true })}
        />
        <SearchFilterBar
          state={state}
          options={{ ...facets, speakers: data ? speakerFacets(data.docs.values()) : new Map(), collections: collections.value.value ?? [] }}
        />
      </form>
      {progress.phase === 'reading' ? <p role="status">Reading your library…</p> : null}
      {progress.phase === 'indexing' && progress.from === 'built' ? (
        <p role="status" class="nm-index-progress">
          Indexing your library: {progress.done.toLocaleString()} of {progress.total.toLocaleString()} items
          {active ? '; results so far' : ''}…
        </p>
      ) : null}
      {ready && active ? (
        <>
          <p role="status" class="nm-count-line">
            {hits.length === 0 ? 'Nothing matches.' : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}`}
          </p>
          {hits.length ? (
            <ExportMenu name="search result" subject={query.trim() || 'search'} load={() => loadHits(hits)} />
          ) : null}
          <BulkTagBar selection={selection} visible={shown.filter((h) => h.doc.kind === 'highlight').map((h) => h.doc.id.slice(2))} />
          <SearchResults hits={shown} selection={selection} />
          {hits.length > SHOWN ? <p class="nm-empty">Showing the best {SHOWN}; add a word or a filter to narrow.</p> : null}
        </>
      ) : null}
    </section>
  );
}

function SearchResults({ hits, selection }: { hits: SearchHit[]; selection: Selection }) {
  // Grouped by article, in the order of each article's best match.
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.doc.articleKey);
    if (list) list.push(hit);
    else groups.set(hit.doc.articleKey, [hit]);
  }
  return (
    <ul class="nm-results">
      {[...groups].map(([key, group]) => (
        <li key={key} class="nm-result-article" data-article-key={key}>
          <a href={hrefOf({ view: 'article', key })} dir="auto" class="nm-article-title">
            {group[0].doc.title || key}
          </a>
          <span class="nm-site"> · {group[0].doc.site}</span>
          <ul>
            {group
              .filter((h) => h.doc.kind !== 'article')
              .map(({ doc }) => (
                <li
                  key={doc.id}
                  class={doc.kind === 'highlight' ? 'nm-result nm-highlight' : `nm-result nm-claim nm-status-${doc.status}`}
                  style={doc.color ? swatchStyle(doc.color as HighlightColor) : undefined}
                  data-result-id={doc.id}
                >
                  {doc.kind === 'highlight' ? <SelectBox id={doc.id.slice(2)} selection={selection} label={`Select highlight: ${doc.text.slice(0, 80)}`} /> : null}
                  <p class="nm-result-text" dir="auto">
                    {doc.kind === 'claim' ? `${doc.speaker || 'Unknown speaker'}: “${doc.text}”` : doc.text}
                  </p>
                  <p class="nm-article-meta">
                    {doc.kind === 'highlight'
                      ? [PALETTE_BY_ID[doc.color as HighlightColor]?.label, ...doc.tags].filter(Boolean).join(' · ')
                      : CLAIM_STATUS_LABELS[doc.status as keyof typeof CLAIM_STATUS_LABELS]}
                  </p>
                  {doc.note ? (
                    <p class="nm-note" dir="auto">
                      {doc.note}
                    </p>
                  ) : null}
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** The matched items as a library: an article matched by itself comes whole, otherwise only what matched. */
async function loadHits(hits: SearchHit[]): Promise<ExportLibrary> {
  const all = await loadExportLibrary();
  const whole = new Set(hits.filter((h) => h.doc.kind === 'article').map((h) => h.doc.articleKey));
  const ids = new Set(hits.map((h) => h.doc.id));
  const keys = new Set(hits.map((h) => h.doc.articleKey));
  return {
    collections: all.collections,
    articles: all.articles
      .filter((a) => keys.has(a.key))
      .map((a) =>
        whole.has(a.key)
          ? a
          : { ...a, highlights: a.highlights.filter((h) => ids.has(`h:${h.id}`)), claims: a.claims.filter((c) => ids.has(`c:${c.id}`)) },
      ),
  };
}
