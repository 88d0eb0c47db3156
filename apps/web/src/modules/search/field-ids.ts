/** The ids of the two search fields, which the "/" shortcut focuses (see useSearchShortcut). */
export const SEARCH_FIELD_IDS = {
  /** The search page's own field. */
  page: 'search-query',
  /** The box in the site header (not shown on the search page). */
  header: 'site-search',
} as const;
