import { useSyncExternalStore } from 'react';

/**
 * A small hash router: the dashboard's address is after `#` (`#/c/gloucestershire/evidence?tag=equality`),
 * so the server only ever serves `index.html` at `/` and a bookmark or refresh lands on the same page.
 */

/** Where the dashboard is. */
export interface Route {
  /** The path after `#`, without the query: `/c/gloucestershire/evidence`. */
  readonly path: string;
  /** The path's segments, decoded: `['c', 'gloucestershire', 'evidence']`. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

/** Parses a hash (`#/c/x/evidence?tag=y`) into a route. */
export function parseRoute(hash: string): Route {
  const withoutMark = hash.startsWith('#') ? hash.slice(1) : hash;
  const [rawPath = '', rawQuery = ''] = withoutMark.split('?', 2);
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  return { path, segments, query: new URLSearchParams(rawQuery) };
}

/**
 * The `href` of a dashboard address: segments are encoded, the query is left out when empty.
 *
 * @example hrefTo(['c', 'gloucestershire', 'evidence'], { tag: 'equality' }) // '#/c/gloucestershire/evidence?tag=equality'
 */
export function hrefTo(segments: readonly string[], query: Readonly<Record<string, string | undefined>> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(name, value);
  const queryText = search.toString();
  return `#/${segments.map(encodeURIComponent).join('/')}${queryText === '' ? '' : `?${queryText}`}`;
}

let navigatedInApp = false;

/** Goes to a dashboard address (an `href` from {@link hrefTo}). */
export function navigate(href: string, options: { readonly replace?: boolean } = {}): void {
  navigatedInApp = true;
  if (options.replace === true) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href.startsWith('#') ? href.slice(1) : href;
  }
}

/**
 * Whether the page was reached by moving within the dashboard (a link or a button) rather than
 * by loading it: headings take focus only then, so a screen reader hears the new page.
 */
export function arrivedByNavigation(): boolean {
  return navigatedInApp;
}

function subscribe(onChange: () => void): () => void {
  const listener = (): void => {
    navigatedInApp = true;
    onChange();
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** The current route; the component re-renders when it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseRoute(hash);
}
