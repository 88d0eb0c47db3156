/**
 * The report routes' patterns, for the router, in a module of their own: the router is part of
 * every first page, and the path builders in routes.ts (used by pages) then are not.
 */
export const REPORT_ROUTE_PATTERNS = {
  whatWorks: '/conditions/:slug/what-works',
  newReport: '/conditions/:slug/report',
  report: '/reports/:id',
  editReport: '/reports/:id/edit',
} as const;
