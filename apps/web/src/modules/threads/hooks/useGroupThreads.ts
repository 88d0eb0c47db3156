import { keepPreviousData } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useGroupThreadsQuery, useInfiniteGroupThreadsQuery } from '../../../generated/graphql';
import type { GroupThreadsQuery } from '../../../generated/graphql';
import { nextPageParam } from '../../../app/page-sizes';
import { groupThreadsVariables } from './page-variables';
import type { ThreadFilters } from './page-variables';

export { filtersFrom, groupThreadsVariables } from './page-variables';
export type { ThreadFilters } from './page-variables';

/** Loads the first page of a group's threads ahead of its page (same key as useGroupThreads). */
export function prefetchGroupThreads(queryClient: QueryClient, groupId: string, filters: ThreadFilters): Promise<void> {
  const variables = groupThreadsVariables(groupId, filters);
  return queryClient.prefetchInfiniteQuery({
    queryKey: useInfiniteGroupThreadsQuery.getKey(variables),
    queryFn: ({ pageParam }) => useGroupThreadsQuery.fetcher({ ...variables, ...pageParam })(),
    initialPageParam: {} as { after?: string },
    getNextPageParam: (last: GroupThreadsQuery) => nextPageParam(last.threads),
  });
}

/** A group's threads, sorted and filtered, a page at a time. */
export function useGroupThreads(groupId: string, filters: ThreadFilters, enabled: boolean) {
  const query = useInfiniteGroupThreadsQuery(
    groupThreadsVariables(groupId, filters),
    {
      enabled,
      initialPageParam: {},
      getNextPageParam: (last: GroupThreadsQuery) => nextPageParam(last.threads),
      placeholderData: keepPreviousData,
    },
  );
  const pages = query.data?.pages ?? [];
  return {
    ...query,
    threads: pages.flatMap((p) => p.threads.nodes),
    totalCount: pages[0]?.threads.totalCount ?? 0,
  };
}
