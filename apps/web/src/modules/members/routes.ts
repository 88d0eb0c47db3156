/**
 * A member's public profile. Post bodies link mentions here (`<a href="/members/<handle>"
 * class="mention">`, made by the API), so the path must not change. It belongs with WEB_ROUTES
 * in libs/contracts; it lives here until the contracts library takes it.
 */
export const MEMBER_ROUTE_PATTERN = '/members/:handle';

export const memberPath = (handle: string): string => `/members/${encodeURIComponent(handle)}`;
