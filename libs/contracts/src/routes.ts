/** HTTP paths the API serves, used by the API, the web client and the tests. */
export const API_PATHS = {
  graphql: '/graphql',
  health: '/health',
  healthLive: '/health/live',
  healthReady: '/health/ready',
  socket: '/socket.io',
} as const;

/** Cookie and header names shared by the API and the web client. */
export const SESSION_COOKIE = 'kindred_session';
export const CSRF_COOKIE = 'kindred_csrf';
/** Holds a sign-in that waits for its second step (a two-factor code), for a few minutes. */
export const TWO_FACTOR_COOKIE = 'kindred_2fa';
export const CSRF_HEADER = 'x-csrf-token';
export const REQUEST_ID_HEADER = 'x-request-id';

/** Web client routes. */
export const WEB_ROUTES = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  conditions: '/conditions',
  condition: (slug: string) => `/conditions/${encodeURIComponent(slug)}`,
  group: (slug: string) => `/groups/${encodeURIComponent(slug)}`,
  profile: '/me',
  /** Account security: the links in Kindred's emails lead here (`?token=`). */
  verifyEmail: '/verify-email',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  security: '/settings/security',
  /** Experiences of care. */
  careStories: '/care',
  careShare: '/care/share',
  careStory: (id: string) => `/care/stories/${encodeURIComponent(id)}`,
  careArea: (kind: string, area: string) => `/care/${encodeURIComponent(kind)}/${encodeURIComponent(area)}`,
  organisationConsole: '/organisation',
  adminOrganisations: '/admin/organisations',
} as const;

/**
 * Open data: the page (`page`, served by the web client) and its files (served by the API, never
 * by the web client's page fallback). Versioned files never change; `latest.*` follows the newest
 * release.
 */
export const OPEN_DATA_PATHS = {
  page: '/open-data',
  latestCsv: '/open-data/latest.csv',
  latestJson: '/open-data/latest.json',
  /** Every release, newest first, as JSON. */
  index: '/open-data/releases.json',
  releases: '/open-data/releases',
  release: (version: string, format: 'csv' | 'json') => `/open-data/releases/${encodeURIComponent(version)}.${format}`,
} as const;
