import { useEffect } from 'react';
import { useInfiniteInsightConditionOptionsQuery } from '../../../generated/graphql';
import type { InsightConditionOptionsQuery } from '../../../generated/graphql';
import { nextPageParam } from '../../../app/page-sizes';

/** conditions { nodes { id slug name family } }: about 6 per item, so 100 a page is cheap. */
const PAGE = 100;

export type InsightConditionOption = InsightConditionOptionsQuery['conditions']['nodes'][number];

/** Every condition in the catalogue (for the picker), fetching further pages until done. */
export function useInsightConditions() {
  const q = useInfiniteInsightConditionOptionsQuery(
    { first: PAGE },
    {
      initialPageParam: {},
      getNextPageParam: (last: InsightConditionOptionsQuery) => nextPageParam(last.conditions),
      staleTime: 10 * 60_000,
    },
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = q;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const conditions = (q.data?.pages ?? []).flatMap((p) => p.conditions.nodes);
  return { conditions, isPending: q.isPending || hasNextPage, error: q.error, refetch: q.refetch };
}
