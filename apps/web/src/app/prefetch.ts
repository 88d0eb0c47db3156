import { matchPath } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import {
  useConditionGroupsQuery,
  useConditionQuery,
  useGroupQuery,
  useInfiniteConditionGroupsQuery,
} from '../generated/graphql';
import type { ConditionGroupsQuery } from '../generated/graphql';
import { prefetchThreadPage } from '../modules/threads/hooks/useThreadCache';
import { THREAD_ROUTE_PATTERNS } from '../modules/threads/routes';
import { nextPageParam, PAGE_SIZES } from './page-sizes';

const CONDITION = WEB_ROUTES.condition(':slug').replace('%3A', ':');
const GROUP = WEB_ROUTES.group(':slug').replace('%3A', ':');

/**
 * The first page's data, asked for as the app starts (with the same keys and variables as the
 * pages' own queries), so it loads alongside the page's code instead of after it: the condition
 * with its groups, the group, or the thread with its first replies. Failures are left to the
 * pages' queries, which ask again.
 */
export function prefetchFirstPage(queryClient: QueryClient, pathname: string): void {
  const ignore = () => undefined;
  const condition = matchPath(CONDITION, pathname)?.params.slug;
  if (condition) {
    void queryClient
      .prefetchQuery({ queryKey: useConditionQuery.getKey({ slug: condition }), queryFn: useConditionQuery.fetcher({ slug: condition }) })
      .catch(ignore);
    const variables = { conditionSlug: condition, first: PAGE_SIZES.conditionGroups };
    void queryClient
      .prefetchInfiniteQuery({
        queryKey: useInfiniteConditionGroupsQuery.getKey(variables),
        queryFn: ({ pageParam }) => useConditionGroupsQuery.fetcher({ ...variables, ...pageParam })(),
        initialPageParam: {} as { after?: string },
        getNextPageParam: (last: ConditionGroupsQuery) => nextPageParam(last.groups),
      })
      .catch(ignore);
    return;
  }
  const group = matchPath(GROUP, pathname)?.params.slug;
  if (group) {
    void queryClient.prefetchQuery({ queryKey: useGroupQuery.getKey({ slug: group }), queryFn: useGroupQuery.fetcher({ slug: group }) }).catch(ignore);
    return;
  }
  const thread = matchPath(THREAD_ROUTE_PATTERNS.thread, pathname)?.params.id;
  if (thread) void prefetchThreadPage(queryClient, thread).catch(ignore);
}
