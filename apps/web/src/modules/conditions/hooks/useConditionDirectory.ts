import { keepPreviousData } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import { useConditionFamiliesQuery, useInfiniteConditionsQuery } from '../../../generated/graphql';
import type { ConditionSummaryFragment, ConditionsQuery } from '../../../generated/graphql';
import { nextPageParam, PAGE_SIZES } from '../../../app/page-sizes';

/** The catalogue, filtered by text and family, a page at a time ("Load more"). */
export function useConditionDirectory(filter: string, family: string) {
  const variables = {
    first: PAGE_SIZES.conditions,
    ...(filter ? { filter: filter.slice(0, LIMITS.searchFilterMax) } : {}),
    ...(family ? { family } : {}),
  };
  const query = useInfiniteConditionsQuery(variables, {
    initialPageParam: {},
    getNextPageParam: (last: ConditionsQuery) => nextPageParam(last.conditions),
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages ?? [];
  const conditions: ConditionSummaryFragment[] = pages.flatMap((p) => p.conditions.nodes);
  const totalCount = pages[0]?.conditions.totalCount ?? 0;
  return { ...query, conditions, totalCount };
}

export function useConditionFamilies() {
  return useConditionFamiliesQuery(undefined, { staleTime: 10 * 60_000 });
}
