/**
 * One box over everything kept (highlight text, notes, tags, claims, speakers, titles, sites), results as
 * the reader types, narrowed by tag, colour, site, reaction and claim status. The index (search/) follows
 * the database through a live query, so a highlight made in a tab is found without a reload.
 */
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../components/live-query';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, PALETTE, PALETTE_BY_ID, REACTIONS, REACTION_LABELS, type HighlightColor } from '../../model';
import { readLibrary } from '../../storage/queries';
import type { ExportLibrary } from '../../core/export';
import { swatchStyle } from '../../components/swatch';
import { db } from './db';
import { hrefOf } from './route';
import { ExportMenu } from './ExportMenu';
import { loadExportLibrary } from './library-data';
import { hasFilters, type SearchFilters, type SearchHit } from './search/search-index';
import { searchDocs } from './search/search-docs';
import { librarySearch } from './search/library-search';

/** Results shown at once; the export takes them all. */
const SHOWN = 200;

export function SearchView() {
  const search = librarySearch();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  // The live query re-runs on every write and hands the library to the index, which re-indexes only
  // what changed (and, on the first run, loads the index kept from the last visit or builds it in slices).
  useLiveQuery(async () => {
    search.update(searchDocs(await readLibrary(db)));
    return true;
  }, [search]);
  // Read the signals so results recompute as the index fills and changes.
  void search.revision.value;
  const state = search.state.value;
  const index = search.index;
  const ready = index !== null && (state.phase === 'ready' || index.indexed > 0);
  const hits = ready ? index.search(query, filters) : [];
  const facets = ready ? index.facets() : { tags: new Map<string, number>(), sites: new Map<string, number>() };
  const set = (key: keyof SearchFilters) => (e: Event) => {
    const value = (e.currentTarget as HTMLSelectElement).value;
    setFilters({ ...filters, [key]: value === '' ? undefined : value });
  };
  const active = query.trim() !== '' || hasFilters(filters);
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
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <div class="nm-filters">
          <Filter label="Tag" value={filters.tag} onChange={set('tag')} options={[...facets.tags].sort().map(([t, n]) => [t, `${t} (${n})`])} />
          <Filter label="Colour" value={filters.color} onChange={set('color')} options={PALETTE.map((p) => [p.id, p.label])} />
          <Filter label="Site" value={filters.site} onChange={set('site')} options={[...facets.sites].sort().map(([s, n]) => [s, `${s} (${n})`])} />
          <Filter label="Reaction" value={filters.reaction} onChange={set('reaction')} options={REACTIONS.map((r) => [r, REACTION_LABELS[r]])} />
          <Filter label="Claim status" value={filters.status} onChange={set('status')} options={CLAIM_STATUSES.map((s) => [s, CLAIM_STATUS_LABELS[s]])} />
        </div>
      </form>
      {state.phase === 'reading' ? <p role="status">Reading your library…</p> : null}
      {state.phase === 'indexing' && state.from === 'built' ? (
        <p role="status" class="nm-index-progress">
          Indexing your library: {state.done.toLocaleString()} of {state.total.toLocaleString()} items
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
          <SearchResults hits={hits.slice(0, SHOWN)} />
          {hits.length > SHOWN ? <p class="nm-empty">Showing the best {SHOWN}; add a word or a filter to narrow.</p> : null}
        </>
      ) : null}
    </section>
  );
}

function Filter(props: { label: string; value: string | undefined; onChange: (e: Event) => void; options: [string, string][] }) {
  const id = `nm-filter-${props.label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <span class="nm-filter">
      <label for={id}>{props.label}</label>{' '}
      <select id={id} value={props.value ?? ''} onChange={props.onChange}>
        <option value="">Any</option>
        {props.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </span>
  );
}

function SearchResults({ hits }: { hits: SearchHit[] }) {
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
