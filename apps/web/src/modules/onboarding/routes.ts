/** The first steps after sign-up, each skippable: conditions, suggested groups, say hello. */
export const ONBOARDING_ROUTES = {
  conditions: '/welcome',
  groups: '/welcome/groups',
  introduce: '/welcome/introduce',
} as const;
