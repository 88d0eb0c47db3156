import type { QueryClient } from '@tanstack/react-query';

/** Queries whose answers change when someone joins, leaves or is approved. */
const GROUP_QUERIES = new Set(['Group', 'GroupMembers', 'GroupJoinRequests', 'ConditionGroups', 'MyGroups']);

export function invalidateGroupData(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => GROUP_QUERIES.has(String(q.queryKey[0]).replace(/\.infinite$/, '')),
  });
}
