import { useMemo } from 'react';
import { useTagsQuery } from '../../../generated/graphql';

/** The tag list (it rarely changes) and a slug → label lookup that falls back to the slug. */
export function useTags() {
  const q = useTagsQuery(undefined, { staleTime: 30 * 60_000 });
  const tags = useMemo(() => q.data?.tags ?? [], [q.data]);
  const labels = useMemo(() => new Map(tags.map((t) => [t.slug, t.label])), [tags]);
  return { ...q, tags, labelFor: (slug: string) => labels.get(slug) ?? slug };
}
