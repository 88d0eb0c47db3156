import { WEB_ROUTES } from '@kindred/contracts';

/**
 * The member's account pages. They belong with WEB_ROUTES in libs/contracts (shared with the
 * API and the tests); they live here until the contracts library takes them.
 */
export const SETTINGS_ROUTES = {
  security: WEB_ROUTES.security,
  notifications: '/settings/notifications',
  sessions: '/settings/sessions',
  data: '/settings/data',
  deleteAccount: '/settings/delete-account',
} as const;

/** Where a member lands once their account is deleted (signed out by then). */
export const GOODBYE_ROUTE = '/goodbye';

/** The settings pages in the order the settings menu lists them. */
export const SETTINGS_PAGES: readonly { to: string; label: string }[] = [
  { to: SETTINGS_ROUTES.security, label: 'Sign-in and security' },
  { to: SETTINGS_ROUTES.notifications, label: 'Notification settings' },
  { to: SETTINGS_ROUTES.sessions, label: 'Where you are signed in' },
  { to: SETTINGS_ROUTES.data, label: 'Download your data' },
  { to: SETTINGS_ROUTES.deleteAccount, label: 'Delete your account' },
];
