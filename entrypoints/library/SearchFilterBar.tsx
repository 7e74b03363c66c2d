/**
 * The search page's filters: tag, colour, speaker, claim status, site, date range (saved or published),
 * reaction, collection. Each change goes to the address (search/search-state.ts), so Back undoes it.
 */
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, PALETTE, REACTIONS, REACTION_LABELS, type CollectionSummary } from '../../model';
import type { SearchState } from './search/filters';
import { hasAnyFilter } from './search/filters';
import { setSearchState } from './search/search-state';

export interface FilterOptions {
  tags: Map<string, number>;
  sites: Map<string, number>;
  speakers: Map<string, number>;
  collections: readonly CollectionSummary[];
}

const byName = (a: [string, number], b: [string, number]) => a[0].localeCompare(b[0], undefined, { sensitivity: 'base' });
const counted = (m: Map<string, number>): [string, string][] => [...m].sort(byName).map(([v, n]) => [v, `${v} (${n})`]);

/** A chosen value the options no longer list (a tag renamed, a link from elsewhere) stays selectable, so the select shows the truth. */
function withCurrent(options: [string, string][], value: string | undefined): [string, string][] {
  return value && !options.some(([v]) => v === value) ? [[value, value], ...options] : options;
}

export function SearchFilterBar({ state, options }: { state: SearchState; options: FilterOptions }) {
  const set = (key: keyof SearchState) => (e: Event) => {
    const value = (e.currentTarget as HTMLSelectElement | HTMLInputElement).value;
    setSearchState({ ...state, [key]: value === '' ? undefined : value });
  };
  return (
    <div class="nm-filters">
      <Filter label="Tag" value={state.tag} onChange={set('tag')} options={withCurrent(counted(options.tags), state.tag)} />
      <Filter label="Colour" value={state.color} onChange={set('color')} options={PALETTE.map((p) => [p.id, p.label])} />
      <Filter label="Speaker" value={state.speaker} onChange={set('speaker')} options={withCurrent(counted(options.speakers), state.speaker)} />
      <Filter label="Claim status" value={state.status} onChange={set('status')} options={CLAIM_STATUSES.map((s) => [s, CLAIM_STATUS_LABELS[s]])} />
      <Filter label="Site" value={state.site} onChange={set('site')} options={withCurrent(counted(options.sites), state.site)} />
      <Filter label="Reaction" value={state.reaction} onChange={set('reaction')} options={REACTIONS.map((r) => [r, REACTION_LABELS[r]])} />
      <Filter
        label="Collection"
        value={state.collection}
        onChange={set('collection')}
        options={withCurrent(options.collections.map((c) => [c.id, `${c.name} (${c.articleCount})`]), state.collection)}
      />
      <span class="nm-filter nm-date-range" role="group" aria-label="Date range">
        <label for="nm-filter-date">Date</label>{' '}
        <select id="nm-filter-date" value={state.date ?? 'saved'} onChange={set('date')}>
          <option value="saved">Saved</option>
          <option value="published">Published</option>
        </select>{' '}
        <label for="nm-filter-from">From</label>{' '}
        <input id="nm-filter-from" type="date" value={state.from ?? ''} max={state.to} onChange={set('from')} />{' '}
        <label for="nm-filter-to">To</label>{' '}
        <input id="nm-filter-to" type="date" value={state.to ?? ''} min={state.from} onChange={set('to')} />
      </span>
      {hasAnyFilter(state) ? (
        <button type="button" onClick={() => setSearchState({ q: state.q })}>
          Clear filters
        </button>
      ) : null}
    </div>
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
