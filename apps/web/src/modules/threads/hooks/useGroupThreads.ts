import { keepPreviousData } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { THREAD_KINDS, THREAD_SORTS } from '@kindred/contracts';
import type { ThreadKind, ThreadSort } from '@kindred/contracts';
import { useGroupThreadsQuery, useInfiniteGroupThreadsQuery } from '../../../generated/graphql';
import type { GroupThreadsQuery } from '../../../generated/graphql';
import { nextPageParam, PAGE_SIZES } from '../../../app/page-sizes';

export interface ThreadFilters {
  sort: ThreadSort;
  kind: ThreadKind | null;
  tag: string | null;
}

/** Filters from the address (?sort=…&kind=…&tag=…), ignoring values we don't know. */
export function filtersFrom(params: URLSearchParams): ThreadFilters {
  const sort = params.get('sort');
  const kind = params.get('kind');
  const tag = params.get('tag');
  return {
    sort: (THREAD_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ThreadSort) : 'latest_activity',
    kind: (THREAD_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ThreadKind) : null,
    tag: tag && tag.length <= 40 ? tag : null,
  };
}

const groupThreadsVariables = (groupId: string, filters: ThreadFilters) => ({
  groupId,
  sort: filters.sort,
  first: PAGE_SIZES.threads,
  ...(filters.kind ? { kind: filters.kind } : {}),
  ...(filters.tag ? { tag: filters.tag } : {}),
});

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
