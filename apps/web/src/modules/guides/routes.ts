/**
 * Web routes for curated guides. Like the thread and report routes, they belong with WEB_ROUTES
 * in libs/contracts (shared with the API and the tests); they live here until the contracts
 * library takes them.
 */
export const GUIDE_ROUTES = {
  guide: (conditionSlug: string) => `/conditions/${encodeURIComponent(conditionSlug)}/guide`,
} as const;

/** Route pattern for the router. */
export const GUIDE_ROUTE_PATTERN = '/conditions/:slug/guide';

/** The id of an entry's card on the guide page. */
export const guideEntryId = (entryId: string) => `guide-entry-${entryId}`;

/** The guide page's "Curated advice" heading (focus goes there when an entry is removed). */
export const GUIDE_ADVICE_TITLE_ID = 'guide-advice-title';
