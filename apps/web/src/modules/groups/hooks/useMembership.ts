import { useQueryClient } from '@tanstack/react-query';
import { useGroupQuery, useJoinGroupMutation, useLeaveGroupMutation } from '../../../generated/graphql';
import type { GroupQuery } from '../../../generated/graphql';
import { invalidateGroupData } from './invalidate';

type Group = GroupQuery['group'];

/** Join / request / leave / withdraw, updating the group page at once and then refetching. */
export function useMembership(group: Group) {
  const queryClient = useQueryClient();
  const key = useGroupQuery.getKey({ slug: group.slug });
  const join = useJoinGroupMutation();
  const leave = useLeaveGroupMutation();

  const patch = (update: (g: Group) => Group) =>
    queryClient.setQueryData<GroupQuery>(key, (old) => (old ? { group: update(old.group) } : old));

  return {
    join: (onDone: (status: 'active' | 'pending' | 'declined') => void) =>
      join.mutate(
        { groupId: group.id },
        {
          onSuccess: ({ joinGroup: m }) => {
            patch((g) => ({
              ...g,
              memberCount: m.group.memberCount,
              viewerMembership: {
                id: m.id,
                status: m.status,
                role: m.role,
                requestedAt: m.requestedAt,
                joinedAt: m.joinedAt,
              },
            }));
            onDone(m.status);
            void invalidateGroupData(queryClient);
          },
        },
      ),
    leave: (onDone: (wasMember: boolean) => void) => {
      const wasMember = group.viewerMembership?.status === 'active';
      leave.mutate(
        { groupId: group.id },
        {
          onSuccess: () => {
            patch((g) => ({
              ...g,
              memberCount: wasMember ? Math.max(0, g.memberCount - 1) : g.memberCount,
              viewerMembership: null,
              viewerCanModerate: wasMember ? false : g.viewerCanModerate,
            }));
            onDone(wasMember);
            void invalidateGroupData(queryClient);
          },
        },
      );
    },
    isPending: join.isPending || leave.isPending,
    error: join.error ?? leave.error,
    reset: () => {
      join.reset();
      leave.reset();
    },
  };
}
