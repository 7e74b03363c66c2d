/**
 * The search page's state as a signal that follows the address (search/filters.ts): Back and Forward
 * change it, reload reads it. A filter change adds a history entry; typing in the box replaces the
 * current one, so Back does not step through every letter.
 */
import { signal } from '@preact/signals';
import { parseSearchState, searchHref, type SearchState } from './filters';

export const searchState = signal<SearchState>(parseSearchState(location.hash));

addEventListener('hashchange', () => {
  if (/^#\/?search(\?|$)/.test(location.hash)) searchState.value = parseSearchState(location.hash);
});

export function setSearchState(next: SearchState, options: { replace?: boolean } = {}): void {
  const href = searchHref(next);
  searchState.value = next;
  if (location.hash === href) return;
  if (options.replace) history.replaceState(history.state, '', href);
  else location.hash = href;
}
