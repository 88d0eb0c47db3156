/**
 * The notifications page's route. It belongs with WEB_ROUTES in libs/contracts (shared with the
 * API, whose notifications link into the web client, and the tests); it lives here until the
 * contracts library takes it. The settings page is in modules/account/routes.ts.
 */
export const NOTIFICATIONS_ROUTE = '/notifications';
