import { useMemo } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useTagsQuery } from '../../../generated/graphql';

const TAGS_STALE_MS = 30 * 60_000;

/** Loads the tag list ahead of a page that shows it. */
export function prefetchTags(queryClient: QueryClient): Promise<void> {
  return queryClient.prefetchQuery({ queryKey: useTagsQuery.getKey(), queryFn: useTagsQuery.fetcher(), staleTime: TAGS_STALE_MS });
}

/** The tag list (it rarely changes) and a slug → label lookup that falls back to the slug. */
export function useTags() {
  const q = useTagsQuery(undefined, { staleTime: TAGS_STALE_MS });
  const tags = useMemo(() => q.data?.tags ?? [], [q.data]);
  const labels = useMemo(() => new Map(tags.map((t) => [t.slug, t.label])), [tags]);
  return { ...q, tags, labelFor: (slug: string) => labels.get(slug) ?? slug };
}
