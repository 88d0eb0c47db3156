import { keepPreviousData } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import { useInfiniteInterventionOptionsQuery } from '../../../generated/graphql';
import type { InterventionOptionsQuery } from '../../../generated/graphql';
import { nextPageParam, PAGE_SIZES } from '../../../app/page-sizes';

/**
 * The accepted interventions for the picker, filtered by text (names, other names and brand
 * names), for one condition or (`conditionSlug` null) the whole catalogue, a page at a time.
 */
export function useInterventionOptions(filter: string, conditionSlug: string | null) {
  const query = useInfiniteInterventionOptionsQuery(
    {
      first: PAGE_SIZES.interventionOptions,
      ...(conditionSlug ? { conditionSlug } : {}),
      ...(filter ? { filter: filter.slice(0, LIMITS.searchFilterMax) } : {}),
    },
    {
      initialPageParam: {},
      getNextPageParam: (last: InterventionOptionsQuery) => nextPageParam(last.interventions),
      placeholderData: keepPreviousData,
    },
  );
  const pages = query.data?.pages ?? [];
  return {
    ...query,
    options: pages.flatMap((p) => p.interventions.nodes),
    totalCount: pages[0]?.interventions.totalCount ?? 0,
  };
}
