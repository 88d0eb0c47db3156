/**
 * Web routes for moderation. Like the thread routes, they belong with WEB_ROUTES in
 * libs/contracts; they live here until the contracts library takes them.
 */
export const MODERATION_ROUTES = {
  queue: '/moderation',
  case: (id: string) => `/moderation/cases/${encodeURIComponent(id)}`,
  audit: '/moderation/audit',
  groupSafety: (slug: string) => `/groups/${encodeURIComponent(slug)}/moderation`,
} as const;

export { MODERATION_ROUTE_PATTERNS } from './route-patterns';

/** Site moderators and admins moderate everywhere; group moderators only their groups. */
export const isSiteModerator = (viewer: { role: string } | null | undefined): boolean =>
  viewer?.role === 'moderator' || viewer?.role === 'admin';
