import { matchPath } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { FIRST_PAGE_ROUTES } from './first-page';
import { prefetchFirstPage } from './prefetch';
import { FIRST_PAGES } from './router';

/**
 * For main.tsx, on a condition, group or thread page opened by address (loaded only there):
 * resolves when the page's code has loaded and its data is in the cache (or failed).
 */
export function firstPageReady(queryClient: QueryClient, pathname: string, search: string): Promise<unknown> {
  const kind = (Object.keys(FIRST_PAGES) as (keyof typeof FIRST_PAGES)[]).find((k) => matchPath(FIRST_PAGE_ROUTES[k], pathname));
  return Promise.all([kind && FIRST_PAGES[kind].preload(), prefetchFirstPage(queryClient, pathname, search)]);
}
