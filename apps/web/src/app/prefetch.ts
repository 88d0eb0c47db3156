import { matchPath } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import {
  useConditionGroupsQuery,
  useConditionQuery,
  useGroupQuery,
  useInfiniteConditionGroupsQuery,
  useMeQuery,
} from '../generated/graphql';
import { meQueryKey, VIEWER_STALE_MS } from '../modules/auth/hooks/useViewer';
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
 * tag list, or the thread with its first replies; and on each, who is signed in. Failures are left to the pages' queries, which
 * ask again. Loaded in a chunk of its own (main.tsx), only on these pages.
 *
 * Resolves when the page's data is in (or failed; on a group page, the group: its threads follow):
 * main.tsx waits for that and the page's code, briefly, before the first render.
 */
export function prefetchFirstPage(queryClient: QueryClient, pathname: string, search: string): Promise<unknown> {
  const ignore = () => undefined;
  // Who is signed in: the frame and parts of every page (the group's membership panel) change with it.
  const viewer = queryClient.prefetchQuery({ queryKey: meQueryKey, queryFn: useMeQuery.fetcher(), staleTime: VIEWER_STALE_MS });
  const condition = matchPath(FIRST_PAGE_ROUTES.condition, pathname)?.params.slug;
  if (condition) {
    const variables = { conditionSlug: condition, first: PAGE_SIZES.conditionGroups };
    return Promise.all([
      viewer,
      queryClient.prefetchQuery({
        queryKey: useConditionQuery.getKey({ slug: condition }),
        queryFn: useConditionQuery.fetcher({ slug: condition }),
      }),
      queryClient.prefetchInfiniteQuery({
        queryKey: useInfiniteConditionGroupsQuery.getKey(variables),
        queryFn: ({ pageParam }) => useConditionGroupsQuery.fetcher({ ...variables, ...pageParam })(),
        initialPageParam: {} as { after?: string },
        getNextPageParam: (last: ConditionGroupsQuery) => nextPageParam(last.groups),
      }),
    ]).catch(ignore);
  }
  const group = matchPath(FIRST_PAGE_ROUTES.group, pathname)?.params.slug;
  if (group) {
    return Promise.all([
      viewer,
      queryClient
        .fetchQuery({ queryKey: useGroupQuery.getKey({ slug: group }), queryFn: useGroupQuery.fetcher({ slug: group }) })
        .then((data) => {
          // Not waited for: the group's heading and description are the page's first screen.
          if (!canReadThreads(data.group)) return;
          void prefetchTags(queryClient).catch(ignore);
          void prefetchGroupThreads(queryClient, data.group.id, filtersFrom(new URLSearchParams(search))).catch(ignore);
        }),
    ]).catch(ignore);
  }
  const thread = matchPath(FIRST_PAGE_ROUTES.thread, pathname)?.params.id;
  // The thread's tags are shown by label: with the list in, they do not change width after the first paint.
  if (thread) return Promise.all([viewer, prefetchThreadPage(queryClient, thread), prefetchTags(queryClient)]).catch(ignore);
  return viewer;
}
