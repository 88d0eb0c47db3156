import { matchPath } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import {
  useConditionGroupsQuery,
  useConditionQuery,
  useGroupQuery,
  useInfiniteConditionGroupsQuery,
} from '../generated/graphql';
import type { ConditionGroupsQuery } from '../generated/graphql';
import { canReadThreads } from '../modules/threads/hooks/access';
import { filtersFrom, prefetchGroupThreads } from '../modules/threads/hooks/useGroupThreads';
import { prefetchTags } from '../modules/threads/hooks/useTags';
import { prefetchThreadPage } from '../modules/threads/hooks/useThreadCache';
import { FIRST_PAGE_ROUTES } from './first-page';
import { nextPageParam, PAGE_SIZES } from './page-sizes';

/**
 * The first page's data, asked for as the app starts (with the same keys and variables as the
 * pages' own queries), so it loads alongside the page's code instead of after it: the condition
 * with its groups, the group and then at once its threads (as filtered in the address) and the
 * tag list, or the thread with its first replies. Failures are left to the pages' queries, which
 * ask again. Loaded in a chunk of its own (App), only on these pages.
 */
export function prefetchFirstPage(queryClient: QueryClient, pathname: string, search: string): void {
  const ignore = () => undefined;
  const condition = matchPath(FIRST_PAGE_ROUTES.condition, pathname)?.params.slug;
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
  const group = matchPath(FIRST_PAGE_ROUTES.group, pathname)?.params.slug;
  if (group) {
    void queryClient
      .fetchQuery({ queryKey: useGroupQuery.getKey({ slug: group }), queryFn: useGroupQuery.fetcher({ slug: group }) })
      .then((data) => {
        if (!canReadThreads(data.group)) return;
        void prefetchGroupThreads(queryClient, data.group.id, filtersFrom(new URLSearchParams(search))).catch(ignore);
        void prefetchTags(queryClient).catch(ignore);
      })
      .catch(ignore);
    return;
  }
  const thread = matchPath(FIRST_PAGE_ROUTES.thread, pathname)?.params.id;
  if (thread) void prefetchThreadPage(queryClient, thread).catch(ignore);
}
