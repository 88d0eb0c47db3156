import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useGuideQuery } from '../../../generated/graphql';
import type { GuideFieldsFragment, GuideQuery } from '../../../generated/graphql';

const GUIDE_QUERIES = new Set(['Guide', 'GuideHeadings']);

/**
 * After an edit: the guide the mutation answered with goes straight into the page's cache, then
 * the guide queries for that condition are fetched again (for the new version in the history).
 */
export function useGuideCache(conditionSlug: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (guide: GuideFieldsFragment | null) => {
      if (guide) {
        queryClient.setQueryData<GuideQuery>(useGuideQuery.getKey({ conditionSlug }), (old) =>
          old ? { guide: { ...old.guide, ...guide } } : old,
        );
      }
      void queryClient.invalidateQueries({
        predicate: (q) =>
          GUIDE_QUERIES.has(String(q.queryKey[0])) &&
          (q.queryKey[1] as { conditionSlug?: string } | undefined)?.conditionSlug === conditionSlug,
      });
    },
    [queryClient, conditionSlug],
  );
}
