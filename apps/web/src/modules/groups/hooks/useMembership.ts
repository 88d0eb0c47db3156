import { useQueryClient } from '@tanstack/react-query';
import { useGroupQuery, useJoinGroupMutation, useLeaveGroupMutation } from '../../../generated/graphql';
import type { GroupQuery, MembershipStatus } from '../../../generated/graphql';
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
    join: (onDone: (status: MembershipStatus) => void) =>
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
              viewerCanRead: m.status === 'active' || g.viewerCanRead,
              viewerCanPost: m.status === 'active' || g.viewerCanPost,
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
              // Until the group is read again (a site moderator keeps both).
              viewerCanPost: wasMember ? false : g.viewerCanPost,
              viewerCanRead: wasMember ? g.visibility === 'public' : g.viewerCanRead,
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
