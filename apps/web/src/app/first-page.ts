import { WEB_ROUTES } from '@kindred/contracts';
import { THREAD_ROUTE_PATTERNS } from '../modules/threads/route-patterns';

/**
 * The pages whose data the app asks for as it starts (prefetch.ts, first-page-ready.ts), alongside
 * the page's code instead of after it. The route-preload plugin in vite.config.ts preloads the
 * code of the same pages (and first-page-ready.ts's chunk) from the HTML.
 */
export const FIRST_PAGE_ROUTES = {
  condition: WEB_ROUTES.condition(':slug').replace('%3A', ':'),
  group: WEB_ROUTES.group(':slug').replace('%3A', ':'),
  thread: THREAD_ROUTE_PATTERNS.thread,
} as const;
