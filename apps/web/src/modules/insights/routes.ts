/**
 * Web routes for clinician insights. Like the thread routes, they belong with WEB_ROUTES in
 * libs/contracts (shared with the API and the tests); they live here until the contracts
 * library takes them.
 */
export const INSIGHTS_ROUTE = '/insights';

/** The dashboard's query string: `?condition=<slug>&from=YYYY-MM-DD&to=YYYY-MM-DD`. */
export const INSIGHTS_PARAMS = { condition: 'condition', from: 'from', to: 'to' } as const;

export const insightsPath = (params: { condition: string; from: string; to: string }): string =>
  `${INSIGHTS_ROUTE}?${new URLSearchParams({
    [INSIGHTS_PARAMS.condition]: params.condition,
    [INSIGHTS_PARAMS.from]: params.from,
    [INSIGHTS_PARAMS.to]: params.to,
  }).toString()}`;

/** Who may open the dashboard: clinicians (once verified) and admins. */
export const mayUseInsights = (viewer: { role: string } | null | undefined): boolean =>
  viewer?.role === 'clinician' || viewer?.role === 'admin';
