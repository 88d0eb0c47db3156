import type { QueryClient } from '@tanstack/react-query';

/** Queries whose answers change with any moderation action, claim or report. */
const MODERATION_QUERIES = new Set(['ModerationQueue', 'ModerationSummary', 'AuditLog']);

/**
 * After an action or claim: the queue, the header badge and the audit log refresh; the case
 * itself (already updated from the answer) is only marked stale.
 */
export function invalidateModeration(queryClient: QueryClient, caseId?: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({
      predicate: (q) => MODERATION_QUERIES.has(String(q.queryKey[0]).replace(/\.infinite$/, '')),
    }),
    caseId
      ? queryClient.invalidateQueries({ queryKey: ['ModerationCase', { id: caseId }], refetchType: 'none' })
      : Promise.resolve(),
  ]).then(() => undefined);
}
