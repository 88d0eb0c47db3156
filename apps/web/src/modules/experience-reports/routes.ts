/**
 * Web routes for "what works" and experience reports. Like the thread routes, they belong with
 * WEB_ROUTES in libs/contracts (shared with the API and the tests); they live here until the
 * contracts library takes them.
 */
export const REPORT_ROUTES = {
  whatWorks: (conditionSlug: string) => `/conditions/${encodeURIComponent(conditionSlug)}/what-works`,
  /** One intervention's card on the what-works page. */
  whatWorksEntry: (conditionSlug: string, interventionSlug: string) =>
    `/conditions/${encodeURIComponent(conditionSlug)}/what-works#${whatWorksEntryId(interventionSlug)}`,
  /** The report form; `intervention` (a slug) is preselected, `thread` (an id) attached to. */
  newReport: (conditionSlug: string, options: { intervention?: string; thread?: string } = {}) => {
    const query = new URLSearchParams();
    if (options.intervention) query.set(INTERVENTION_PARAM, options.intervention);
    if (options.thread) query.set(THREAD_PARAM, options.thread);
    const search = query.toString();
    return `/conditions/${encodeURIComponent(conditionSlug)}/report${search ? `?${search}` : ''}`;
  },
  report: (id: string) => `/reports/${encodeURIComponent(id)}`,
  editReport: (id: string) => `/reports/${encodeURIComponent(id)}/edit`,
} as const;

/** `?intervention=<slug>` and `?thread=<id>` on the report form. */
export const INTERVENTION_PARAM = 'intervention';
export const THREAD_PARAM = 'thread';

/** The id of an intervention's card on the what-works page. */
export const whatWorksEntryId = (interventionSlug: string) => `what-works-${interventionSlug}`;

export { REPORT_ROUTE_PATTERNS } from './route-patterns';
