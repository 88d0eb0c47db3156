import { useModeratedGroupsQuery } from '../../../generated/graphql';

/** Groups A–Z that the viewer moderates (every group, for site moderators): the filters' options. */
export function useModeratedGroups() {
  const q = useModeratedGroupsQuery({ first: 100 }, { staleTime: 5 * 60_000 });
  const groups = (q.data?.groups.nodes ?? []).filter((g) => g.viewerCanModerate);
  return { groups, isPending: q.isPending, nameFor: (id: string) => groups.find((g) => g.id === id)?.name };
}
