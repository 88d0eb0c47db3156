import { THREAD_KINDS, THREAD_SORTS } from '@kindred/contracts';
import type { ThreadKind, ThreadSort } from '@kindred/contracts';
import { PAGE_SIZES } from '../../../app/page-sizes';

/**
 * The variables of the thread and group pages' queries, in a module free of React and React
 * Query: the page's hooks, the prefetch and the script that asks for a first page's data before
 * the app has loaded (app/early-data.ts) build them the same way, so their answers are shared.
 */

/** The thread page's first page of replies. */
export const threadPageVariables = (id: string) => ({ id, first: PAGE_SIZES.replies });

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

/** The variables of a group's threads query (useGroupThreads, the prefetch and the early requests alike). */
export const groupThreadsVariables = (groupId: string, filters: ThreadFilters) => ({
  groupId,
  sort: filters.sort,
  first: PAGE_SIZES.threads,
  ...(filters.kind ? { kind: filters.kind } : {}),
  ...(filters.tag ? { tag: filters.tag } : {}),
});

