/**
 * Web routes for threads. They belong with WEB_ROUTES in libs/contracts (shared with the API
 * and the tests); they live here until the contracts library takes them.
 */
export const THREAD_ROUTES = {
  newThread: (groupSlug: string) => `/groups/${encodeURIComponent(groupSlug)}/new`,
  thread: (id: string) => `/threads/${encodeURIComponent(id)}`,
  editThread: (id: string) => `/threads/${encodeURIComponent(id)}/edit`,
  /** One branch of the replies on its own: the reply and everything under it. */
  branch: (id: string, replyId: string) =>
    `/threads/${encodeURIComponent(id)}?branch=${encodeURIComponent(replyId)}`,
} as const;

/** The `?branch=` parameter of the thread page. */
export const BRANCH_PARAM = 'branch';

export { THREAD_ROUTE_PATTERNS } from './route-patterns';
