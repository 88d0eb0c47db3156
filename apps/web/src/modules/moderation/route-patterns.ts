/**
 * The moderation routes' patterns, for the router, in a module of their own: the router is part
 * of every first page, and the path builders in routes.ts (used by pages) then are not.
 */
export const MODERATION_ROUTE_PATTERNS = {
  queue: '/moderation',
  case: '/moderation/cases/:id',
  audit: '/moderation/audit',
  groupSafety: '/groups/:slug/moderation',
} as const;
