import { useCallback, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { useInfiniteThreadQuery, useThreadQuery } from '../../../generated/graphql';
import type { ReplyFieldsFragment, ThreadQuery } from '../../../generated/graphql';
import { nextPageParam } from '../../../app/page-sizes';
import { threadPageVariables } from './page-variables';

type Thread = ThreadQuery['thread'];
type ThreadFields = Omit<Thread, 'replies'>;
type Data = InfiniteData<ThreadQuery>;

export { threadPageVariables } from './page-variables';

/**
 * Loads the thread page's first page of replies before going there (after starting a thread),
 * so it opens with its heading in place and the page frame can move focus to it.
 */
export function prefetchThreadPage(queryClient: QueryClient, id: string): Promise<void> {
  const variables = threadPageVariables(id);
  return queryClient.prefetchInfiniteQuery({
    queryKey: useInfiniteThreadQuery.getKey(variables),
    queryFn: ({ pageParam }) => useThreadQuery.fetcher({ ...variables, ...pageParam })(),
    initialPageParam: {} as { after?: string },
    getNextPageParam: (last: ThreadQuery) => nextPageParam(last.thread.replies),
  });
}

/** Puts fresh thread fields (from a mutation) into the thread page's cached pages, if any. */
export function patchCachedThread(queryClient: QueryClient, id: string, fields: Partial<ThreadFields>): void {
  queryClient.setQueryData<Data>(useInfiniteThreadQuery.getKey(threadPageVariables(id)), (old) =>
    old ? { ...old, pages: old.pages.map((p) => ({ ...p, thread: { ...p.thread, ...fields } })) } : old,
  );
}

/**
 * Updates the thread page's cached pages in place after a mutation, instead of refetching:
 * refetching every page of a long thread would be slow, and a reply added early in the tree
 * shifts the page boundaries under the cursors already in hand.
 */
export function useThreadCache(id: string) {
  const queryClient = useQueryClient();
  const key = useMemo(() => useInfiniteThreadQuery.getKey(threadPageVariables(id)), [id]);

  const update = useCallback(
    (change: (thread: Thread, index: number, pages: ThreadQuery[]) => Thread) =>
      queryClient.setQueryData<Data>(key, (old) =>
        old
          ? { ...old, pages: old.pages.map((p, i, pages) => ({ ...p, thread: change(p.thread, i, pages) })) }
          : old,
      ),
    [queryClient, key],
  );

  return useMemo(
    () => ({
      patchThread: (fields: Partial<ThreadFields>) => update((t) => ({ ...t, ...fields })),
      patchReply: (replyId: string, fields: Partial<ReplyFieldsFragment>) =>
        update((t) =>
          t.replies.nodes.some((r) => r.id === replyId)
            ? {
                ...t,
                replies: {
                  ...t.replies,
                  nodes: t.replies.nodes.map((r) => (r.id === replyId ? { ...r, ...fields } : r)),
                },
              }
            : t,
        ),
      /** A new reply joins the last loaded page; the tree puts it under its parent. */
      addReply: (reply: ReplyFieldsFragment) =>
        update((t, i, pages) => ({
          ...t,
          // Replying follows the thread (the API records it with the reply).
          viewerFollows: true,
          replyCount: t.replyCount + 1,
          lastActivityAt: reply.createdAt,
          replies: {
            ...t.replies,
            totalCount: t.replies.totalCount + 1,
            nodes: i === pages.length - 1 ? [...t.replies.nodes, reply] : t.replies.nodes,
          },
        })),
    }),
    [update],
  );
}
