import { useRef } from 'react';
import type { ReactNode } from 'react';
import { LoadMore } from '../../../app/ui/LoadMore';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';

/** What the results need from an infinite query (useInfinite…Query). */
interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => unknown;
  fetchNextPage: () => unknown;
}

/**
 * The results of a paged moderator list (the queue, the audit log): a polite count for screen
 * readers, then loading, failed, empty or the list, and "Load more". `status` is the count to
 * announce once a page has loaded; while a new search loads (null), the last one stays.
 */
export function PagedResults({
  id,
  query,
  status,
  shown,
  total,
  noun,
  nounPlural,
  loadingLabel,
  errorTitle,
  empty,
  children,
}: {
  /** The results' id (filters point at it with aria-controls). */
  id: string;
  query: PagedQuery;
  status: string | null;
  /** How many items have loaded, and how many there are in all. */
  shown: number;
  total: number;
  noun: string;
  nounPlural?: string;
  loadingLabel: string;
  errorTitle: string;
  /** Said when there is nothing to show. */
  empty: ReactNode;
  /** The list. */
  children: ReactNode;
}) {
  const announcement = useRef('');
  if (status !== null) announcement.current = status;

  return (
    <>
      <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
        {announcement.current}
      </p>
      <div id={id} aria-busy={query.isFetching || undefined}>
        {query.isPending ? (
          <Loading label={loadingLabel} />
        ) : query.isError && shown === 0 ? (
          <ErrorPanel as="h3" title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />
        ) : shown === 0 ? (
          <EmptyState>{empty}</EmptyState>
        ) : (
          children
        )}
        <LoadMore
          shown={shown}
          total={total}
          noun={noun}
          nounPlural={nounPlural}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </div>
    </>
  );
}
