/**
 * Web routes for administrators. Like the thread routes, they belong with WEB_ROUTES in
 * libs/contracts; they live here until the contracts library takes them.
 */
export const ADMIN_ROUTES = {
  clinicians: '/admin/clinicians',
} as const;
