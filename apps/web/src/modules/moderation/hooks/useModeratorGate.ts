import { useModerationSummaryQuery } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';

/**
 * Whether the viewer moderates anything, from the same moderationSummary the header's badge
 * uses (so it is usually answered already): null means a member who moderates nothing.
 */
export function useModeratorGate(enabled: boolean) {
  const q = useModerationSummaryQuery(undefined, { enabled, staleTime: 60_000, retry: false });
  return {
    isPending: enabled && q.isPending,
    forbidden: (q.isError && isErrorCode(q.error, 'FORBIDDEN', 'UNAUTHENTICATED')) || (q.isSuccess && q.data.moderationSummary === null),
    error: q.isError && !isErrorCode(q.error, 'FORBIDDEN', 'UNAUTHENTICATED') ? q.error : null,
    summary: q.data?.moderationSummary ?? null,
    refetch: () => void q.refetch(),
  };
}
