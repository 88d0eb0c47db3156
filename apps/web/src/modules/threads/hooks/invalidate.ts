import type { QueryClient } from '@tanstack/react-query';

/** Queries whose answers change when a thread is started, edited, deleted or answered. */
const LIST_QUERIES = new Set(['GroupThreads']);

export function invalidateThreadLists(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => LIST_QUERIES.has(String(q.queryKey[0]).replace(/\.infinite$/, '')),
  });
}

/** The thread page (every page of replies) and the thread on its own. */
export function invalidateThread(queryClient: QueryClient, id: string): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => {
      const name = String(q.queryKey[0]).replace(/\.infinite$/, '');
      const vars = q.queryKey[1] as { id?: string } | undefined;
      return (name === 'Thread' || name === 'ThreadDetails' || name === 'ThreadRevisions') && vars?.id === id;
    },
  });
}
