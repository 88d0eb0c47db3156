/**
 * The thread routes' patterns, for the router, in a module of their own: the router is part of
 * every first page, and the path builders in routes.ts (used by pages) then are not.
 */
export const THREAD_ROUTE_PATTERNS = {
  newThread: '/groups/:slug/new',
  thread: '/threads/:id',
  editThread: '/threads/:id/edit',
} as const;
