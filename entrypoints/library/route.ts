/**
 * Which view the library shows, kept in the address's hash (#/search, #/article/<key>) so Back works
 * and a view can be bookmarked or reloaded.
 */
import { signal } from '@preact/signals';

export type Route =
  | { view: 'articles' }
  | { view: 'article'; key: string }
  | { view: 'search' }
  | { view: 'speakers' }
  | { view: 'variants' }
  | { view: 'trash' }
  | { view: 'settings' }
  | { view: 'collections' }
  | { view: 'collection'; id: string }
  | { view: 'tags' };

export function parseRoute(hash: string): Route {
  // Search keeps its words and filters after a '?' (search/filters.ts); the view is what comes before.
  const path = hash.replace(/^#\/?/, '').replace(/\?.*$/, '');
  if (path.startsWith('collection/')) {
    try {
      return { view: 'collection', id: decodeURIComponent(path.slice('collection/'.length)) };
    } catch {
      return { view: 'collections' };
    }
  }
  if (path.startsWith('article/')) {
    try {
      return { view: 'article', key: decodeURIComponent(path.slice('article/'.length)) };
    } catch {
      return { view: 'articles' };
    }
  }
  if (['search', 'trash', 'settings', 'collections', 'tags', 'speakers', 'variants'].includes(path)) {
    return { view: path as 'search' | 'trash' | 'settings' | 'collections' | 'tags' | 'speakers' | 'variants' };
  }
  return { view: 'articles' };
}

export function hrefOf(route: Route): string {
  if (route.view === 'collection') return `#/collection/${encodeURIComponent(route.id)}`;
  return route.view === 'article' ? `#/article/${encodeURIComponent(route.key)}` : `#/${route.view}`;
}

export const route = signal<Route>(parseRoute(location.hash));
addEventListener('hashchange', () => {
  route.value = parseRoute(location.hash);
});
