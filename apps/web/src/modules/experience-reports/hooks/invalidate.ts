import type { QueryClient } from '@tanstack/react-query';

/** Queries whose answers change when a report is filed or updated. */
const REPORT_QUERIES = new Set([
  'WhatWorks',
  'MyExperienceReports',
  'ThreadExperienceReports',
  'ExperienceReport',
  'ExperienceReportRevisions',
]);

export function invalidateReports(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => REPORT_QUERIES.has(String(q.queryKey[0]).replace(/\.infinite$/, '')),
  });
}
