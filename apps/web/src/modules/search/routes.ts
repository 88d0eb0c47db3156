/**
 * The search page's route. It belongs with WEB_ROUTES in libs/contracts (shared with the API,
 * whose search hits link into the web client, and the tests); it lives here until the
 * contracts library takes it.
 */
export const SEARCH_ROUTE = '/search';

/** "/search?q=inhaler". */
export const searchPath = (query: string): string => {
  const q = query.trim();
  return q ? `${SEARCH_ROUTE}?q=${encodeURIComponent(q)}` : SEARCH_ROUTE;
};
