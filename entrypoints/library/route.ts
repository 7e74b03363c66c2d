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
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path.startsWith('article/')) {
    try {
      return { view: 'article', key: decodeURIComponent(path.slice('article/'.length)) };
    } catch {
      return { view: 'articles' };
    }
  }
  if (path === 'search' || path === 'trash' || path === 'settings' || path === 'speakers' || path === 'variants') return { view: path };
  return { view: 'articles' };
}

export function hrefOf(route: Route): string {
  return route.view === 'article' ? `#/article/${encodeURIComponent(route.key)}` : `#/${route.view}`;
}

export const route = signal<Route>(parseRoute(location.hash));
addEventListener('hashchange', () => {
  route.value = parseRoute(location.hash);
});
