/**
 * The longest search query (LIMITS.searchQueryMax), in a module of its own: the site header's
 * search box, on every page, needs only this one, so the web client's first page does not
 * carry the whole LIMITS list.
 */
export const SEARCH_QUERY_MAX = 200;
